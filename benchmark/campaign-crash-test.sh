#!/usr/bin/env bash
# The kill -9 test of a notice campaign (issue 14, INC-2: "every affected person gets exactly one
# notice, none is lost, none is sent twice"):
#
#   benchmark/campaign-crash-test.sh            (after a build: mvn -B install -DskipTests)
#
# Starts the provisioned WildFly (demo configuration, H2) with the EAR and the driver WAR on a fresh
# database and broker journal, starts a notice campaign to CAMPAIGN_CRASH_PEOPLE (100000) people
# (seeded in bulk; each a push to getui, as in campaign-benchmark.sh) and lets the server's own timer
# send it; kills the server with kill -9 CAMPAIGN_CRASH_KILLS (3) times, each at a random moment
# CAMPAIGN_CRASH_MIN..MAX (3..15) seconds after it came up, and starts it again — the campaign
# carries on from the recipient table, nobody restarts it. After the last restart it waits until
# the campaign is finished and no outbox row is pending, then the reference partner client drains
# partner.getui.outbound, and the test checks that every person's recipient row is sent under the
# name-based message id of campaign and person, that each has exactly one notice row and one
# outbox row, and that the queue held every one of those message ids exactly once and nothing else.
# Prints PASS or FAIL (exit 1). Output and server logs: benchmark/target/campaign-crash/.
#   CAMPAIGN_CRASH_PEOPLE (100000), CAMPAIGN_CRASH_KILLS (3), CAMPAIGN_CRASH_MIN (3),
#   CAMPAIGN_CRASH_MAX (15), CAMPAIGN_CRASH_WORK, PARTNER_PORT_OFFSET (200); on PostgreSQL:
#   PARTNER_WILDFLY and MEIKE_DB_* (see partner-server.sh; the database is emptied first).
set -euo pipefail
# shellcheck source=partner-server.sh
. "$(dirname "$0")/partner-server.sh"

people=${CAMPAIGN_CRASH_PEOPLE:-100000}
kills=${CAMPAIGN_CRASH_KILLS:-3}
min_s=${CAMPAIGN_CRASH_MIN:-3}
max_s=${CAMPAIGN_CRASH_MAX:-15}
work=${CAMPAIGN_CRASH_WORK:-$bench/target/campaign-crash}
api=http://127.0.0.1:$http_port
run_started=$(date +%s)
export MEIKE_PARTNER_PASSWORD=demo   # the demo configuration's partner password
# the campaign timer every 200 ms instead of 2 s (as in campaign-benchmark.sh)
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true} -Dmeike.notification.campaign-interval=PT0.2S"

take_lock
rm -rf "$work"; mkdir -p "$work"
trap 'stop_server' EXIT
build_ear "$work"
fresh_base "$work"

state() { curl -fsS "$api/benchmark/campaign-crash/state?campaign=$campaign$1"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

start_server
log "starting a campaign to $people people (seeded in bulk)"
campaign=$(curl -fsS --max-time 900 -X POST "$api/benchmark/campaign-crash/start?people=$people" | field campaign)
log "campaign $campaign running"
campaign_state() { state ""; }
campaign_finished() { state "" | grep -q '"state":"FINISHED"'; }
kill9_at_random_moments "$kills" "$min_s" "$max_s" campaign_state campaign_finished "the campaign"

start_server
last_restart=$(date +%s)
log "last start: waiting for the campaign to finish and the outbox to empty"
for i in $(seq 1 720); do
  s=$(state "")
  if echo "$s" | grep -q '"state":"FINISHED"' && [ "$(echo "$s" | field outboxPending)" = 0 ]; then break; fi
  [ $((i % 12)) = 1 ] && log "waiting: $s"
  sleep 5
done
settled=$(( $(date +%s) - last_restart ))
log "done $settled s after the last restart: $(state "")"
state "&ids=true" > "$work/state.json"
log "the reference partner client drains partner.getui.outbound"
java -jar "$client_jar" --partner getui --url "$broker_url" --idle-seconds 30 > "$work/received-getui.txt" 2>> "$work/clients.log"
log "run took $(( $(date +%s) - run_started )) s"
cp "$base/log/server.log" "$work/server.log" 2>/dev/null || true

python3 - "$work" "$kills" "$people" "$settled" <<'PY'
import collections, json, os, re, sys
work, kills, people, settled = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
state = json.load(open(os.path.join(work, "state.json")))
received = collections.Counter()
for line in open(os.path.join(work, "received-getui.txt"), encoding="utf-8"):
    m = re.match(r"--- \S+  \S+ v\d+  messageId (\S+)", line)
    if m:
        received[m.group(1)] += 1
expected = state["expected"]
expected_set = set(expected)
duplicates = {m: n for m, n in received.items() if n > 1}
lost = expected_set - set(received)
phantom = set(received) - expected_set
summary = {
    "kills": kills, "people": people, "campaignState": state["state"], "selected": state["selected"],
    "sent": state["sent"], "unreached": state["unreached"], "recipientsNotSent": state["recipientsNotSent"],
    "wrongMessageIds": state["wrongMessageIds"], "noticeRows": state["noticeRows"], "outboxRows": state["outboxRows"],
    "outboxPending": state["outboxPending"], "outboxDead": state["outboxDead"],
    "expectedMessages": len(expected), "distinctExpected": len(expected_set),
    "receivedMessages": sum(received.values()), "distinctReceived": len(received),
    "duplicates": len(duplicates), "lost": len(lost), "notOfTheCampaign": len(phantom),
    "secondsToDoneAfterLastRestart": settled,
}
json.dump({"summary": summary, "duplicates": duplicates, "lost": sorted(lost)[:1000],
           "notOfTheCampaign": sorted(phantom)[:1000]}, open(os.path.join(work, "verdict.json"), "w"), indent=2)
ok = (state["state"] == "FINISHED" and state["selected"] == people and state["sent"] == people
      and state["recipients"] == people and state["recipientsNotSent"] == 0 and state["wrongMessageIds"] == 0
      and state["noticeRows"] == people and state["outboxRows"] == people and state["outboxPending"] == 0
      and state["outboxDead"] == 0 and len(expected) == people and len(expected_set) == people
      and not duplicates and not lost and not phantom)
print(json.dumps(summary))
print(("PASS" if ok else "FAIL") + f": {kills} kill -9 during a campaign to {people} people; {state['sent']} sent,"
      f" {state['noticeRows']} notice rows, {state['outboxRows']} outbox rows, {len(received)} distinct messages"
      f" received ({sum(received.values())} in all), {len(duplicates)} duplicated, {len(lost)} lost,"
      f" {len(phantom)} not of the campaign, {state['wrongMessageIds']} with another message id;"
      f" done {settled} s after the last restart (details: {work}/verdict.json)")
sys.exit(0 if ok else 1)
PY
