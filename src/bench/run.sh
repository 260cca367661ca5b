#!/usr/bin/env bash
# Tarjotin benchmark: seeds 100,000 (and 10,000) synthetic listings into embedded H2 databases, starts the
# packaged service (JDK 25 when present, -Xmx512m), drives each scenario with wrk at 16 connections and
# writes target/bench/report.json and report.md. Usage: src/bench/run.sh   (from the repository root)
# Environment: BENCH_LISTINGS (100000), BENCH_SMALL (10000), BENCH_SECONDS (20), BENCH_CONNECTIONS (16),
# BENCH_JVM_OPTS (the service's JVM flags; default: the serial collector, which a small container gets
# anyway, with a small young generation and heap sizing that returns memory, so that -Xmx512m is a ceiling
# rather than the footprint). On JDK 24+ the first start writes an ahead-of-time cache (JEP 483/514) that
# later starts load.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT=$ROOT/target/bench
LISTINGS=${BENCH_LISTINGS:-100000}
SMALL=${BENCH_SMALL:-10000}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
TENANT=6a1e0d2c-3b4f-4a5e-9c8d-7b6a5f4e3d2c
AUDIENCE=api://tarjotin-bench
mkdir -p "$OUT"
JVM_OPTS=${BENCH_JVM_OPTS:--XX:+UseSerialGC -Xmn48m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}

JAVA=java
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/temurin-25*/bin/java; do
  if [ -x "$candidate" ]; then JAVA=$candidate; break; fi
done
echo "JVM: $($JAVA -version 2>&1 | head -1)"
AOT=$OUT/tarjotin.aot
aot_option() {
  "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCache ' || return 0
  if [ -f "$AOT" ] && [ "$AOT" -nt target/tarjotin.jar ]; then echo "-XX:AOTCache=$AOT"
  else rm -f "$AOT"; echo "-XX:AOTCacheOutput=$AOT"; fi
}

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
cleanup() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null || true
  kill "$JWKS_PID" 2>/dev/null || true
}
trap cleanup EXIT

start_service() {
  local n=$1
  local start; start=$(date +%s%N)
  MICRONAUT_SERVER_PORT=18080 DATASOURCES_DEFAULT_URL=$(db_url "$n") \
  TARJOTIN_ENTRA_HOME_TENANT_ID=$TENANT TARJOTIN_ENTRA_AUDIENCES=$AUDIENCE \
  TARJOTIN_ENTRA_JWKS_URI=http://127.0.0.1:$JWKS_PORT/jwks.json TARJOTIN_RATE_LIMIT_ENABLED=false \
    "$JAVA" -Xmx512m $JVM_OPTS $(aot_option) -jar target/tarjotin.jar > "$OUT/service-$n.log" 2>&1 &
  SERVICE_PID=$!
  until curl -sf -o /dev/null http://127.0.0.1:18080/health; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service failed: $OUT/service-$n.log"; exit 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - start) / 1000000 )) > "$OUT/startup-$n.ms"
  echo "Service on $n listings answered /health after $(cat "$OUT/startup-$n.ms") ms"
}

stop_service() {
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
}

scenario() {
  local name=$1 script=$2 path=$3
  echo "  $name"
  BENCH_LUA=$ROOT/src/bench wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "src/bench/$script" \
    "http://127.0.0.1:18080$path" > "$OUT/$name.txt" 2>&1
}

export TOKEN_FILE=$OUT/reader.token
FILTERED='/api/v1/opportunities?municipality=167&type=WORK_TRIAL&targetGroup=YOUTH&top=50'
FREE_TEXT='/api/v1/opportunities?q=kahvila&availableOnly=true&top=50'

seed "$SMALL"
seed "$LISTINGS"

# The same searches on 10,000 listings, for the growth comparison. The first start migrates nothing:
# seeding already did.
start_service "$SMALL"
scenario "small-health" get.lua /health
scenario "small-filtered-search" get.lua "$FILTERED"
scenario "small-free-text-search" get.lua "$FREE_TEXT"
stop_service

start_service "$LISTINGS"
curl -sf -H "Authorization: Bearer $(cat "$OUT/reader.token")" \
  "http://127.0.0.1:18080/api/v1/opportunities?top=500&municipality=167" \
  | python3 -c 'import json,sys; print("\n".join(i["id"] for i in json.load(sys.stdin)["value"]))' > "$OUT/ids.txt"
ORGANISATION_ID=$(curl -sf -H "Authorization: Bearer $(cat "$OUT/admin.token")" \
  "http://127.0.0.1:18080/api/v1/organisations?top=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["value"][0]["id"])')
export ORGANISATION_ID IDS_FILE=$OUT/ids.txt PAGE_QUERY='/api/v1/opportunities?municipality=167&top=50'
scenario "health" get.lua /health
scenario "filtered-search" get.lua "$FILTERED"
scenario "free-text-search" get.lua "$FREE_TEXT"
scenario "paging" paging.lua "$PAGE_QUERY"
scenario "get-by-id" get_by_id.lua /
TOKEN_FILE=$OUT/admin.token scenario "create-publish" create_publish.lua /
if curl -sf -o /dev/null "http://127.0.0.1:18080/embed/167"; then
  TOKEN_FILE= scenario "public-embed-page" get.lua /embed/167
  TOKEN_FILE= scenario "public-json" get.lua /public/v1/municipalities/167/opportunities
fi
grep VmRSS "/proc/$SERVICE_PID/status" | awk '{print $2}' > "$OUT/rss.kb"
stop_service

# Startup to first 200 on the already-migrated database, measured on a second start.
start_service "$LISTINGS"
cp "$OUT/startup-$LISTINGS.ms" "$OUT/startup-migrated.ms"
stop_service

python3 src/bench/report.py "$OUT" "$LISTINGS" "$SMALL" "$($JAVA -version 2>&1 | head -1)" "-Xmx512m $JVM_OPTS $(aot_option)"
cat "$OUT/report.md"
