#!/usr/bin/env bash
# Issue 11: the raw engine of the approval figure outside any server (StandaloneRawEngine: same
# BPMN, no-op delegates, history full, no authorization; the engine's own JDBC transactions and
# pool) on a local PostgreSQL database made for the run and dropped after it, with the clients and
# times of benchmark/run.sh. Compare with the raw engine inside the server (benchmark/run.sh with
# BENCH_DB=postgresql) run right before or after: instances per second and CPU per instance.
#   benchmark/standalone-raw.sh            RAW_CLIENTS (2) RAW_WARMUP (15 s) RAW_SECONDS (16 s)
# Needs the project installed in the local Maven repository (mvn install -DskipTests) and the role
# meike of .ci/postgresql.sh. Starts no WildFly, so it needs no IT lock.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
database=meike_raw_standalone
clients=${RAW_CLIENTS:-2}; warmup=${RAW_WARMUP:-15}; seconds=${RAW_SECONDS:-16}
mkdir -p "$bench/target"
# from the project's root, where its .mvn configuration is
(cd "$bench/.." && mvn -B -o -q -f benchmark/pom.xml compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/standalone-raw.classpath) \
  > "$bench/target/standalone-raw-build.log" 2>&1 || { cat "$bench/target/standalone-raw-build.log"; exit 1; }
cd "$bench"
classpath="target/classes:$(cat target/standalone-raw.classpath)"
rm -rf target/standalone-classes
javac -d target/standalone-classes -cp "$classpath" standalone/src/com/meike/privacy/benchmark/*.java
runuser -u postgres -- dropdb --if-exists "$database"
runuser -u postgres -- createdb -O meike "$database"
trap 'runuser -u postgres -- dropdb --if-exists "$database"' EXIT
java -Xms256m -Xmx1g -cp "target/standalone-classes:$classpath" \
  com.meike.privacy.benchmark.StandaloneRawEngine "jdbc:postgresql://localhost:5432/$database" \
  meike "${MEIKE_DB_PASSWORD:-meike}" "$clients" "$warmup" "$seconds" 2> target/standalone-raw.log
