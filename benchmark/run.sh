#!/usr/bin/env bash
# The benchmark command (see benchmark/README.md). Measures, on this machine:
#   1. cold build: `mvn -o clean install -DskipTests` of a snapshot of the source tree (existing ~/.m2)
#   2. warm build: the same again without `clean`
#   3. server boot + deploy: WildFly start until /api/health answers 200 (port offset 200)
#   4. server memory (RSS) after boot and deploy, and after the throughput run
#   5. throughput of the approval process inside the server, ours vs a raw engine (benchmark.war)
# and puts the figures on top of benchmark/results.md (earlier runs stay below).
#
#   benchmark/run.sh [--no-build]
#     --no-build  reuse the snapshot built by an earlier run; build times are then "not measured"
#   BENCH_CLIENTS (2), BENCH_SECONDS (30 per phase), BENCH_WARMUP (5 per phase) change the load.
#
# Everything happens under benchmark/target/: the snapshot of the source tree is built there, so
# the shared tree's target/ folders (and a server someone else runs from them) are never touched;
# only the project's own SNAPSHOT artifacts in ~/.m2 are re-installed, as any `mvn install` does.
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
target=$bench/target
build=$target/build
logs=$target/logs
clients=${BENCH_CLIENTS:-2}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP:-5}
offset=200
http_port=$((8080 + offset))
mgmt_port=$((9990 + offset))
measure_build=true
[ "${1:-}" = "--no-build" ] && measure_build=false

