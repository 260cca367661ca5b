"""Turns the benchmark's raw results (target/bench: *.txt, scenarios.list, startup-*.ms, rss.csv) into
report.json and report.md, with every target met or not. A scenario added to run.sh appears in the tables
by itself; a target for it is one more target(...) line below."""
import json
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1])
listings, small, jvm, jvm_options = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
baseline_options, connections = sys.argv[6], int(sys.argv[7])


def result(name):
    path = out / f"{name}.txt"
    match = re.search(r"BENCH_RESULT (\{.*\})", path.read_text()) if path.exists() else None
    if not match:
        return None
    r = json.loads(match.group(1))
    written = out / f"{name}.written"
    if written.exists() and r["requests"]:
        r["written_kb_per_request"] = round(int(written.read_text()) / 1024 / r["requests"], 1)
    return r


def number(name, cast=float):
    path = out / name
    return cast(path.read_text().strip()) if path.exists() else None


def pct(x):
    return None if x is None else round(100 * x, 1)


order = (out / "scenarios.list").read_text().split()
scenarios = {n: result(n) for n in order if result(n)}
main = {n: r for n, r in scenarios.items() if not n.startswith(("search-warm-up", "small-", "baseline-"))}
health = main["health"]["throughput"]

# Memory over time: every second, per phase (training, production, production-small, baseline).
samples = []
if (out / "rss.csv").exists():
    for line in (out / "rss.csv").read_text().split():
        ms, phase, kb = line.split(",")
        samples.append({"second": round(int(ms) / 1000), "phase": phase, "rss_mb": round(int(kb) / 1024)})
phases = {}
for s in samples:
    p = phases.setdefault(s["phase"], {"samples": 0, "first_mb": s["rss_mb"], "max_mb": 0})
    p["samples"] += 1
    p["max_mb"] = max(p["max_mb"], s["rss_mb"])
    p["last_mb"] = s["rss_mb"]
production_rss = max((p["max_mb"] for name, p in phases.items() if name.startswith("production")), default=None)

# Warm-up curve: responses of search in each second right after the cold start.
curve = []
warm_up_file = out / "search-warm-up.txt"
if warm_up_file.exists():
    match = re.search(r"BENCH_CURVE (\[.*\])", warm_up_file.read_text())
    curve = json.loads(match.group(1)) if match else []
whole = curve[:-1]  # the last second is cut short by the end of the run
first_10_rate = sum(whole[:10]) / 10 if len(whole) >= 10 else None
end_of_warm_up_rate = sum(whole[-15:]) / 15 if len(whole) >= 25 else None
# Steady: the same search once the index is built and the service has been under load since (scenario
# search-steady); the end of the warm-up curve only where that scenario did not run.
steady_rate = main["search-steady"]["throughput"] if "search-steady" in main else end_of_warm_up_rate

targets = []


def target(label, measured, limit, unit, ok):
    targets.append({"target": label, "measured": measured, "limit": limit, "unit": unit,
                    "met": None if measured is None else bool(ok)})


def share(name):
    r = main.get(name)
    return None if not r else r["throughput"] / health


f, t, c = main.get("filtered-search"), main.get("free-text-search"), main.get("create-publish")
target("filtered search throughput vs /health", pct(share("filtered-search")), 25, "%", (share("filtered-search") or 0) >= 0.25)
target("filtered search p99", f and f["p99_ms"], 50, "ms", f and f["p99_ms"] <= 50)
target("free-text search throughput vs /health", pct(share("free-text-search")), 10, "%", (share("free-text-search") or 0) >= 0.10)
target("free-text search p99", t and t["p99_ms"], 150, "ms", t and t["p99_ms"] <= 150)
w2, fc = main.get("two-word-text-search"), main.get("facets")
target("two-word text search (index, relevance) throughput vs /health", pct(share("two-word-text-search")), 10, "%",
       (share("two-word-text-search") or 0) >= 0.10)
