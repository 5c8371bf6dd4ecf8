#!/usr/bin/env bash
# The benchmark command (see benchmark/README.md). Measures, on this machine:
#   1. cold build: `mvn -o clean install -DskipTests` of a snapshot of the source tree (existing ~/.m2)
#   2. warm build: the same again without `clean`
#   3. server boot + deploy: WildFly start until /api/health answers 200 (port offset 200)
#   4. server memory (RSS) after boot and deploy, and after the throughput run
#   5. throughput of the approval process inside the server, ours vs a raw engine (benchmark.war)
#   5b. the consent check (issue 3): in-process (the ConsentCheck EJB) and over HTTP
#      (GET /api/consent-checks), each next to a bare JDBC primary-key select, same run, same database
#   5c. the audit trail itself (issue 11): audited transactions per second with 2 and 8 clients next
#      to the same transactions without the audit entry
#   6. where the time goes: the comparison again with 1 client, with H2's statement statistics,
#      and under a JFR CPU-sample recording (benchmark/profile.py summarises it)
# and puts the figures on top of benchmark/results.md (earlier runs stay below).
#
#   benchmark/run.sh [--no-build]
#     --no-build  reuse the snapshot built by an earlier run; build times are then "not measured"
#   BENCH_DB=h2 (default: the embedded H2 file database of the demo configuration) or postgresql
#     (the production set-up: XA datasource to the local PostgreSQL, role meike as made by
#     .ci/postgresql.sh; the run creates and finally drops its own database meike_benchmark).
#   On a shared machine each measurement first waits (up to BENCH_QUIET_WAIT s, 300) until other
#   work keeps fewer than BENCH_QUIET_CPUS (0.3) CPUs busy; results.md says what it found.
#   BENCH_CLIENTS (2), BENCH_SECONDS (30 per phase), BENCH_WARMUP (30 per phase), BENCH_ROUNDS
#   (6 alternating segments per phase), BENCH_EXTRA_SECONDS (16 per phase
#   in each extra pass) change the load. The consent check: BENCH_CONSENT (true; false skips it),
#   BENCH_CONSENT_SECONDS (30 per phase), BENCH_CONSENT_WARMUP (20 per phase), BENCH_CONSENT_SUBJECTS
#   (1000 people seeded into the ledger); clients and rounds as above. The audit trail: BENCH_AUDIT
#   (true; false skips it), BENCH_AUDIT_SECONDS (20 per kind and client count), BENCH_AUDIT_WARMUP (5);
#   BENCH_AUDIT_PROFILE=true adds a second audit pass under a JFR recording (no part of the figures;
#   jfr-top.py's summary in target/audit-profile.txt).
#   BENCH_ONLY_AUDIT=true measures boot and the audit trail only (no approval, consent or extra passes).
#   BENCH_APPROVALS=false leaves the approval comparison and its extra passes out (the consent check alone);
#   BENCH_WARM_BUILD=false skips the second (warm) build.
#   The server runs under /tmp/meike-it.lock (one test WildFly on the machine at a time), taken just
#   before it starts; MEIKE_IT_LOCK_HELD=1 when the caller holds it already.
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
warmup=${BENCH_WARMUP:-30}
rounds=${BENCH_ROUNDS:-6}
extra_seconds=${BENCH_EXTRA_SECONDS:-16}
consent=${BENCH_CONSENT:-true}
approvals=${BENCH_APPROVALS:-true}
consent_seconds=${BENCH_CONSENT_SECONDS:-30}
consent_warmup=${BENCH_CONSENT_WARMUP:-20}
consent_subjects=${BENCH_CONSENT_SUBJECTS:-1000}
audit=${BENCH_AUDIT:-true}
audit_seconds=${BENCH_AUDIT_SECONDS:-20}
audit_warmup=${BENCH_AUDIT_WARMUP:-5}
only_audit=${BENCH_ONLY_AUDIT:-false}
offset=${BENCH_PORT_OFFSET:-200}
http_port=$((8080 + offset))
mgmt_port=$((9990 + offset))
measure_build=true
case "${1:-}" in
  "") ;;
  --no-build) measure_build=false ;;
  *) echo "usage: benchmark/run.sh [--no-build]   (see benchmark/README.md)" >&2; exit 2 ;;
esac

