"""Turns the benchmark's raw results (target/bench/*.txt, *.ms, rss.kb) into report.json and report.md."""
import json
import pathlib
import re
import sys

out = pathlib.Path(sys.argv[1])
listings, small, jvm, jvm_options = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]


def result(name):
    path = out / f"{name}.txt"
    if not path.exists():
        return None
    match = re.search(r"BENCH_RESULT (\{.*\})", path.read_text())
    return json.loads(match.group(1)) if match else None


def number(name, cast=float):
    path = out / name
    return cast(path.read_text().strip()) if path.exists() else None


scenarios = {n: result(n) for n in ["health", "filtered-search", "free-text-search", "paging", "get-by-id",
                                    "create-publish", "public-embed-page", "public-json", "small-health",
                                    "small-filtered-search", "small-free-text-search"]}
health = scenarios["health"]["throughput"]
small_health = scenarios["small-health"]["throughput"] if scenarios["small-health"] else None


def share(name, base=health):
    r = scenarios.get(name)
    return None if not r else r["throughput"] / base


targets = []


def target(label, measured, limit, unit, ok):
    targets.append({"target": label, "measured": measured, "limit": limit, "unit": unit, "met": bool(ok)})


def pct(x):
    return None if x is None else round(100 * x, 1)


f, t, g, c = (scenarios[k] for k in ["filtered-search", "free-text-search", "get-by-id", "create-publish"])
target("filtered search throughput vs /health", pct(share("filtered-search")), 25, "%", share("filtered-search") >= 0.25)
target("filtered search p99", f["p99_ms"], 50, "ms", f["p99_ms"] <= 50)
target("free-text search throughput vs /health", pct(share("free-text-search")), 10, "%", share("free-text-search") >= 0.10)
target("free-text search p99", t["p99_ms"], 150, "ms", t["p99_ms"] <= 150)
target("get by id throughput vs /health", pct(share("get-by-id")), 40, "%", share("get-by-id") >= 0.40)
target("create + publish p99", c["p99_ms"], 50, "ms", c["p99_ms"] <= 50)
startup = number("startup-migrated.ms", int)
target("startup to first 200 (migrated database)", startup, 3000, "ms", startup <= 3000)
rss_mb = round(number("rss.kb", int) / 1024)
target("RSS after the run (-Xmx512m)", rss_mb, 400, "MB", rss_mb <= 400)

growth = {}
for name in ["filtered-search", "free-text-search"]:
    big, little = scenarios[name], scenarios.get("small-" + name)
    if little:
        growth[name] = {
            f"p50_ms_at_{small}": little["p50_ms"], f"p50_ms_at_{listings}": big["p50_ms"],
            f"throughput_share_at_{small}": pct(little["throughput"] / small_health),
            f"throughput_share_at_{listings}": pct(big["throughput"] / health),
        }

report = {"jvm": jvm, "jvm_options": jvm_options, "listings": listings, "connections": 16,
          "seed_seconds": {str(listings): number(f"seed-{listings}.seconds"), str(small): number(f"seed-{small}.seconds")},
          "scenarios": {k: v for k, v in scenarios.items() if v}, "targets": targets, "growth": growth}
(out / "report.json").write_text(json.dumps(report, indent=2))

lines = [f"# Tarjotin benchmark", "", f"{listings:,} listings in embedded H2, {jvm}, `{jvm_options}`, wrk with 16 "
         f"connections on the same 2 cores. Seeding took {report['seed_seconds'][str(listings)]} s.", "",
         "| scenario | req/s | % of /health | p50 ms | p95 ms | p99 ms | errors |", "|---|---|---|---|---|---|---|"]
for name, r in scenarios.items():
    if r and not name.startswith("small-"):
        lines.append(f"| {name} | {r['throughput']:.0f} | {pct(r['throughput'] / health)} | {r['p50_ms']} | "
                     f"{r['p95_ms']} | {r['p99_ms']} | {r['errors'] + r['non2xx']} |")
lines += ["", "| target | measured | limit | met |", "|---|---|---|---|"]
for t_ in targets:
    lines.append(f"| {t_['target']} | {t_['measured']} {t_['unit']} | {t_['limit']} {t_['unit']} | "
                 f"{'yes' if t_['met'] else '**no**'} |")
lines += ["", f"Growth from {small:,} to {listings:,} listings (same searches):", "",
          "| search | p50 ms small | p50 ms large | % of /health small | % of /health large |", "|---|---|---|---|---|"]
for name, gr in growth.items():
    values = list(gr.values())
    lines.append(f"| {name} | {values[0]} | {values[1]} | {values[2]} | {values[3]} |")
limits = {
    "create + publish p99": "every commit on the embedded H2 is written through to the file before 2xx "
    "(SET WRITE_DELAY 0, so that kill -9 loses no acknowledged write, CrashRecoveryIT); MVStore serialises "
    "commits, and each rewrites the touched pages of the listing's indexes; 16 writers on 2 cores shared with "
    "wrk queue there. SQL Server appends commits to its log instead.",
    "RSS after the run (-Xmx512m)": "the live heap after a full collection is small (tens of MB), but under "
    "allocation-heavy load the serial collector grows the old generation toward -Xmx instead of collecting, "
    "and the ahead-of-time cache maps about 94 MB (it brings start-up under 3 s).",
}
unmet = [t_ for t_ in targets if not t_["met"]]
if unmet:
    lines += ["", "What limits the targets not met:", ""]
    lines += [f"- {t_['target']}: {limits.get(t_['target'], 'see README, Performance.')}" for t_ in unmet]
report["limits"] = {t_["target"]: limits.get(t_["target"], "") for t_ in unmet}
(out / "report.json").write_text(json.dumps(report, indent=2))
(out / "report.md").write_text("\n".join(lines) + "\n")
