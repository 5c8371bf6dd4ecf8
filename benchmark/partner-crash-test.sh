#!/usr/bin/env bash
# The kill -9 test of partner delivery (issue 5, "Reliability"; see docs/partners.md):
#
#   benchmark/partner-crash-test.sh            (after a build: mvn -B install -DskipTests)
#
# Starts the provisioned WildFly (demo configuration, H2) with the EAR and a driver WAR on a fresh
# database and broker journal, and repeatedly: drives business changes on PARTNER_CRASH_CLIENTS
# threads — each a new person accepting the policy and binding a payment account, with 10 messages
# to 8 partners in the same transaction, every 5th change rolled back on purpose — kills the server
# with kill -9 at a random moment (PARTNER_CRASH_MIN..MAX seconds into the load) and starts it again.
# Partner sms is online between crashes (the reference client drains its queue after each restart);
# the other seven stay offline for the whole run. At the end the reference partner client drains
# every partner's queue, and the test checks against the database that every committed change has
# all 10 of its messages delivered exactly once (counted by messageId), that no change was committed
# half, and that nothing of a rolled-back change exists or was delivered. Prints PASS or FAIL and
# exits 1 on FAIL. Output and server logs: benchmark/target/partner-crash/.
# After the last restart every outbox row must be handed over (0 pending, no dead letter) within
# PARTNER_CRASH_SETTLE seconds (120), or it is a FAIL too.
#   PARTNER_CRASH_KILLS (20), PARTNER_CRASH_CLIENTS (2), PARTNER_CRASH_MIN (4), PARTNER_CRASH_MAX (15),
#   PARTNER_CRASH_SETTLE (120), PARTNER_CRASH_WORK (benchmark/target/partner-crash), PARTNER_PORT_OFFSET (200); on PostgreSQL: PARTNER_WILDFLY and MEIKE_DB_*
#   (see partner-server.sh; the database is emptied first).
set -euo pipefail
# shellcheck source=partner-server.sh
. "$(dirname "$0")/partner-server.sh"

kills=${PARTNER_CRASH_KILLS:-20}
settle_s=${PARTNER_CRASH_SETTLE:-120}
run_started=$(date +%s)
clients=${PARTNER_CRASH_CLIENTS:-2}
min_s=${PARTNER_CRASH_MIN:-4}
max_s=${PARTNER_CRASH_MAX:-15}
work=${PARTNER_CRASH_WORK:-$bench/target/partner-crash}
api=http://127.0.0.1:$http_port
export MEIKE_PARTNER_PASSWORD=demo   # the demo configuration's partner password

take_lock
rm -rf "$work"; mkdir -p "$work/received"
trap 'stop_server' EXIT
build_ear "$work"
fresh_base "$work"

# drain <partner> <idle seconds> <file>: the reference partner client takes everything off the
# partner's queue, printing and acknowledging each message, until the queue is quiet that long
drain() {
  java -jar "$client_jar" --partner "$1" --url "$broker_url" --idle-seconds "$2" >> "$3" 2>> "$work/clients.log"
}

status() { curl -fsS "$api/benchmark/partner-changes/load"; }

for k in $(seq 1 "$kills"); do
  start_server
  if [ "$k" -gt 1 ]; then
    drain sms 5 "$work/received/sms.txt"
    log "partner sms online after restart $((k - 1)): $(grep -c 'messageId' "$work/received/sms.txt" || true) messages so far"
  fi
  curl -fsS -X POST "$api/benchmark/partner-changes/load?prefix=pc$k&clients=$clients&seconds=600&rollbackEvery=5" > /dev/null
  wait_s=$(python3 -c "import random; print(round(random.uniform($min_s, $max_s), 2))")
  sleep "$wait_s"
  log "kill -9 #$k after ${wait_s} s of load: $(status)"
  kill9_server
done

