#!/usr/bin/env bash
# Tarjotin benchmark: seeds 100,000 (and 10,000) synthetic listings into embedded H2 databases, starts the
# packaged service on JDK 25 with the container image's JVM settings, drives each scenario with wrk at 16
# connections and writes target/bench/report.json and report.md. Usage: src/bench/run.sh (from anywhere)
#
# What it measures, in order:
#   1. training run: the service on the small database under src/bench/TrainingLoad.java, writing the
#      ahead-of-time cache at exit (JDK 25: classes, linked call sites and method profiles), as the image does;
#   2. cold start: process start -> first 200 on the migrated large database, loading that cache (three starts,
#      the median counts: one start on a shared machine varies by a few hundred ms);
#   3. warm-up curve: search right after that start for BENCH_WARMUP_SECONDS, counted per second; "first
#      10 s" is the mean of seconds 0-9; "steady" is the same search once the search index is built and the
#      service has been under load since (scenario search-steady);
#   4. the scenarios (add one with a line `scenario NAME SCRIPT PATH` below; report.py picks it up);
#   5. the same growth searches on the small database;
#   6. the throughput scenarios once more with BENCH_BASELINE_OPTS (the settings before the small-container
#      ones), for the throughput-loss target; BENCH_BASELINE=0 skips it.
# Resident memory (VmRSS) of every service process is sampled every second through the whole run.
#
# Environment: BENCH_LISTINGS (100000), BENCH_SMALL (10000), BENCH_SECONDS (20 per scenario),
# BENCH_CONNECTIONS (16), BENCH_WARMUP_SECONDS (60), BENCH_TRAIN_SECONDS (30), BENCH_BASELINE (1),
# BENCH_JVM_OPTS and BENCH_MALLOC_ARENA_MAX (default: JAVA_TOOL_OPTIONS and MALLOC_ARENA_MAX of
# infra/container/Dockerfile), BENCH_BASELINE_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/target/bench
LISTINGS=${BENCH_LISTINGS:-100000}
SMALL=${BENCH_SMALL:-10000}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-60}
TRAIN_SECONDS=${BENCH_TRAIN_SECONDS:-30}
BASELINE=${BENCH_BASELINE:-1}
TENANT=6a1e0d2c-3b4f-4a5e-9c8d-7b6a5f4e3d2c
AUDIENCE=api://tarjotin-bench
mkdir -p "$OUT"
rm -f "$OUT"/*.txt "$OUT"/scenarios.list "$OUT"/rss.csv "$OUT"/startup-*.ms "$OUT"/index-*.ms

# The image's settings are the default, read from the Dockerfile so that the two cannot drift apart.
IMAGE_OPTS=$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' infra/container/Dockerfile | head -1)
JVM_OPTS=${BENCH_JVM_OPTS:-$IMAGE_OPTS}
# glibc's malloc arenas (one per thread by default) are also part of the image's settings.
IMAGE_ARENAS=$(sed -n 's/.*MALLOC_ARENA_MAX=\([0-9]*\).*/\1/p' infra/container/Dockerfile | head -1)
ARENAS=${BENCH_MALLOC_ARENA_MAX:-$IMAGE_ARENAS}
BASELINE_OPTS=${BENCH_BASELINE_OPTS:--Xmx512m -XX:+UseSerialGC -Xmn48m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}

JAVA=java
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/temurin-25*/bin/java; do
  if [ -x "$candidate" ]; then JAVA=$candidate; break; fi
done
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -1)
echo "JVM: $JAVA_VERSION; options: $JVM_OPTS; MALLOC_ARENA_MAX=$ARENAS"
AOT=$OUT/tarjotin.aot
HAS_AOT=0
"$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput ' && HAS_AOT=1

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
[ -f target/tarjotin.jar ] || ./mvnw -B -q package -DskipTests

db_url() { echo "jdbc:h2:file:$OUT/db-$1/tarjotin;MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE"; }

seed() {
  local n=$1
  if [ -f "$OUT/db-$n/seeded" ]; then echo "Reusing the database with $n listings"; return; fi
  rm -rf "$OUT/db-$n"; mkdir -p "$OUT/db-$n"
  local start; start=$(date +%s.%N)
  DATASOURCES_DEFAULT_URL=$(db_url "$n") "$JAVA" -jar target/tarjotin.jar seed-synthetic --listings "$n" \
    > "$OUT/seed-$n.log" 2>&1
  python3 -c "print(round($(date +%s.%N) - $start, 1))" > "$OUT/seed-$n.seconds"
  touch "$OUT/db-$n/seeded"
  echo "Seeded $n listings in $(cat "$OUT/seed-$n.seconds") s"
}