db=${BENCH_DB:-h2}
pg_database=${BENCH_PG_DATABASE:-meike_benchmark}
quiet_cpus=${BENCH_QUIET_CPUS:-0.3}
quiet_wait=${BENCH_QUIET_WAIT:-300}
log() { printf '[benchmark %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# CPU seconds the machine has been busy (all processes; /proc/stat, USER_HZ = 100)
machine_busy() { awk '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / 100 }' /proc/stat; }
process_cpu() { # process_cpu <pid>: its CPU seconds, 0 when there is none
  if [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ]; then
    awk '{ sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / 100 }' "/proc/$1/stat"
  else echo 0; fi
}
# wait_for_quiet <what> [own pid]: on a shared machine, waits (up to BENCH_QUIET_WAIT s) until other
# work keeps fewer than BENCH_QUIET_CPUS CPUs busy over 5 s; prints what it saw, "<CPUs busy> <s waited>".
wait_for_quiet() {
  local what=$1 own=${2:-} start busy0 own0 others waited
  start=$(now)
  while :; do
    busy0=$(machine_busy); own0=$(process_cpu "$own")
    sleep 5
    others=$(awk -v b0="$busy0" -v b1="$(machine_busy)" -v o0="$own0" -v o1="$(process_cpu "$own")" \
      'BEGIN { v = ((b1 - b0) - (o1 - o0)) / 5; if (v < 0) v = 0; printf "%.2f", v }')
    waited=$(seconds_since "$start")
    if awk -v o="$others" -v q="$quiet_cpus" 'BEGIN { exit !(o < q) }'; then break; fi
    if awk -v w="$waited" -v m="$quiet_wait" 'BEGIN { exit !(w >= m) }'; then
      log "$what: other work still keeps $others CPUs busy after ${waited} s; going ahead"
      break
    fi
    log "$what: waiting for the machine to calm down (other work keeps $others CPUs busy)"
  done
  echo "$others $waited"
}

case "$db" in
  h2) ;;
  postgresql)
    command -v psql > /dev/null && runuser -u postgres -- psql -qtAc "SELECT 1" > /dev/null 2>&1 \
      || { echo "BENCH_DB=postgresql needs a local PostgreSQL (see .ci/postgresql.sh)" >&2; exit 1; }
    runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='meike'" | grep -q 1 \
      || { echo "BENCH_DB=postgresql needs the role meike (see .ci/postgresql.sh)" >&2; exit 1; }
    [ "$(runuser -u postgres -- psql -qtAc 'SHOW max_prepared_transactions')" -gt 0 ] \
      || { echo "PostgreSQL needs max_prepared_transactions > 0 (see .ci/postgresql.sh)" >&2; exit 1; }
    ;;
  *) echo "BENCH_DB must be h2 or postgresql" >&2; exit 1 ;;
esac
mkdir -p "$target" "$logs"
# Nothing of an earlier run may pass for this one's.
rm -f "$target"/throughput.json "$target"/pass-*.json "$target"/profile*.json "$target"/profile*.jfr \
  "$target"/audit-verification.json "$target"/audit-profile.jfr "$target"/audit-profile.txt "$target"/consent.json \
  "$target"/consent-profile.jfr "$target"/consent-profile.json
for port in "$http_port" "$mgmt_port"; do
  if port_in_use "$port"; then
    echo "port $port is in use: another benchmark server still running? Stop it first." >&2
    exit 1
  fi
done

# ---------------------------------------------------------------- 1 + 2: cold and warm build
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
changed=$(git -C "$root" status --porcelain 2>/dev/null | grep -vc ' benchmark/' || true)
cold_build="not measured"; warm_build="not measured"; cold_cpu=""; warm_cpu=""
build_load=""; build_quiet=""; build_waited=""; warm_quiet=""; warm_waited=""
# timed_build <log> <mvn arguments...>: builds the snapshot offline; prints "<wall s> <CPU s>"
# (CPU = user + system time of Maven and everything it started), nothing when the build fails.
timed_build() {
  local log=$1; shift
  local TIMEFORMAT='%R %U %S' times
  times=$( { time (cd "$build" && mvn -B -o "$@" -Ddb="$db" > "$log" 2>&1); } 2>&1 ) || return 0
  awk '{ printf "%.1f %.1f\n", $1, $2 + $3 }' <<< "$times"
}
if $measure_build; then
  log "snapshot of the source tree -> $build"
  rm -rf "$build"; mkdir -p "$build"
  # benchmark/ is a module of the reactor (its target/ holds this very snapshot, hence excluded)
  tar -C "$root" -cf - --exclude=./.git --exclude=./.run --exclude=./benchmark/target --exclude=target . \
    | tar -C "$build" -xf -
  read -r build_quiet build_waited < <(wait_for_quiet "cold build")
  build_load=$(cut -d' ' -f1-3 /proc/loadavg)
  log "cold build: mvn -o clean install -DskipTests (log: $logs/build-cold.log)"
  cold_build=""; read -r cold_build cold_cpu < <(timed_build "$logs/build-cold.log" clean install -DskipTests) || true
  [ -n "$cold_build" ] || { tail -40 "$logs/build-cold.log"; echo "cold build failed" >&2; exit 1; }
  log "cold build: ${cold_build} s (CPU ${cold_cpu} s)"
  echo "$db" > "$build/.benchmark-db"
  if [ "${BENCH_WARM_BUILD:-true}" = true ]; then
  read -r warm_quiet warm_waited < <(wait_for_quiet "warm build")
  log "warm build: mvn -o install -DskipTests (log: $logs/build-warm.log)"
  warm_build=""; read -r warm_build warm_cpu < <(timed_build "$logs/build-warm.log" install -DskipTests) || true
  [ -n "$warm_build" ] || { tail -40 "$logs/build-warm.log"; echo "warm build failed" >&2; exit 1; }
  log "warm build: ${warm_build} s (CPU ${warm_cpu} s)"
  fi
