#!/usr/bin/env bash
# Issue 4 "Measure and record" (see benchmark/README.md, "Recordings"): one command, in-process
# against the real recording code, no server, not part of `mvn verify`:
#   1. ingest: a one-hour 16 kHz mono recording (115.2 MB) through AudioVault + FileSystemRecordingStore
#      (segment by segment, each forced to disk) next to a plain copy + fsync of the same bytes
#   2. playback: heap while the store's streaming reader plays that hour, next to a one-minute one
#      (own JVM with a small heap, -Xmx${BENCH_PLAYBACK_HEAP:-64m})
#   3. retention sweep: the real RetentionSweep + DefaultRecordingRetention + audit trail over
#      BENCH_SWEEP_N expired recordings on the real schema, next to a bare SQL delete + file removal
# and inserts the figures below the marker of benchmark/results.md (earlier sections stay).
#
#   benchmark/recording/run.sh [--no-build]
#     --no-build  use the modules' target/classes as they are (e.g. while another build holds the reactor)
#   BENCH_DB=postgresql (default when a local PostgreSQL answers as role meike) or h2 (file database)
#   BENCH_SWEEP_N (2000), BENCH_SWEEP_ROUNDS (1: sweep, bare, bare, sweep), BENCH_INGEST_ROUNDS (1)
#   BENCH_PG_DB (meike_bench_recording): the PostgreSQL database created and dropped by the run
#   MAVEN_REPO_LOCAL  a Maven local repository other than ~/.m2/repository (passed to every mvn call)
#
# Builds the modules it needs with the reactor (`mvn -o package`, never install) and runs from their
# target/ folders; its own files stay in benchmark/target/recording (git-ignored).
set -euo pipefail
bench=$(cd "$(dirname "$0")/.." && pwd)
root=$(dirname "$bench")
work=$bench/target/recording
data=${BENCH_RECORDING_DIR:-$work/data}
sweep_n=${BENCH_SWEEP_N:-2000}
sweep_rounds=${BENCH_SWEEP_ROUNDS:-1}
ingest_rounds=${BENCH_INGEST_ROUNDS:-1}
heap=${BENCH_PLAYBACK_HEAP:-64m}
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
mvn_repo="-Dmaven.repo.local=$repo"
log() { printf '[recording-benchmark %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
mkdir -p "$work/classes" "$data"
rm -rf "$data/sweep-store"

if [ "${1:-}" = --no-build ]; then
  # reuse the modules' target/classes; third-party jars from the local repository
  [ -s "$work/classpath.txt" ] || (cd "$root" && mvn $mvn_repo -o -q dependency:build-classpath -pl ejb/recording \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >"$work/build.log" 2>&1) \
    || { tail -30 "$work/build.log" >&2; exit 1; }
else
  log "building ejb/recording and what it needs (reactor package, tests skipped)"
  (cd "$root" && mvn $mvn_repo -o -q package dependency:build-classpath -pl ejb/recording -am -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >"$work/build.log" 2>&1) \
    || { tail -30 "$work/build.log" >&2; exit 1; }
fi
# a copy of the modules' classes, so that a build started meanwhile cannot change them under the run
ours=""
for module in kernel audit identity consent order recording; do
  rm -rf "$work/modules/$module"; mkdir -p "$work/modules/$module"
  cp -r "$root/ejb/$module/target/classes/." "$work/modules/$module/"
  ours="$ours:$work/modules/$module"
done
third=$(tr ':' '\n' <"$work/classpath.txt" | grep -v '/com/meike/privacy/' | paste -sd: -)
pg_jar=$(ls "$repo"/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)
cp="${ours#:}:$third:$pg_jar"
javac -nowarn -d "$work/classes" -cp "$cp" \
  "$bench"/recording/src/com/meike/privacy/recording/application/internal/RecordingBenchmark.java 2>&1 \
  | grep -v '^Note:' >&2 || true
cp="$work/classes:$cp"
# BENCH_JFR=1: each phase also writes a JFR profile to benchmark/target/recording/<phase>.jfr
run() {
  local jvm=$1; shift
  local jfr=""; [ -n "${BENCH_JFR:-}" ] && jfr="-XX:StartFlightRecording=filename=$work/$1.jfr,settings=profile"
  java -XX:+UseSerialGC $jvm $jfr -cp "$cp" com.meike.privacy.recording.application.internal.RecordingBenchmark "$@"
}

db=${BENCH_DB:-}
if [ -z "$db" ]; then
  if PGPASSWORD=${MEIKE_DB_PASSWORD:-meike} psql -h localhost -U meike -d postgres -qtAc 'select 1' >/dev/null 2>&1; then
    db=postgresql; else db=h2; fi
fi
if [ "$db" = postgresql ]; then
  pg_db=${BENCH_PG_DB:-meike_bench_recording}  # created for the run and dropped after it
  export PGPASSWORD=${MEIKE_DB_PASSWORD:-meike}
  runuser -u postgres -- dropdb --if-exists "$pg_db"
  runuser -u postgres -- createdb -O meike "$pg_db"
  trap 'runuser -u postgres -- dropdb --if-exists '$pg_db' 2>/dev/null || true' EXIT
  url="jdbc:postgresql://localhost:5432/$pg_db"; user=meike; password=$PGPASSWORD
else
  rm -f "$data"/sweepdb.*
  url="jdbc:h2:file:$data/sweepdb"; user=sa; password=""
fi

out=$work/figures.env
: >"$out"; : >"$work/run.log"
log "ingest: one hour through the sealed store vs plain copy + fsync"
run -Xmx${heap} ingest "$data" "$ingest_rounds" 2>>"$work/run.log" | tee -a "$out"
log "playback: heap for the hour vs a minute (-Xmx$heap)"
run "-Xmx${heap} -Xmn4m" playback "$data" 2>>"$work/run.log" | tee -a "$out"
log "retention sweep: $sweep_n recordings per run on $db"
run -Xmx512m sweep "$data" "$sweep_n" "$sweep_rounds" "$url" "$user" "$password" 2>>"$work/run.log" | tee -a "$out"
rm -rf "$data/store" "$data/plain" "$data/sweep-store"

python3 "$bench/recording/results.py" "$out" "$bench/results.md" "$db" "$heap"
log "figures written to benchmark/results.md"
