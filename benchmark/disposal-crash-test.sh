#!/usr/bin/env bash
# The kill -9 test of a shutdown's disposal (issue 16: "disposal works in batches with one
# transaction per batch, resumes after a crash, and is idempotent"):
#
#   benchmark/disposal-crash-test.sh            (after a build: mvn -B install -DskipTests)
#
# Starts the provisioned WildFly (demo configuration, H2) with the EAR and the driver WAR on a fresh
# database and broker journal, seeds DISPOSAL_CRASH_PEOPLE (20000) people with one ended order each
# in Shanghai (in bulk) and walks `shutdown-data-disposal` for the home-visit service in Shanghai as
# ShutdownIT does: the head of operations asks (the process starts at its start event), the privacy
# officer approves, the notices go out through the server's own jobs, the shutdown date's timer is
# moved to now; the server's job executor then disposes of a batch of 2,000 people per job. Kills the
# server with kill -9 DISPOSAL_CRASH_KILLS (3) times, each at a random moment DISPOSAL_CRASH_MIN..MAX
# (0.2..2.5) seconds after the disposal was seen to go on (a batch committed), and starts it again —
# nobody restarts the disposal; the job the killed server held runs again once its lock expires (the
# server runs with meike.engine.job-lock-time DISPOSAL_CRASH_LOCK seconds, 120, instead of 5 minutes:
# longer than the notice job, which puts 20,000 people into the campaign in one transaction and took
# 80 s under a load of 25 — with a 30 s lock a second thread ran it alongside and it failed).
# After the last restart it waits for the verification's sign-off task, signs off as the privacy
# officer and checks: every order of the city anonymised exactly once (none still naming anyone, the
# order context's count on the shutdown and the people the batches' audit entries name both equal to
# the people), every person counted once by the shutdown, every person with the same number of
# archive-vault records (none half-disposed, none twice), the verification zero, the process ended,
# no job failed, and at least one kill hit the disposal mid-way.
# Prints PASS or FAIL (exit 1). Output and server logs: benchmark/target/disposal-crash/.
#   DISPOSAL_CRASH_PEOPLE (20000), DISPOSAL_CRASH_KILLS (3), DISPOSAL_CRASH_MIN (0.2),
#   DISPOSAL_CRASH_MAX (2.5), DISPOSAL_CRASH_LOCK (120), DISPOSAL_CRASH_WORK, PARTNER_PORT_OFFSET (200);
#   on PostgreSQL: PARTNER_WILDFLY and MEIKE_DB_* (see partner-server.sh; the database is emptied).
set -euo pipefail
# shellcheck source=partner-server.sh
. "$(dirname "$0")/partner-server.sh"

people=${DISPOSAL_CRASH_PEOPLE:-20000}
kills=${DISPOSAL_CRASH_KILLS:-3}
min_s=${DISPOSAL_CRASH_MIN:-0.2}
max_s=${DISPOSAL_CRASH_MAX:-2.5}
lock_s=${DISPOSAL_CRASH_LOCK:-120}
work=${DISPOSAL_CRASH_WORK:-$bench/target/disposal-crash}
api=http://127.0.0.1:$http_port
run_started=$(date +%s)
# a job held by a killed server runs again after lock_s instead of 5 minutes; the campaign's timer
# every 200 ms (as in campaign-crash-test.sh) so that the notices before the date go out quickly
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true} -Dmeike.engine.job-lock-time=PT${lock_s}S -Dmeike.notification.campaign-interval=PT0.2S"

take_lock
rm -rf "$work"; mkdir -p "$work"
trap 'stop_server' EXIT
build_ear "$work"
fresh_base "$work"