start_server
last_restart=$(date +%s)
log "last round: load for 10 s without a crash, then every partner comes back"
curl -fsS -X POST "$api/benchmark/partner-changes/load?prefix=pcz&clients=$clients&seconds=10&rollbackEvery=5" > /dev/null
while status | grep -q '"running":true'; do sleep 1; done
log "load done: $(status)"
# every outbox row handed to the broker, and no broker transaction left in doubt (Narayana's
# periodic recovery resolves those within a few minutes of the restart)
cli=("$wildfly/bin/jboss-cli.sh" -c "--controller=remote+http://127.0.0.1:$mgmt_port")
settled=""
for i in $(seq 1 90); do
  pending=$(curl -fsS "$api/benchmark/partner-changes/state?prefix=pc" | python3 -c 'import json,sys; print(json.load(sys.stdin)["pending"])')
  [ "$pending" = 0 ] && [ -z "$settled" ] && settled=$(( $(date +%s) - last_restart ))
  in_doubt=$("${cli[@]}" --command="/subsystem=messaging-activemq/server=default:list-prepared-transactions" 2>/dev/null \
    | python3 -c 'import re,sys; t=sys.stdin.read(); m=re.search(r"\"result\" => \[(.*)\]", t, re.S); print(len(re.findall(r"\"", m.group(1)))//2 if m else -1)')
  [ "$pending" = 0 ] && [ "$in_doubt" = 0 ] && break
  [ $((i % 6)) = 1 ] && log "waiting: $pending outbox rows pending, $in_doubt broker transactions in doubt (relays cut by a kill)"
  sleep 5
done
log "outbox: $pending pending (0 pending ${settled:-never} s after the last restart); broker: $in_doubt transactions in doubt"
drains=()
for p in "${partners[@]}"; do drain "$p" 20 "$work/received/$p.txt" & drains+=($!); done
wait "${drains[@]}"   # (not the server, also a child of this shell)
curl -fsS "$api/benchmark/partner-changes/state?prefix=pc" > "$work/state.json"
swept=$(cat "$base/log/"server.log* | grep -o "Outbox sweep delivered [0-9]*" | awk '{ s += $4 } END { print s + 0 }' || true)
log "the outbox sweep relayed $swept message(s) the after-commit relay had not (cut by a kill, or slower)"

log "run took $(( $(date +%s) - run_started )) s"
python3 - "$work" "$kills" "${settled:-}" "$settle_s" <<'PY'
import collections, json, os, re, sys
work, kills = sys.argv[1], int(sys.argv[2])
settled = int(sys.argv[3]) if sys.argv[3] else None
settle_limit = int(sys.argv[4])
state = json.load(open(os.path.join(work, "state.json")))
received = collections.Counter()
for name in os.listdir(os.path.join(work, "received")):
    for line in open(os.path.join(work, "received", name), encoding="utf-8"):
        m = re.match(r"--- \S+  \S+ v\d+  messageId (\S+)", line)
        if m:
            received[m.group(1)] += 1
changes = state["changes"]
expected = {mid for ids in changes.values() for mid in ids}
duplicates = {m: n for m, n in received.items() if n > 1}
lost = expected - set(received)
phantom = set(received) - expected
rolled_back = [s for s in changes if s.endswith("-r")]
half = state["halfChanges"]
summary = {
    "kills": kills,
    "committedChanges": len(changes),
    "expectedMessages": len(expected),
    "receivedMessages": sum(received.values()),
    "distinctReceived": len(received),
    "duplicates": len(duplicates),
    "lost": len(lost),
    "withoutCommittedChange": len(phantom),
    "halfChanges": len(half),
    "rolledBackTraces": len(state["rolledBackTraces"]),
    "pendingInOutbox": state["pending"],
    "deadLetters": state.get("deadLetters", 0),
    "secondsToNoPendingAfterLastRestart": settled,
}
json.dump({"summary": summary, "duplicates": duplicates, "lost": sorted(lost), "phantom": sorted(phantom),
           "half": half, "rolledBackTraces": state["rolledBackTraces"]},
          open(os.path.join(work, "verdict.json"), "w"), indent=2)
ok = (len(changes) > 0 and not duplicates and not lost and not phantom and not half
      and not state["rolledBackTraces"] and state["pending"] == 0 and not state.get("deadLetters", 0)
      and settled is not None and settled <= settle_limit)
print(json.dumps(summary))
print(("PASS" if ok else "FAIL") + f": {kills} kill -9, {len(changes)} committed changes, "
      f"{len(expected)} messages expected, {sum(received.values())} received, {len(duplicates)} duplicated, "
      f"{len(lost)} lost, {len(phantom)} without a committed change, {len(half)} half changes, "
      f"0 pending {settled if settled is not None else 'never'} s after the last restart (limit {settle_limit} s) "
      f"(details: {work}/verdict.json)")
sys.exit(0 if ok else 1)
PY
