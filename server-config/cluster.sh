#!/usr/bin/env bash
# More than one server on this machine (issue 18; README "More than one server"):
#
#   server-config/cluster.sh            (after a build: mvn -B install -DskipTests)
#
# starts PostgreSQL (.ci/postgresql.sh, database meike_cluster), two WildFly nodes from the one
# provisioned distribution (server-config/target/wildfly) with standalone-full-ha.xml, configured
# by the same server-config/ scripts plus cli/configure-cluster.cli (provision.sh with
# MEIKE_SERVER_CONFIG=standalone-full-ha.xml), the same EAR, and HAProxy (Debian's package) in
# front; waits until all is healthy, prints the addresses and stays in the foreground: Ctrl-C stops
# everything. What differs between the nodes is only what they are started with:
#
#   node   jboss.node.name / jboss.tx.node.id   port offset   HTTP   management   JGroups   base directory
#   a      node-a                               100           8180   10090        7700      .cluster/node-a
#   b      node-b                               200           8280   10190        7800      .cluster/node-b
#   balancer (HAProxy)                                        8000   (admin socket .cluster/haproxy.sock)
#
# Both nodes keep the sealed recordings in one folder, .cluster/recordings (meike.recording.store-dir;
# on separate hosts a shared file system mounted at the same path): a recording uploaded through one
# node plays through the other, and the retention sweep of either node destroys it for good. With
# the default (each node's own data folder) a recording would live only on the node that took it,
# and a sweep on the other node would mark it destroyed while its audio stayed on disk.
#
# The nodes start one after the other (the first one creates the engine's and our tables on an
# empty database; two engines creating them at once would collide). Data survives restarts in
# .cluster/ and the database; --fresh starts from an empty database and empty node folders.
#
# Subcommands (used by benchmark/cluster-crash-test.sh; they return once done):
#   cluster.sh up [--fresh]         start everything in the background, wait until healthy
#   cluster.sh down                 stop the nodes (orderly) and the balancer
#   cluster.sh start <a|b>          start one node and wait until it is healthy
#   cluster.sh stop <a|b>           take a node out of the balancer, then stop it (orderly)
#   cluster.sh kill <a|b>           kill -9 of a node
#   cluster.sh status               which node answers /api/health, and the balancer's view
# Variables: MEIKE_CLUSTER_DIR (.cluster), MEIKE_CLUSTER_EAR (ear/target/meike-privacy.ear),
#   MEIKE_CLUSTER_DB (meike_cluster), MEIKE_LB_PORT (8000), MEIKE_NODE_HEAP (-Xmx768m),
#   MEIKE_CLUSTER_PASSWORD (the brokers' cluster password; demo default "cluster-demo").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
wildfly=$here/target/wildfly
work=${MEIKE_CLUSTER_DIR:-$root/.cluster}
ear=${MEIKE_CLUSTER_EAR:-$root/ear/target/meike-privacy.ear}
lb_port=${MEIKE_LB_PORT:-8000}
heap=${MEIKE_NODE_HEAP:--Xms256m -Xmx768m}
export MEIKE_DB_HOST=${MEIKE_DB_HOST:-localhost} MEIKE_DB_PORT=${MEIKE_DB_PORT:-5432}
export MEIKE_DB_NAME=${MEIKE_CLUSTER_DB:-meike_cluster}
export MEIKE_DB_USER=${MEIKE_DB_USER:-meike_app} MEIKE_DB_PASSWORD=${MEIKE_DB_PASSWORD:-meike_app}
export MEIKE_DB_OWNER_USER=${MEIKE_DB_OWNER_USER:-meike} MEIKE_DB_OWNER_PASSWORD=${MEIKE_DB_OWNER_PASSWORD:-meike}
export MEIKE_CLUSTER_PASSWORD=${MEIKE_CLUSTER_PASSWORD:-cluster-demo}

log() { printf '[cluster %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
offset() { case "$1" in a) echo 100 ;; b) echo 200 ;; *) echo "node a or b, not $1" >&2; exit 2 ;; esac; }
http_port() { echo $((8080 + $(offset "$1"))); }
mgmt_port() { echo $((9990 + $(offset "$1"))); }
node_pid() { cat "$work/node-$1/java.pid" 2>/dev/null || true; }
alive() { local p; p=$(node_pid "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
healthy() { curl -fs -m 5 "http://127.0.0.1:$(http_port "$1")/api/health" > /dev/null 2>&1; }
haproxy_cmd() { # <command> to HAProxy's admin socket
  python3 - "$work/haproxy.sock" "$1" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2] + "\n").encode())