state() { curl -fsS "$api/benchmark/disposal-crash/state?shutdown=$shutdown"; }
post() { curl -fsS -X POST "$api/benchmark/disposal-crash/$1?shutdown=$shutdown"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

# the kills that found the disposal under way (a kill after it finished tests nothing)
hits=0
disposal_finished() {
  if state | grep -q '"state":"DISPOSING"'; then hits=$((hits + 1)); return 1; fi
  return 0
}
# returns once a batch committed since the server came up (or the disposal is over)
disposal_going_on() {
  local before s i
  before=$(state | field peopleDisposed)
  for i in $(seq 1 1200); do
    s=$(state)
    if [ "$(echo "$s" | field peopleDisposed)" != "$before" ] \
      || ! echo "$s" | grep -qE '"state":"(NOTIFIED|DISPOSING)"'; then
      log "the disposal goes on: $(echo "$s" | field peopleDisposed) people disposed"
      return 0
    fi
    sleep 0.25
  done
  log "the disposal did not go on within 5 minutes: $s"
}

start_server
log "seeding $people people in Shanghai, requesting and approving the shutdown of home-visit.shanghai"
shutdown=$(curl -fsS --max-time 900 -X POST "$api/benchmark/disposal-crash/start?people=$people" | field shutdown)
log "shutdown $shutdown approved; waiting for the notices, then moving the shutdown date's timer to now"
for i in $(seq 1 240); do
  if [ "$(post date | field moved)" = True ]; then break; fi
  [ $((i % 12)) = 1 ] && log "notices going out: $(state)"
  sleep 5
done
disposal_started=$(date +%s)
log "the shutdown date is now: $(state)"

kill9_at_random_moments "$kills" "$min_s" "$max_s" state disposal_finished "the disposal" disposal_going_on

start_server
last_restart=$(date +%s)
log "last start: waiting for the disposal, its verification and the sign-off task"
signed=""
for i in $(seq 1 360); do
  s=$(state)
  if echo "$s" | grep -q '"processEnded":true'; then break; fi
  if [ -z "$signed" ] && echo "$s" | grep -q '"UserTask_SignOff"'; then
    settled=$(( $(date +%s) - last_restart ))
    log "verified $settled s after the last restart; the privacy officer signs off: $(post sign-off)"
    signed=yes
  fi
  [ $((i % 12)) = 1 ] && log "waiting: $s"
  sleep 5
done
settled=${settled:-$(( $(date +%s) - last_restart ))}
state > "$work/state.json"
log "done: $(cat "$work/state.json")"
log "run took $(( $(date +%s) - run_started )) s, $(( $(date +%s) - disposal_started )) s of them from the shutdown date"
cp "$base/log/server.log" "$work/server.log" 2>/dev/null || true

python3 - "$work" "$kills" "$hits" "$people" "$settled" <<'PY'
import json, os, sys
work, kills, hits, people, settled = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
s = json.load(open(os.path.join(work, "state.json")))
s.update({"kills": kills, "killsDuringDisposal": hits, "people": people,
          "secondsToSignOffAfterLastRestart": settled})
ok = (s["processEnded"] and s["state"] == "VERIFIED" and s["peopleAfter"] == 0
      and s["ordersNamed"] == 0 and s["ordersAnonymised"] == people
      and s["orderCountAnonymised"] == people and s["peopleDisposed"] == people
      and s["auditedPeople"] == people and s["vaultPeople"] == people
      and s["vaultRecordsPerPersonMin"] == s["vaultRecordsPerPersonMax"] > 0
      and s["vaultRecords"] == people * s["vaultRecordsPerPersonMax"]
      and s["jobsWithException"] == 0 and hits > 0)
json.dump(s, open(os.path.join(work, "verdict.json"), "w"), indent=2)
print(json.dumps(s))
print(("PASS" if ok else "FAIL") + f": {kills} kill -9 ({hits} during the disposal) of {people} people;"
      f" {s['ordersAnonymised']} orders anonymised, {s['ordersNamed']} still naming someone; the shutdown"
      f" counts {s['peopleDisposed']} people disposed, the order context {s['orderCountAnonymised']}"
      f" anonymised, its {s['auditedBatches']} batch audit entries {s['auditedPeople']} people;"
      f" {s['vaultPeople']} people in the archive vault with {s['vaultRecordsPerPersonMin']}.."
      f"{s['vaultRecordsPerPersonMax']} records each ({s['vaultRecords']} in all); verification left"
      f" {s['peopleAfter']}, shutdown {s['state']}, process ended {s['processEnded']},"
      f" {s['jobsWithException']} failed jobs; verified {settled} s after the last restart"
      f" (details: {work}/verdict.json)")
sys.exit(0 if ok else 1)
PY
