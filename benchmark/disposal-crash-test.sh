#!/usr/bin/env bash
# The kill -9 test of a shutdown's disposal (issue 16: "disposal works in batches with one
# transaction per batch, resumes after a crash, and is idempotent"):
#
#   benchmark/disposal-crash-test.sh            (after a build: mvn -B install -DskipTests)
#
# Starts the provisioned WildFly (demo configuration, H2) with the EAR and the driver WAR on a fresh
# database and broker journal, seeds DISPOSAL_CRASH_PEOPLE (20000) people with one ended order each
# in Shanghai and starts `shutdown-data-disposal` for the home-visit service in Shanghai at its
# disposal (as after the shutdown date's timer); the server's own job executor disposes of a batch
# per job. Kills the server with kill -9 DISPOSAL_CRASH_KILLS (2) times, each at a random moment
# DISPOSAL_CRASH_MIN..MAX (2..8) seconds after it came up, and starts it again — nobody restarts the
# disposal. After the last restart it waits until the process reaches the privacy officer's sign-off
# (at most 15 minutes: a job the killed server held stays locked for the engine's lock time, 5
# minutes) and checks: every person disposed (no order in Shanghai names anyone, every order anonymised), the
# shutdown counts exactly those people, and every person has the same number of archive-vault
# records — none half-disposed, none disposed twice — and no job failed.
# NOT WORKING YET (docs/known-limits.md, shutdown bullet): the engine refuses the driver's start
# before the disposal batch; the driver must walk the process from its start event instead.
# Prints PASS or FAIL (exit 1). Output and server log: benchmark/target/disposal-crash/.
#   DISPOSAL_CRASH_PEOPLE (20000), DISPOSAL_CRASH_KILLS (2), DISPOSAL_CRASH_MIN (2),
#   DISPOSAL_CRASH_MAX (8), PARTNER_PORT_OFFSET (200); on PostgreSQL: PARTNER_WILDFLY and MEIKE_DB_*
#   (see partner-server.sh; the database is emptied first).
set -euo pipefail
# shellcheck source=partner-server.sh
. "$(dirname "$0")/partner-server.sh"

people=${DISPOSAL_CRASH_PEOPLE:-20000}
kills=${DISPOSAL_CRASH_KILLS:-2}
min_s=${DISPOSAL_CRASH_MIN:-2}
max_s=${DISPOSAL_CRASH_MAX:-8}
work=$bench/target/disposal-crash
api=http://127.0.0.1:$http_port
run_started=$(date +%s)
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true}"

take_lock
rm -rf "$work"; mkdir -p "$work"
trap 'stop_server' EXIT
build_ear "$work"
fresh_base "$work"

state() { curl -fsS "$api/benchmark/disposal-crash/state?shutdown=$shutdown"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

start_server
log "seeding $people people in Shanghai and starting the disposal"
shutdown=$(curl -fsS --max-time 900 -X POST "$api/benchmark/disposal-crash/start?people=$people" | field shutdown)
log "shutdown $shutdown disposing"
for k in $(seq 1 "$kills"); do
  if [ "$k" -gt 1 ]; then start_server; log "after restart: $(state || echo '(no answer)')"; fi
  wait_s=$(python3 -c "import random; print(round(random.uniform($min_s, $max_s), 2))")
  sleep "$wait_s"
  s=$(state || echo '{}')
  log "kill -9 #$k after ${wait_s} s: $s"
  if echo "$s" | grep -q '"ordersNamed":0,'; then
    log "the disposal finished before kill #$k: the remaining kills would test nothing; use more people"
  fi
  kill9_server
done

start_server
last_restart=$(date +%s)
log "after the last restart: $(state)"
for i in $(seq 1 180); do
  s=$(state)
  if echo "$s" | grep -q '"atSignOff":true'; then break; fi
  [ $((i % 12)) = 1 ] && log "waiting: $s"
  sleep 5
done
settled=$(( $(date +%s) - last_restart ))
state > "$work/state.json"
log "done $settled s after the last restart: $(cat "$work/state.json")"
log "run took $(( $(date +%s) - run_started )) s"
cp "$base/log/server.log" "$work/server.log" 2>/dev/null || true

python3 - "$work" "$kills" "$people" "$settled" <<'PY'
import json, os, sys
work, kills, people, settled = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
s = json.load(open(os.path.join(work, "state.json")))
s.update({"kills": kills, "people": people, "secondsToSignOffAfterLastRestart": settled})
ok = (s["atSignOff"] and s["ordersNamed"] == 0 and s["ordersAnonymised"] == people
      and s["peopleDisposed"] == people and s["vaultPeople"] == people
      and s["vaultRecordsPerPersonMin"] == s["vaultRecordsPerPersonMax"] > 0
      and s["vaultRecords"] == people * s["vaultRecordsPerPersonMax"] and s["jobsWithException"] == 0)
json.dump(s, open(os.path.join(work, "verdict.json"), "w"), indent=2)
print(json.dumps(s))
print(("PASS" if ok else "FAIL") + f": {kills} kill -9 during the disposal of {people} people;"
      f" {s['ordersAnonymised']} orders anonymised, {s['ordersNamed']} still naming someone,"
      f" {s['peopleDisposed']} counted disposed, {s['vaultPeople']} people in the archive vault with"
      f" {s['vaultRecordsPerPersonMin']}..{s['vaultRecordsPerPersonMax']} records each"
      f" ({s['vaultRecords']} in all), {s['jobsWithException']} failed jobs; shutdown {s['state']},"
      f" at sign-off {settled} s after the last restart (details: {work}/verdict.json)")
sys.exit(0 if ok else 1)
PY