"$JAVA" -cp target/tarjotin.jar src/bench/BenchTokens.java "$OUT" "$TENANT" "$AUDIENCE"
JWKS_PORT=18089
(cd "$OUT" && exec python3 -m http.server "$JWKS_PORT" --bind 127.0.0.1 > "$OUT/jwks-server.log" 2>&1) &
JWKS_PID=$!
SERVICE_PID=
SAMPLER_PID=
BENCH_START=$(date +%s%N)
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null || true
  kill "$JWKS_PID" 2>/dev/null || true
}
trap cleanup EXIT

# One line a second while a service runs: seconds since the benchmark began, phase, VmRSS in kB.
sample_rss() {
  local pid=$1 phase=$2
  while [ -r "/proc/$pid/status" ]; do
    local kb; kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null) || true
    [ -n "$kb" ] && echo "$(( ($(date +%s%N) - BENCH_START) / 1000000 )),$phase,$kb" >> "$OUT/rss.csv"
    sleep 1
  done
}

# start_service PHASE DATABASE-SIZE JVM-OPTIONS...: starts the jar and waits for the first 200 of /health.
start_service() {
  local phase=$1 n=$2; shift 2
  local start; start=$(date +%s%N)
  SERVICE_START=$start
  local arenas=$ARENAS; [ "$phase" = baseline ] && arenas=
  MALLOC_ARENA_MAX=$arenas MICRONAUT_SERVER_PORT=18080 DATASOURCES_DEFAULT_URL=$(db_url "$n") \
  TARJOTIN_ENTRA_HOME_TENANT_ID=$TENANT TARJOTIN_ENTRA_AUDIENCES=$AUDIENCE \
  TARJOTIN_ENTRA_JWKS_URI=http://127.0.0.1:$JWKS_PORT/jwks.json TARJOTIN_RATE_LIMIT_ENABLED=false \
    "$JAVA" "$@" -jar target/tarjotin.jar > "$OUT/service-$phase.log" 2>&1 &
  SERVICE_PID=$!
  sample_rss "$SERVICE_PID" "$phase" &
  SAMPLER_PID=$!
  until curl -sf -o /dev/null http://127.0.0.1:18080/health; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service failed: $OUT/service-$phase.log"; exit 1; }
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start) / 1000000 )) > "$OUT/startup-$phase.ms"
  # CPU time the start took (user + system): on a quarter of a core the start takes about four times it.
  awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$SERVICE_PID/stat" \
    > "$OUT/startup-cpu-$phase.ms"
  echo "[$phase] first 200 after $(cat "$OUT/startup-$phase.ms") ms, $(cat "$OUT/startup-cpu-$phase.ms") ms of CPU"
}

stop_service() {
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
  wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
}

# wait_for_index PHASE: waits until the search index is built (readiness stays UP while it builds; the database
# search answers meanwhile) and records how long the build took after the first 200.
wait_for_index() {
  local start; start=$(date +%s%N)
  until curl -sf -H "Authorization: Bearer $(cat "$OUT/admin.token")" http://127.0.0.1:18080/health/readiness \
      | python3 -c 'import json,sys; sys.exit(json.load(sys.stdin)["details"]["searchIndex"]["details"]["index"]["status"] != "UP")' \
      2>/dev/null; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service failed: $OUT/service-$1.log"; exit 1; }
    sleep 0.5
  done
  echo $(( ($(date +%s%N) - start) / 1000000 )) > "$OUT/index-build-$1.ms"
  echo $(( ($(date +%s%N) - SERVICE_START) / 1000000 )) > "$OUT/index-ready-$1.ms"
  echo "[$1] search index built $(cat "$OUT/index-build-$1.ms") ms after the warm-up," \
    "$(cat "$OUT/index-ready-$1.ms") ms after the process started"
}

# Bytes the service has had written to storage (the database file, logs): per request for the writes.
written_bytes() { awk '/^write_bytes/ {print $2}' "/proc/$SERVICE_PID/io" 2>/dev/null || echo 0; }

# scenario NAME SCRIPT PATH [SECONDS]: one wrk run; its BENCH_RESULT line lands in NAME.txt.
scenario() {
  local name=$1 script=$2 path=$3 seconds=${4:-$SECONDS_PER_RUN}
  echo "  $name"
  local written; written=$(written_bytes)
  BENCH_LUA=$ROOT/src/bench wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency -s "src/bench/$script" \
    "http://127.0.0.1:18080$path" > "$OUT/$name.txt" 2>&1
  echo $(( $(written_bytes) - written )) > "$OUT/$name.written"
  echo "$name" >> "$OUT/scenarios.list"
}

export TOKEN_FILE=$OUT/reader.token
FILTERED='/api/v1/opportunities?municipality=167&type=WORK_TRIAL&targetGroup=YOUTH&top=50'
FREE_TEXT='/api/v1/opportunities?q=kahvila&availableOnly=true&top=50'