elif [ ! -f "$build/ear/target/meike-privacy.ear" ]; then
  echo "--no-build needs an earlier full run (no $build/ear/target/meike-privacy.ear)" >&2
  exit 1
elif [ "$(cat "$build/.benchmark-db" 2>/dev/null)" != "$db" ]; then
  echo "--no-build: the last build was provisioned for $(cat "$build/.benchmark-db" 2>/dev/null || echo another database), not $db" >&2
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
drop_pg_database() {
  [ "$db" = postgresql ] && runuser -u postgres -- dropdb --if-exists "$pg_database" 2>/dev/null || true
}
trap 'stop_server; drop_pg_database' EXIT
trap 'exit 130' INT TERM

# One test WildFly on the machine at a time (the in-container tests take the same lock).
if [ -z "${MEIKE_IT_LOCK_HELD:-}" ]; then
  exec 9> /tmp/meike-it.lock
  log "waiting for /tmp/meike-it.lock"
  flock 9
  for port in "$http_port" "$mgmt_port"; do
    if port_in_use "$port"; then echo "port $port is in use: stop that server first" >&2; exit 1; fi
  done
fi
if [ "$db" = postgresql ]; then
  drop_pg_database
  runuser -u postgres -- createdb -O meike "$pg_database"
  export MEIKE_DB_HOST=localhost MEIKE_DB_PORT=5432 MEIKE_DB_NAME=$pg_database MEIKE_DB_USER=meike \
    MEIKE_DB_PASSWORD=${MEIKE_DB_PASSWORD:-meike}
fi
read -r boot_quiet boot_waited < <(wait_for_quiet "server boot")
log "starting WildFly (port offset $offset, base dir $base)"
t0=$(now); t_boot=$t0
JBOSS_PIDFILE=$pidfile LAUNCH_JBOSS_IN_BACKGROUND=1 \
  JAVA_OPTS="-Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djboss.as.management.blocking.timeout=${BENCH_BOOT_TIMEOUT:-300}" \
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
# CPU time the server used to boot and deploy (utime + stime, clock ticks of 1/100 s)
boot_cpu=$(awk '{ sub(/.*\) /, ""); printf "%.1f", ($12 + $13) / 100 }' "/proc/$server_pid/stat")
wildfly_started=$(grep -o 'WFLYSRV0025: .* started in [0-9]*ms' "$base/log/server.log" | grep -o '[0-9]*ms' | tail -1 || true)