print(s.makefile().read(), end="")
PY
}

# provision: standalone-full-ha.xml of the shared distribution, for PostgreSQL, with the demo
# configuration; again only when a script of server-config/ changed since
provision() {
  [ -x "$wildfly/bin/standalone.sh" ] || { echo "no provisioned WildFly at $wildfly: build first (mvn -B install -DskipTests)" >&2; exit 1; }
  [ -f "$ear" ] || { echo "no EAR at $ear: build first (mvn -B install -DskipTests)" >&2; exit 1; }
  local cfg=$wildfly/standalone/configuration/standalone-full-ha.xml stamp=$wildfly/standalone/configuration/.meike-ha-provisioned
  if [ ! -f "$stamp" ] || [ -n "$(find "$here/cli" "$here/provision.sh" "$here/partners.txt" -newer "$stamp" -print -quit)" ] \
      || ! grep -q 'TCPPING' "$cfg"; then
    log "provisioning $cfg (PostgreSQL, demo, cluster)"
    MEIKE_SERVER_CONFIG=standalone-full-ha.xml "$here/provision.sh" "$wildfly" postgresql true "$here/target/drivers/postgresql.jar" >&2
    touch "$stamp"
  fi
}

# node_base <a|b> [fresh]: the node's own base directory (configuration, data, logs, deployments)
node_base() {
  local base=$work/node-$1
  if [ "${2:-}" = fresh ] || [ ! -d "$base/configuration" ]; then
    rm -rf "$base"; mkdir -p "$work"
    cp -r "$wildfly/standalone" "$base"
    rm -rf "$base/data" "$base/log" "$base/tmp" "$base/deployments/"*
  fi
  # always the configuration just provisioned, and the EAR asked for
  cp "$wildfly/standalone/configuration/standalone-full-ha.xml" "$wildfly/standalone/configuration/"application-*.properties "$base/configuration/"
  if ! cmp -s "$ear" "$base/deployments/meike-privacy.ear"; then
    rm -f "$base/deployments/meike-privacy.ear".*
    cp "$ear" "$base/deployments/meike-privacy.ear"
  fi
}

start_node() {
  local n=$1 base=$work/node-$1 started
  if alive "$n"; then log "node-$n already runs (pid $(node_pid "$n"))"; return 0; fi
  [ -d "$base/configuration" ] || node_base "$n"
  rm -f "$base/java.pid"
  mkdir -p "$work/recordings"; chmod 700 "$work/recordings"
  started=$(date +%s)
  # setsid: the node is not in this shell's process group, so a Ctrl-C of a script that started it
  # reaches the node only through `cluster.sh down`
  JBOSS_PIDFILE=$base/java.pid LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="$heap -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true" \
    setsid "$wildfly/bin/standalone.sh" -c standalone-full-ha.xml -Djboss.server.base.dir="$base" \
    -Djboss.node.name="node-$n" -Djboss.tx.node.id="node-$n" -Dmeike.recording.store-dir="$work/recordings" \
    -Djboss.socket.binding.port-offset="$(offset "$n")" >> "$base/console.log" 2>&1 < /dev/null 9>&- &
  for _ in $(seq 1 400); do
    if healthy "$n"; then log "node-$n healthy on :$(http_port "$n") after $(( $(date +%s) - started )) s"; return 0; fi
    if [ -f "$base/java.pid" ] && ! alive "$n"; then break; fi
    sleep 1
  done
  tail -40 "$base/log/server.log" >&2 || true
  echo "node-$n did not become healthy" >&2
  exit 1
}

kill_node() {
  local p; p=$(node_pid "$1")
  [ -n "$p" ] || return 0
  kill -KILL "$p" 2>/dev/null || true
  while kill -0 "$p" 2>/dev/null; do sleep 0.2; done
  log "node-$1 killed (kill -9 of pid $p)"
}

stop_node() {
  local p; p=$(node_pid "$1")
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null || return 0
  # out of the balancer first: new requests go to the other node, requests under way finish
  [ -S "$work/haproxy.sock" ] && haproxy_cmd "set server nodes/node-$1 state drain" > /dev/null 2>&1 || true
  sleep 2
  # graceful: the node suspends (refuses new work, lets requests and transactions under way
  # finish, up to 20 s), then stops
  "$wildfly/bin/jboss-cli.sh" -c "--controller=remote+http://127.0.0.1:$(mgmt_port "$1")" \
    --command=":shutdown(suspend-timeout=20)" > /dev/null 2>&1 9>&- || kill -TERM "$p" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
  kill_node "$1"
  [ -S "$work/haproxy.sock" ] && haproxy_cmd "set server nodes/node-$1 state ready" > /dev/null 2>&1 || true
  log "node-$1 stopped"
}