seed "$SMALL"
seed "$LISTINGS"

# 1. Training run: writes the ahead-of-time cache at exit, as the image build does.
CACHE=()
if [ "$HAS_AOT" = 1 ]; then
  rm -f "$AOT"
  start_service training "$SMALL" $JVM_OPTS "-XX:AOTCacheOutput=$AOT"
  # A failed training request only makes the cache a little less complete: say so and go on.
  "$JAVA" -cp target/tarjotin.jar src/bench/TrainingLoad.java http://127.0.0.1:18080 "$OUT" "$TRAIN_SECONDS" \
    || echo "training: more than 1 % of its requests failed; the cache is written all the same"
  stop_service
  [ -s "$AOT" ] || { echo "no ahead-of-time cache: see $OUT/service-training.log"; exit 1; }
  CACHE=("-XX:AOTCache=$AOT")
  echo "Ahead-of-time cache: $(( $(stat -c %s "$AOT") / 1048576 )) MB"
fi

# 2 and 3. Cold start on the migrated database (two starts before the one that stays up), then search at once:
# the warm-up curve.
for attempt in 1 2; do
  start_service "cold-start-$attempt" "$LISTINGS" $JVM_OPTS "${CACHE[@]}"
  stop_service
done
start_service production "$LISTINGS" $JVM_OPTS "${CACHE[@]}"
sort -n "$OUT"/startup-cold-start-*.ms "$OUT/startup-production.ms" | sed -n 2p > "$OUT/startup-migrated.ms"
scenario "search-warm-up" search_mix.lua / "$WARMUP_SECONDS"

# 4. The scenarios, on the warm service with its search index built.
wait_for_index production
curl -sf -H "Authorization: Bearer $(cat "$OUT/reader.token")" \
  "http://127.0.0.1:18080/api/v1/opportunities?top=500&municipality=167" \
  | python3 -c 'import json,sys; print("\n".join(i["id"] for i in json.load(sys.stdin)["value"]))' > "$OUT/ids.txt"
ORGANISATION_ID=$(curl -sf -H "Authorization: Bearer $(cat "$OUT/admin.token")" \
  "http://127.0.0.1:18080/api/v1/organisations?top=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["value"][0]["id"])')
export ORGANISATION_ID IDS_FILE=$OUT/ids.txt PAGE_QUERY='/api/v1/opportunities?municipality=167&top=50'
main_scenarios() {
  local prefix=$1
  # The warm-up curve's search once the index is built: its steady throughput.
  scenario "${prefix}search-steady" search_mix.lua /
  scenario "${prefix}health" get.lua /health
  scenario "${prefix}filtered-search" get.lua "$FILTERED"
  scenario "${prefix}free-text-search" get.lua "$FREE_TEXT"
  scenario "${prefix}two-word-text-search" text_search.lua /
  SEARCH_EXTRA="&facets=type,targetGroup,language,municipality" scenario "${prefix}facets" text_search.lua /
  scenario "${prefix}paging" paging.lua "$PAGE_QUERY"
  scenario "${prefix}get-by-id" get_by_id.lua /
  TOKEN_FILE=$OUT/admin.token scenario "${prefix}create-publish" create_publish.lua /
  if curl -sf -o /dev/null "http://127.0.0.1:18080/embed/167"; then
    TOKEN_FILE= scenario "${prefix}public-embed-page" get.lua /embed/167
    TOKEN_FILE= scenario "${prefix}public-json" get.lua /public/v1/municipalities/167/opportunities
  fi
}
main_scenarios ""
stop_service

# 5. The same searches on the small database, for the growth comparison.
start_service production-small "$SMALL" $JVM_OPTS "${CACHE[@]}"
scenario "small-search-warm-up" search_mix.lua / "$SECONDS_PER_RUN"
wait_for_index production-small
scenario "small-health" get.lua /health
scenario "small-filtered-search" get.lua "$FILTERED"
scenario "small-free-text-search" get.lua "$FREE_TEXT"
scenario "small-two-word-text-search" text_search.lua /
stop_service

# 6. The settings before, warmed up the same way, for the throughput-loss comparison.
if [ "$BASELINE" = 1 ]; then
  start_service baseline "$LISTINGS" $BASELINE_OPTS
  scenario "baseline-search-warm-up" search_mix.lua / "$WARMUP_SECONDS"
  wait_for_index baseline
  main_scenarios "baseline-"
  stop_service
fi

python3 src/bench/report.py "$OUT" "$LISTINGS" "$SMALL" "$JAVA_VERSION" "$JVM_OPTS ${CACHE[*]}" "$BASELINE_OPTS" \
  "$CONNECTIONS"
cat "$OUT/report.md"