# ---------------------------------------------------------------- 5c: the audit trail itself
# First, on a fresh server: the approval runs below add audit entries of their own.
if [ "$audit" = true ] || [ "$only_audit" = true ]; then
  read -r audit_quiet audit_waited < <(wait_for_quiet "audit trail" "$server_pid")
  log "audit trail: 2 and 8 clients, ${audit_warmup} s warm-up + ${audit_seconds} s per kind, audited and plain alternating"
  curl -fsS --max-time 3600 -o "$target/audit.json" \
    "http://localhost:$http_port/benchmark/audit?seconds=$audit_seconds&warmup=$audit_warmup&rounds=4" \
    || { cat "$target/audit.json" 2>/dev/null; tail -80 "$base/log/server.log"; echo "audit-trail run failed" >&2; exit 1; }
  log "audit trail: $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["clients"]; print(", ".join("%s clients: %.0f audited/s vs %.0f plain/s (overhead %.1f%%; CPU %.0f vs %.0f us per tx, %.1f%%)" % (k, v["auditedPerSecond"], v["plainPerSecond"], 100*v["overhead"], v["auditedCpuMicrosPerTx"], v["plainCpuMicrosPerTx"], 100*v["cpuOverhead"]) for k, v in d.items()))' "$target/audit.json")"
  if [ "${BENCH_AUDIT_PROFILE:-false}" = true ]; then
    log "audit trail: profiling pass under JFR (no part of the figures)"
    jcmd "$server_pid" JFR.start name=audit settings="$bench/cpu-samples.jfc" \
      filename="$target/audit-profile.jfr" > /dev/null || log "could not start the JFR recording"
    curl -fsS --max-time 1800 -o "$target/pass-audit-profile.json" \
      "http://localhost:$http_port/benchmark/audit?seconds=$audit_seconds&warmup=2&rounds=2" \
      || echo "audit profiling pass failed" >&2
    jcmd "$server_pid" JFR.stop name=audit > /dev/null || log "could not stop the JFR recording"
    python3 "$bench/jfr-top.py" "$target/audit-profile.jfr" > "$target/audit-profile.txt" \
      || log "could not summarise the audit profile"
  fi
else
  rm -f "$target/audit.json"
fi
if [ "$only_audit" = true ]; then
  stop_server
  exit 0
fi

# ---------------------------------------------------------------- 5: throughput, ours vs raw
url=http://localhost:$http_port/benchmark/run
run_quiet=""; run_waited=""; load_before=""; load_after=""; rss_after_kb=""
if [ "$approvals" = true ]; then
  read -r run_quiet run_waited < <(wait_for_quiet "throughput" "$server_pid")
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  log "throughput: $clients clients, ${warmup} s warm-up + ${seconds} s per phase, ours and raw alternating"
  curl -fsS --max-time 3600 -o "$target/throughput.json" \
    "$url?clients=$clients&seconds=$seconds&warmup=$warmup&rounds=$rounds" \
    || { cat "$target/throughput.json" 2>/dev/null; tail -80 "$base/log/server.log"; echo "throughput run failed" >&2; exit 1; }
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  rss_after_kb=$(ps -o rss= -p "$server_pid" | tr -d ' ')
  log "throughput: $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("ours %.1f/s, raw %.1f/s, ratio %.0f%%" % (d["ours"]["perSecond"], d["raw"]["perSecond"], 100*d["ratio"]))' "$target/throughput.json")"
fi

# ---------------------------------------------------------------- 5b: the consent check vs bare JDBC
consent_quiet=""; consent_waited=""; consent_load_before=""; consent_load_after=""
if [ "$consent" = true ]; then
  read -r consent_quiet consent_waited < <(wait_for_quiet "consent check" "$server_pid")
  consent_load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  log "consent check: seeding $consent_subjects people, then $clients clients, ${consent_warmup} s warm-up + ${consent_seconds} s per phase, bare JDBC / in-process / HTTP alternating"
  curl -fsS --max-time 3600 -o "$target/consent.json" \
    "http://localhost:$http_port/benchmark/consent?clients=$clients&seconds=$consent_seconds&warmup=$consent_warmup&rounds=$rounds&subjects=$consent_subjects" \
    || { cat "$target/consent.json" 2>/dev/null; tail -80 "$base/log/server.log"; echo "consent-check run failed" >&2; exit 1; }
  consent_load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  # where its time goes: the same comparison again, shorter, under a JFR recording of CPU samples
  # (no part of the figures); the ledger is seeded already
  log "consent check: profiling pass (${extra_seconds} s per phase under JFR)"
  jcmd "$server_pid" JFR.start name=consent settings="$bench/cpu-samples.jfc" \
    filename="$target/consent-profile.jfr" > /dev/null || log "could not start the JFR recording"
  curl -fsS --max-time 1800 -o "$target/pass-consent-profile.json" \
    "http://localhost:$http_port/benchmark/consent?clients=$clients&seconds=$extra_seconds&warmup=2&rounds=2&subjects=$consent_subjects" \
    || { echo "consent profiling pass failed" >&2; echo '{}' > "$target/pass-consent-profile.json"; }
  jcmd "$server_pid" JFR.stop name=consent > /dev/null || log "could not stop the JFR recording"
  python3 "$bench/profile.py" "$target/consent-profile.jfr" "$target/pass-consent-profile.json" \
    "$target/consent-profile.json" || echo '{}' > "$target/consent-profile.json"
  log "consent check: $(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); j,i,h=d["jdbc"],d["inProcess"],d["http"]; print("bare JDBC %.0f/s, in-process %.0f/s (%.1f%%), HTTP %.0f/s (%.1f%%)" % (j["perSecond"], i["perSecond"], 100*d["ratios"]["inProcess"]["ratio"], h["perSecond"], 100*d["ratios"]["http"]["ratio"]))' "$target/consent.json")"