log() { printf '[benchmark %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

mkdir -p "$target" "$logs"
for port in "$http_port" "$mgmt_port"; do
  if port_in_use "$port"; then
    echo "port $port is in use: another benchmark server still running? Stop it first." >&2
    exit 1
  fi
done

# ---------------------------------------------------------------- 1 + 2: cold and warm build
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
changed=$(git -C "$root" status --porcelain 2>/dev/null | grep -vc ' benchmark/' || true)
cold_build="not measured"; warm_build="not measured"
if $measure_build; then
  log "snapshot of the source tree -> $build"
  rm -rf "$build"; mkdir -p "$build"
  tar -C "$root" -cf - --exclude=./.git --exclude=./.run --exclude=./benchmark --exclude=target . \
    | tar -C "$build" -xf -
  log "cold build: mvn -o clean install -DskipTests (log: $logs/build-cold.log)"
  t0=$(now)
  (cd "$build" && mvn -B -o clean install -DskipTests) > "$logs/build-cold.log" 2>&1 \
    || { tail -40 "$logs/build-cold.log"; echo "cold build failed" >&2; exit 1; }
  cold_build=$(seconds_since "$t0")
  log "cold build: ${cold_build} s"
  log "warm build: mvn -o install -DskipTests (log: $logs/build-warm.log)"
  t0=$(now)
  (cd "$build" && mvn -B -o install -DskipTests) > "$logs/build-warm.log" 2>&1 \
    || { tail -40 "$logs/build-warm.log"; echo "warm build failed" >&2; exit 1; }
  warm_build=$(seconds_since "$t0")
  log "warm build: ${warm_build} s"
elif [ ! -f "$build/ear/target/meike-privacy.ear" ]; then
  echo "--no-build needs an earlier full run (no $build/ear/target/meike-privacy.ear)" >&2
  exit 1
fi

# ---------------------------------------------------------------- benchmark.war into a copy of the EAR
log "building benchmark.war (mvn -o -f benchmark/pom.xml package)"
(cd "$root" && mvn -B -o -q -f benchmark/pom.xml package) > "$logs/build-benchmark-war.log" 2>&1 \
  || { cat "$logs/build-benchmark-war.log"; echo "benchmark.war build failed" >&2; exit 1; }
ear=$target/meike-privacy-benchmark.ear
staging=$target/ear-staging
rm -rf "$staging"; mkdir -p "$staging/META-INF"
cp "$build/ear/target/meike-privacy.ear" "$ear"
unzip -p "$ear" META-INF/application.xml > "$staging/META-INF/application.xml"
# An explicit application.xml deploys only the modules it lists: list benchmark.war.
python3 - "$staging/META-INF/application.xml" <<'PY'
import sys
path = sys.argv[1]
xml = open(path, encoding="utf-8").read()
module = ("  <module>\n    <web>\n      <web-uri>benchmark.war</web-uri>\n"
          "      <context-root>/benchmark</context-root>\n    </web>\n  </module>\n  ")
if "benchmark.war" not in xml:
    anchor = "<library-directory>" if "<library-directory>" in xml else "</application>"
    xml = xml.replace(anchor, module + anchor, 1)
open(path, "w", encoding="utf-8").write(xml)
PY
cp "$bench/target/benchmark.war" "$staging/benchmark.war"
(cd "$staging" && zip -q "$ear" META-INF/application.xml benchmark.war)

# ---------------------------------------------------------------- 3 + 4: boot + deploy, memory
server=$build/server-config/target/wildfly
base=$target/standalone
rm -rf "$base"
cp -r "$server/standalone" "$base"
rm -rf "$base/data" "$base/log" "$base/tmp" "$base/deployments/"*
cp "$ear" "$base/deployments/"
pidfile=$target/server.pid
rm -f "$pidfile"

server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    log "stopping the benchmark server (pid $server_pid)"
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT
trap 'exit 130' INT TERM

log "starting WildFly (port offset $offset, base dir $base)"
t0=$(now)
JBOSS_PIDFILE=$pidfile LAUNCH_JBOSS_IN_BACKGROUND=1 \
  JAVA_OPTS="-Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true" \
  "$server/bin/standalone.sh" -c standalone-full.xml \
  -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=$offset \
  > "$logs/server-console.log" 2>&1 &
for _ in $(seq 1 100); do [ -s "$pidfile" ] && break; sleep 0.1; done
server_pid=$(cat "$pidfile" 2>/dev/null || true)
[ -n "$server_pid" ] || { echo "WildFly did not start (see $logs/server-console.log)" >&2; exit 1; }
healthy=false
for _ in $(seq 1 1500); do
  if curl -fs -o /dev/null "http://localhost:$http_port/api/health"; then healthy=true; break; fi
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
boot_deploy=$(seconds_since "$t0")
$healthy || { tail -60 "$base/log/server.log"; echo "server not healthy after ${boot_deploy} s" >&2; exit 1; }
log "boot + deploy: ${boot_deploy} s until /api/health answered 200"
rss_boot_kb=$(ps -o rss= -p "$server_pid" | tr -d ' ')
wildfly_started=$(grep -o 'WFLYSRV0025: .* started in [0-9]*ms' "$base/log/server.log" | grep -o '[0-9]*ms' | tail -1 || true)

# ---------------------------------------------------------------- 5: throughput
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "throughput: $clients clients, ${warmup} s warm-up + ${seconds} s per phase (ours, raw)"
curl -fsS --max-time 3600 -o "$target/throughput.json" \
  "http://localhost:$http_port/benchmark/run?clients=$clients&seconds=$seconds&warmup=$warmup" \
  || { cat "$target/throughput.json" 2>/dev/null; tail -80 "$base/log/server.log"; echo "throughput run failed" >&2; exit 1; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
rss_after_kb=$(ps -o rss= -p "$server_pid" | tr -d ' ')
curl -fsS -u privacy.officer:demo -o "$target/audit-verification.json" \
  "http://localhost:$http_port/api/audit-trail/verification" || echo '{}' > "$target/audit-verification.json"
stop_server
cp "$base/log/server.log" "$logs/server.log"

# ---------------------------------------------------------------- results.md
export RUN_COMMIT=$commit RUN_CHANGED=$changed RUN_COLD=$cold_build RUN_WARM=$warm_build \
  RUN_BOOT=$boot_deploy RUN_WILDFLY_STARTED=$wildfly_started RUN_RSS_BOOT=$rss_boot_kb \
  RUN_RSS_AFTER=$rss_after_kb RUN_LOAD_BEFORE=$load_before RUN_LOAD_AFTER=$load_after \
  RUN_MAVEN=$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g') \
  RUN_JAVA=$(java -version 2>&1 | head -2 | tail -1)
python3 "$bench/results.py" "$target/throughput.json" "$target/audit-verification.json" "$bench/results.md"
log "results written to benchmark/results.md"
