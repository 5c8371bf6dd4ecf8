# Shared by the benchmarks and crash tests of this folder (sourced, not run): the provisioned
# WildFly of server-config/target/wildfly with a copy of the built EAR plus benchmark.war (the
# driver, never part of the application), in its own base directory under benchmark/target/,
# port offset PARTNER_PORT_OFFSET (default 200: HTTP 8280, management 10190), so a ./run.sh server
# on 8080 is left alone. Holds /tmp/meike-it.lock while it runs (one test server at a time).
# Needs a build first: `mvn -B install -DskipTests` (what ./run.sh does), for ear/target, the
# partner client jar, server-config/target/wildfly and the artifacts benchmark.war compiles against.

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$bench")
offset=${PARTNER_PORT_OFFSET:-200}
http_port=$((8080 + offset))
mgmt_port=$((9990 + offset))
# PARTNER_WILDFLY: another provisioned server (e.g. one provisioned for PostgreSQL with
# server-config/provision.sh <dir> postgresql true <driver.jar>, run with the MEIKE_DB_* variables)
wildfly=${PARTNER_WILDFLY:-$root/server-config/target/wildfly}
client_jar=$root/partner-client/target/meike-partner-client.jar
broker_url="tcp://127.0.0.1:$http_port?httpUpgradeEnabled=true&enable1xPrefixes=true"
partners=(getui huawei-push amap sms email wechat-pay alipay analytics)
server_pid=""

log() { printf '[%s %s] %s\n' "$(basename "$0" .sh)" "$(date -u +%H:%M:%S)" "$*" >&2; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# take_lock: one test WildFly at a time on this machine, for as long as this script runs
take_lock() {
  # MEIKE_IT_LOCK_HELD=1: a caller already holds it for this run (flock /tmp/meike-it.lock ...)
  [ -n "${MEIKE_IT_LOCK_HELD:-}" ] && return 0
  exec 9> /tmp/meike-it.lock
  log "waiting for /tmp/meike-it.lock"
  flock 9
  for port in "$http_port" "$mgmt_port"; do
    if port_in_use "$port"; then echo "port $port is in use; stop that server first" >&2; exit 1; fi
  done
}

# build_ear <work dir>: benchmark.war into a copy of ear/target/meike-privacy.ear -> <work>/meike-privacy-partner.ear
build_ear() {
  local work=$1 staging=$1/ear-staging
  for f in "$root/ear/target/meike-privacy.ear" "$client_jar" "$wildfly/bin/standalone.sh"; do
    [ -e "$f" ] || { echo "missing $f: build first (mvn -B install -DskipTests)" >&2; exit 1; }
  done
  log "building benchmark.war (mvn -o -q -f benchmark/pom.xml package)"
  # (MAVEN_OPTS=-Dmaven.repo.local=… to build against another local repository)
  (cd "$root" && mvn -B -o -q -f benchmark/pom.xml package -DskipTests) > "$work/build-benchmark-war.log" 2>&1 \
    || { cat "$work/build-benchmark-war.log"; echo "benchmark.war build failed" >&2; exit 1; }
  ear=$work/meike-privacy-partner.ear
  rm -rf "$staging"; mkdir -p "$staging/META-INF"
  cp "$root/ear/target/meike-privacy.ear" "$ear"
  unzip -p "$ear" META-INF/application.xml > "$staging/META-INF/application.xml"
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
}

# fresh_base <work dir>: a new server base directory (empty database and broker journal) with the EAR;
# on PostgreSQL (MEIKE_DB_NAME set) the database's public schema is emptied too — use a database
# of your own for this.
fresh_base() {
  base=$1/standalone
  if [ -n "${MEIKE_DB_NAME:-}" ]; then
    log "emptying PostgreSQL database $MEIKE_DB_NAME on ${MEIKE_DB_HOST:-localhost}"
    PGPASSWORD=${MEIKE_DB_PASSWORD:-} psql -q -h "${MEIKE_DB_HOST:-localhost}" -p "${MEIKE_DB_PORT:-5432}" \
      -U "${MEIKE_DB_USER:-meike}" -d "$MEIKE_DB_NAME" -c 'drop schema public cascade; create schema public' >&2
  fi
  rm -rf "$base"
  cp -r "$wildfly/standalone" "$base"
  rm -rf "$base/data" "$base/log" "$base/tmp" "$base/deployments/"*
  cp "$ear" "$base/deployments/"
}

# start_server: starts WildFly on $base and waits (up to 5 min) until /api/health answers 200
start_server() {
  local pidfile=$base/java.pid started
  rm -f "$pidfile"
  started=$(date +%s)
  JBOSS_PIDFILE=$pidfile LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true}" \
    "$wildfly/bin/standalone.sh" -c standalone-full.xml -Djboss.server.base.dir="$base" \
    -Djboss.socket.binding.port-offset="$offset" >> "$base/console.log" 2>&1 &
  for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$http_port/api/health" > /dev/null 2>&1; then
      server_pid=$(cat "$pidfile")
      log "server up (pid $server_pid) after $(( $(date +%s) - started )) s"
      return 0
    fi
    sleep 1
  done
  tail -60 "$base/log/server.log" >&2 || true
  echo "server did not become healthy within 5 minutes" >&2
  exit 1
}

# kill9_server: kill -9 of the server's JVM, waits until it is gone
kill9_server() {
  [ -n "$server_pid" ] || return 0
  kill -KILL "$server_pid" 2>/dev/null || true
  while kill -0 "$server_pid" 2>/dev/null; do sleep 0.2; done
  server_pid=""
}

# kill9_at_random_moments <kills> <min s> <max s> <describe> <finished> <what> [<going on>]: the
# crash tests' kills. <kills> times: waits a random <min>..<max> seconds, logs <describe>'s output,
# says so when <finished> finds <what> already done (the remaining kills would test nothing), and
# kills the server with kill -9; starts it again between kills, not after the last. With <going on>,
# that command runs before each wait and returns once the work goes on (after a restart, a job the
# killed server held waits for its lock to expire).
kill9_at_random_moments() {
  local kills=$1 min_s=$2 max_s=$3 describe=$4 finished=$5 what=$6 going_on=${7:-} k wait_s
  for k in $(seq 1 "$kills"); do
    if [ "$k" -gt 1 ]; then start_server; fi
    if [ -n "$going_on" ]; then "$going_on"; fi
    wait_s=$(python3 -c "import random; print(round(random.uniform($min_s, $max_s), 2))")
    sleep "$wait_s"
    log "kill -9 #$k after ${wait_s} s: $("$describe" || echo '(no answer)')"
    if "$finished"; then
      log "$what finished before kill #$k: the remaining kills would test nothing; use more people"
    fi
    kill9_server
  done
}

# stop_server: orderly shutdown (kill -9 after a minute)
stop_server() {
  [ -n "$server_pid" ] || return 0
  kill -TERM "$server_pid" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
  kill9_server
}