fi

# ---------------------------------------------------------------- 6: where the time goes (extra passes, same server)
# The same comparison again, shorter, three times: with 1 client, with H2's statement statistics,
# and under a JFR recording of CPU samples. None of them feeds the figures above.
run_pass() { # run_pass <name> <query>
  curl -fsS --max-time 1800 -o "$target/pass-$1.json" "$url?$2" \
    || { echo "pass $1 failed" >&2; echo '{}' > "$target/pass-$1.json"; }
}
if [ "$approvals" = true ]; then
  log "extra passes: 1 client, H2 statement statistics, JFR CPU samples (${extra_seconds} s per phase each)"
  run_pass one-client "clients=1&seconds=$extra_seconds&warmup=2&rounds=4"
  run_pass sql "clients=$clients&seconds=$extra_seconds&warmup=2&rounds=4&sql=true"
  jcmd "$server_pid" JFR.start name=benchmark settings="$bench/cpu-samples.jfc" \
    filename="$target/profile.jfr" > /dev/null || log "could not start the JFR recording"
  run_pass profile "clients=$clients&seconds=$extra_seconds&warmup=2&rounds=4"
  jcmd "$server_pid" JFR.stop name=benchmark > /dev/null || log "could not stop the JFR recording"
  python3 "$bench/profile.py" "$target/profile.jfr" "$target/pass-profile.json" "$target/profile.json" \
    || echo '{}' > "$target/profile.json"
fi
curl -fsS -u privacy.officer:demo -o "$target/audit-verification.json" \
  "http://localhost:$http_port/api/audit-trail/verification" || echo '{}' > "$target/audit-verification.json"
[ -n "$rss_after_kb" ] || rss_after_kb=$(ps -o rss= -p "$server_pid" | tr -d ' ')
stop_server
cp "$base/log/server.log" "$logs/server.log"
if [ "$db" = postgresql ]; then
  db_size_mb=$(runuser -u postgres -- psql -qtAc "SELECT pg_database_size('$pg_database') / 1048576")
  drop_pg_database
else
  db_size_mb=$(du -sm "$base/data/meike-privacy" | cut -f1)
fi

# ---------------------------------------------------------------- results.md
export RUN_COMMIT=$commit RUN_CHANGED=$changed RUN_COLD=$cold_build RUN_WARM=$warm_build \
  RUN_COLD_CPU=$cold_cpu RUN_WARM_CPU=$warm_cpu RUN_BUILD_LOAD=$build_load \
  RUN_BUILD_QUIET=$build_quiet RUN_BUILD_WAITED=$build_waited RUN_WARM_QUIET=$warm_quiet \
  RUN_WARM_WAITED=$warm_waited RUN_BOOT_QUIET=$boot_quiet \
  RUN_BOOT_WAITED=$boot_waited RUN_QUIET=$run_quiet RUN_WAITED=$run_waited RUN_QUIET_CPUS=$quiet_cpus RUN_QUIET_WAIT=$quiet_wait \
  RUN_BOOT=$boot_deploy RUN_BOOT_START=$t_boot RUN_BOOT_CPU=$boot_cpu RUN_WILDFLY_STARTED=$wildfly_started RUN_RSS_BOOT=$rss_boot_kb \
  RUN_RSS_AFTER=$rss_after_kb RUN_LOAD_BEFORE=$load_before RUN_LOAD_AFTER=$load_after \
  RUN_DB=$db RUN_DB_MB=$db_size_mb RUN_CLIENTS=$clients RUN_SECONDS=$seconds RUN_WARMUP=$warmup \
  RUN_EXTRA_SECONDS=$extra_seconds RUN_CONSENT_QUIET=$consent_quiet RUN_CONSENT_WAITED=$consent_waited \
  RUN_CONSENT_LOAD_BEFORE=$consent_load_before RUN_CONSENT_LOAD_AFTER=$consent_load_after
env | grep '^RUN_' > "$target/run.env" # results.py can be run again from it
python3 "$bench/results.py" "$target" "$bench/results.md"
log "results written to benchmark/results.md"