target("two-word text search p99", w2 and w2["p99_ms"], 150, "ms", w2 and w2["p99_ms"] <= 150)
target("search with counts per filter value throughput vs /health", pct(share("facets")), 10, "%",
       (share("facets") or 0) >= 0.10)
target("search with counts per filter value p99", fc and fc["p99_ms"], 150, "ms", fc and fc["p99_ms"] <= 150)
target("get by id throughput vs /health", pct(share("get-by-id")), 40, "%", (share("get-by-id") or 0) >= 0.40)
target(f"create + publish p99 at {connections} connections", c and c["p99_ms"], 50, "ms", c and c["p99_ms"] <= 50)
startup = number("startup-migrated.ms", int)
target("cold start: process start to first 200 (migrated database, image settings)", startup, 2000, "ms",
       startup is not None and startup <= 2000)
target("RSS through the benchmark (image settings, highest sample)", production_rss, 400, "MB",
       production_rss is not None and production_rss <= 400)
warm_share = first_10_rate / steady_rate if first_10_rate and steady_rate else None
target("search in the first 10 s of load vs steady", pct(warm_share), 80, "%", warm_share is not None and warm_share >= 0.8)

versus_baseline = {}
for name, r in main.items():
    before = scenarios.get("baseline-" + name)
    if before and name != "health":
        versus_baseline[name] = pct(r["throughput"] / before["throughput"])
worst = min(versus_baseline.items(), key=lambda kv: kv[1]) if versus_baseline else None
target("throughput vs the settings before (worst scenario" + (f": {worst[0]})" if worst else ")"),
       worst and worst[1], 90, "%", worst is not None and worst[1] >= 90)

growth = {}
for name in ["filtered-search", "free-text-search"]:
    big, little = main.get(name), scenarios.get("small-" + name)
    if big and little and scenarios.get("small-health"):
        growth[name] = {f"p50_ms_at_{small}": little["p50_ms"], f"p50_ms_at_{listings}": big["p50_ms"],
                        f"throughput_share_at_{small}": pct(little["throughput"] / scenarios["small-health"]["throughput"]),
                        f"throughput_share_at_{listings}": pct(big["throughput"] / health)}

limits = {
    f"create + publish p99 at {connections} connections":
        "every commit on the embedded H2 is written to the file before 2xx (SET WRITE_DELAY 0, so that kill -9 "
        "loses no acknowledged write, CrashRecoveryIT); MVStore writes each commit as a new chunk holding every "
        "page it touched, copied whole (the listing row, its indexes, the municipality/code rows and their "
        "indexes, audit and change rows): see 'kB written per request'. Commits are serialised, so 16 writers "
        "queue behind that write. SQL Server appends only the changed rows to its log (a few kB per commit).",
    "cold start: process start to first 200 (migrated database, image settings)":
        "wall time follows the CPU the start gets: see the CPU time of the starts (a busy or small machine "
        "stretches it).",
    "RSS through the benchmark (image settings, highest sample)":
        "heap (-Xmx) + the mapped ahead-of-time cache (file-backed, counted in VmRSS) + code cache, "
        "metaspace, thread stacks and malloc arenas; see the memory table for where it peaks.",
}
unmet = [t_ for t_ in targets if t_["met"] is False]
report = {"jvm": jvm, "jvm_options": jvm_options, "baseline_jvm_options": baseline_options, "listings": listings,
          "connections": connections,
          "seed_seconds": {str(listings): number(f"seed-{listings}.seconds"), str(small): number(f"seed-{small}.seconds")},
          "startup_ms": {p.name[len("startup-"):-3]: int(p.read_text()) for p in sorted(out.glob("startup-*.ms"))
                         if not p.name.startswith("startup-cpu-")},
          "startup_cpu_ms": {p.name[len("startup-cpu-"):-3]: int(p.read_text()) for p in sorted(out.glob("startup-cpu-*.ms"))},
          "search_index_build_ms": {p.name[len("index-build-"):-3]: int(p.read_text()) for p in sorted(out.glob("index-build-*.ms"))},
          "search_index_ready_after_start_ms": {p.name[len("index-ready-"):-3]: int(p.read_text())
                                                for p in sorted(out.glob("index-ready-*.ms"))},
          "scenarios": scenarios, "warmup": {"responses_per_second": curve, "first_10s_throughput": first_10_rate,
                                             "end_of_warm_up_throughput": end_of_warm_up_rate,
                                             "steady_throughput": steady_rate},
          "throughput_vs_baseline_pct": versus_baseline,
          "rss": {"phases": phases, "samples": samples}, "targets": targets, "growth": growth,
          "limits": {t_["target"]: limits.get(t_["target"], "") for t_ in unmet}}