start_balancer() {
  if [ -f "$work/haproxy.pid" ] && kill -0 "$(cat "$work/haproxy.pid")" 2>/dev/null; then return 0; fi
  command -v haproxy > /dev/null || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }
  mkdir -p "$work"
  # HAProxy (Debian's package) in HTTP mode: /api, /engine-rest and /camunda, and the partners'
  # Artemis connections, which start as HTTP and upgrade (then HAProxy only passes bytes, tunnel
  # timeout). Sticky by cookie MEIKE_NODE for Tasklist's session; a node answering /api/health with
  # anything but 200 (or not at all) is out after two checks a second apart. A request whose
  # connection to a node fails is sent to the other one (redispatch); a GET or HEAD whose node died
  # under it (no answer) is asked again of the other node; any other request already sent is
  # never repeated by the balancer (not idempotent: the client decides).
  cat > "$work/haproxy.cfg" <<CFG
global
    maxconn 4096
    stats socket $work/haproxy.sock mode 600 level admin
defaults
    mode http
    option forwardfor
    option redispatch
    retries 3
    retry-on conn-failure empty-response response-timeout
    timeout connect 2s
    timeout client 5m
    timeout server 5m
    timeout tunnel 1h
frontend meike
    bind 127.0.0.1:$lb_port
    default_backend nodes
    http-request disable-l7-retry unless { method GET HEAD }
backend nodes
    balance roundrobin
    cookie MEIKE_NODE insert indirect nocache httponly
    option httpchk GET /api/health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node-a 127.0.0.1:$(http_port a) check cookie a
    server node-b 127.0.0.1:$(http_port b) check cookie b
CFG
  haproxy -c -q -f "$work/haproxy.cfg"
  haproxy -D -f "$work/haproxy.cfg" -p "$work/haproxy.pid" 9>&-
  log "HAProxy on :$lb_port (pid $(cat "$work/haproxy.pid"))"
}

stop_balancer() {
  if [ -f "$work/haproxy.pid" ]; then kill "$(cat "$work/haproxy.pid")" 2>/dev/null || true; rm -f "$work/haproxy.pid"; fi
}

database() {
  # .ci/postgresql.sh needs root (it installs and configures Debian's PostgreSQL)
  "$root/.ci/postgresql.sh" --database "$MEIKE_DB_NAME" ${1:+--fresh} >&2
}

up() {
  local fresh=""; [ "${1:-}" = --fresh ] && fresh=fresh
  provision
  database $fresh
  node_base a $fresh; node_base b $fresh
  start_balancer
  start_node a
  start_node b
}

down() { stop_node b; stop_node a; stop_balancer; }

status() {
  for n in a b; do
    if healthy "$n"; then echo "node-$n: healthy (pid $(node_pid "$n"))"; elif alive "$n"; then echo "node-$n: running, not healthy"; else echo "node-$n: down"; fi
  done
  [ -S "$work/haproxy.sock" ] && haproxy_cmd "show servers state nodes" | awk 'NR>2 {print "balancer: " $4 " operational state " $6 " (2 = up)"}' || echo "balancer: down"
}

case "${1:-}" in
  up) shift; up "$@" ;;
  down) down ;;
  start) start_node "$2" ;;
  stop) stop_node "$2" ;;
  kill) kill_node "$2" ;;
  status) status ;;
  ""|--fresh)
    trap 'down' EXIT
    up "$@"
    cat <<TXT
Two nodes behind HAProxy, on PostgreSQL database $MEIKE_DB_NAME:
  http://localhost:$lb_port/camunda     Tasklist, Cockpit, Admin (sticky: cookie MEIKE_NODE)
  http://localhost:$lb_port/api         the REST API (either node)
  tcp://localhost:$lb_port?httpUpgradeEnabled=true&enable1xPrefixes=true&useTopologyForLoadBalancing=false&reconnectAttempts=-1   partners (docs/partners.md)
  node-a http://localhost:$(http_port a)   node-b http://localhost:$(http_port b)   logs .cluster/node-*/log/server.log
Demo logins as for ./run.sh. Ctrl-C stops the nodes and the balancer (PostgreSQL keeps running).
TXT
    while true; do sleep 3600; done ;;
  *) echo "usage: $0 [--fresh] | up [--fresh] | down | start|stop|kill <a|b> | status" >&2; exit 2 ;;
esac