(out / "report.json").write_text(json.dumps(report, indent=2))

lines = ["# Tarjotin benchmark", "", f"{listings:,} listings in embedded H2, {jvm}, `{jvm_options}`, wrk with "
         f"{connections} connections on the same machine. Seeding took {report['seed_seconds'][str(listings)]} s.", "",
         "| scenario | req/s | % of /health | p50 ms | p95 ms | p99 ms | errors | % of the settings before | kB written per request |",
         "|---|---|---|---|---|---|---|---|---|"]
for name, r in main.items():
    lines.append(f"| {name} | {r['throughput']:.0f} | {pct(r['throughput'] / health)} | {r['p50_ms']} | "
                 f"{r['p95_ms']} | {r['p99_ms']} | {r['errors'] + r['non2xx']} | {versus_baseline.get(name, '')} | "
                 f"{r.get('written_kb_per_request', '')} |")
lines += ["", "| target | measured | limit | met |", "|---|---|---|---|"]
for t_ in targets:
    met = "not measured" if t_["met"] is None else ("yes" if t_["met"] else "**no**")
    lines.append(f"| {t_['target']} | {t_['measured']} {t_['unit']} | {t_['limit']} {t_['unit']} | {met} |")
lines += ["", "Start-up to the first 200 (ms): " + ", ".join(f"{k} {v}" for k, v in report["startup_ms"].items())
          + " (training writes the ahead-of-time cache; the others load it, except baseline; 'migrated' is the median"
          " of the two cold starts and the production start); CPU time of those starts (ms): " + ", ".join(f"{k} {v}" for k, v in report["startup_cpu_ms"].items())
          + " (a container with a quarter of a core needs about four times it).", "",
          "Search index ready, after the process started (ms; built in the background at its share of a processor, "
          "the database search answering meanwhile): "
          + ", ".join(f"{k} {v}" for k, v in report["search_index_ready_after_start_ms"].items()), "",
          "Search right after the cold start, responses in each second: " + " ".join(str(c) for c in curve)
          + (f"; first 10 s {first_10_rate:.0f}, end of the warm-up {end_of_warm_up_rate:.0f}, steady (search-steady, "
             f"index built) {steady_rate:.0f}." if first_10_rate and steady_rate and end_of_warm_up_rate else ""),
          "", "Resident memory (VmRSS, sampled every second):", "",
          "| phase | samples | first MB | highest MB | last MB |", "|---|---|---|---|---|"]
for name, p in phases.items():
    lines.append(f"| {name} | {p['samples']} | {p['first_mb']} | {p['max_mb']} | {p.get('last_mb')} |")
lines += ["", "Over time (every 10th second, MB): " + " ".join(
    f"{s['rss_mb']}" for i, s in enumerate(samples) if i % 10 == 0)]
if growth:
    lines += ["", f"Growth from {small:,} to {listings:,} listings (same searches):", "",
              "| search | p50 ms small | p50 ms large | % of /health small | % of /health large |", "|---|---|---|---|---|"]
    for name, gr in growth.items():
        v = list(gr.values())
        lines.append(f"| {name} | {v[0]} | {v[1]} | {v[2]} | {v[3]} |")
if unmet:
    lines += ["", "What limits the targets not met:", ""]
    lines += [f"- {t_['target']}: {limits.get(t_['target'], 'see README, Performance.')}" for t_ in unmet]
(out / "report.md").write_text("\n".join(lines) + "\n")
