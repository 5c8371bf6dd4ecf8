#!/usr/bin/env bash
# The two-node test (issue 18; README "More than one server"):
#
#   benchmark/cluster-crash-test.sh        (after a build: mvn -B install -DskipTests; needs root for
#                                           .ci/postgresql.sh and HAProxy installed: apt-get install haproxy)
#
# Starts the cluster of server-config/cluster.sh (PostgreSQL database meike_cluster emptied, two
# WildFly nodes with standalone-full-ha, HAProxy on :8000) with the EAR plus the benchmark driver
# WAR (as partner-crash-test.sh), and through the balancer:
#  1. end to end: an approval applied on node a and decided on node b (cookie MEIKE_NODE pins a
#     request to a node); a complaint: a customer registers with the code the SMS partner receives
#     through the balancer (code asked on node a, account on node b), complains on node a, customer
#     service answers on node b, the customer reads the answer on node a and gets the SMS; a
#     business change on node a whose messages the SMS partner receives through the balancer while
#     connected to whichever node the balancer gave it;
#  2. (CLUSTER_MEASURE=1) throughput with one node in the balancer, then with two: approvals over
#     HTTP (4 clients) and partner changes (10 messages each; 2 threads per node) — benchmark/results.md;
#  3. CLUSTER_CRASH_KILLS (5) times: approvals in flight (2 clients over HTTP through the balancer, all
#     the time), partner changes on both nodes and CLUSTER_SWEEP_RECORDINGS (600) recordings past
#     their retention for both nodes' retention sweeps (every 2 s, batches of 10, a dead node's
#     claim taken over after 30 s), then kill -9 of a random node at a random moment
#     (CLUSTER_CRASH_MIN..MAX s, 4..12), 5 s of traffic on the other node alone, the killed node
#     started again; the SMS partner, online through the balancer, takes its messages in between.
#     Reminder timers of the approval process fire after 60 s (Camunda jobs, both job executors);
#  4. (CLUSTER_ROLLING=1) a rolling restart under the approval clients: node a out of the balancer,
#     stopped, the EAR deployed again, started; then node b — no answer 5xx and no cut connection;
#  5. a last 10 s of partner changes on both nodes without a crash.
# Then: no outbox row pending, no broker transaction in doubt on either node and no prepared
# PostgreSQL branch left (within CLUSTER_CRASH_SETTLE s, 180); every application whose apply
# committed still there, at least as far as its last committed step, and finished on the nodes to
# APPROVED with two decisions and a grant; every partner draining its queue through the balancer
# and every committed change's 10 messages received exactly once, nothing of a rolled-back change,
# no change half committed; in the database every application and its process agree (waiting ones
# have one process instance at the right task, finished ones none, approved ones one grant), no
# reminder recorded twice for a step (no job run twice), no engine incident; every swept recording
# DESTROYED, its folder gone from the shared store and its destruction audited exactly once; the
# audit chain verified intact with nothing left unchained. Prints PASS or FAIL (exit 1).
# Output: benchmark/target/cluster-crash/.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=partner-server.sh
. "$bench/partner-server.sh"    # build_ear, log, partners, client_jar

kills=${CLUSTER_CRASH_KILLS:-5}
settle_s=${CLUSTER_CRASH_SETTLE:-180}
min_s=${CLUSTER_CRASH_MIN:-4}
max_s=${CLUSTER_CRASH_MAX:-12}
measure=${CLUSTER_MEASURE:-1}
rolling=${CLUSTER_ROLLING:-1}
sweep_n=${CLUSTER_SWEEP_RECORDINGS:-600}
work=${CLUSTER_CRASH_WORK:-$bench/target/cluster-crash}
lb_port=${MEIKE_LB_PORT:-8000}
lb=http://127.0.0.1:$lb_port
broker_url="tcp://127.0.0.1:$lb_port?httpUpgradeEnabled=true&enable1xPrefixes=true&useTopologyForLoadBalancing=false"
cluster=$root/server-config/cluster.sh
export MEIKE_CLUSTER_DIR=$work/cluster MEIKE_CLUSTER_EAR=$work/meike-privacy-partner.ear
export MEIKE_CLUSTER_DB=${MEIKE_CLUSTER_DB:-meike_cluster}
export MEIKE_PARTNER_PASSWORD=demo
# what the nodes run with besides the demo configuration (MicroProfile Config from the environment):
# the retention sweep often and in small batches, so both nodes sweep at once and kills land in it;
# a dead node's destruction claim taken over soon; the approval's reminder timers within the run
export MEIKE_RECORDING_RETENTION_SWEEP_INTERVAL=PT2S MEIKE_RECORDING_RETENTION_SWEEP_BATCH=10
export MEIKE_RECORDING_DESTRUCTION_CLAIM_TIMEOUT=PT30S MEIKE_RECORDING_ACCESS_REMINDER_AFTER=PT60S
run_started=$(date +%s)
approvals() { python3 "$bench/cluster_approvals.py" "$@"; }

# one set of test servers on this machine at a time (the in-container tests' lock)
if [ -z "${MEIKE_IT_LOCK_HELD:-}" ]; then
  exec 9> /tmp/meike-it.lock
  log "waiting for /tmp/meike-it.lock"
  flock 9
fi
for port in "$lb_port" 8180 8280 10090 10190; do
  if port_in_use "$port"; then echo "port $port is in use; stop that server first" >&2; exit 1; fi
done
rm -rf "$work"; mkdir -p "$work/received" "$work/approvals"
trap '"$cluster" down || true' EXIT
build_ear "$work"
"$cluster" up --fresh

drain() { # <partner> <idle seconds> <file>: through the balancer
  java -jar "$client_jar" --partner "$1" --url "$broker_url" --idle-seconds "$2" >> "$3" 2>> "$work/clients.log"
}
load() { # <node> <prefix> <seconds>: partner changes (2 threads) inside that node, started through the balancer
  curl -sS -o /dev/null -w '%{http_code}' -b "MEIKE_NODE=$1" -X POST \
    "$lb/benchmark/partner-changes/load?prefix=$2&clients=2&seconds=$3&rollbackEvery=5" || true
}
load_status() { curl -fsS -b "MEIKE_NODE=$1" "$lb/benchmark/partner-changes/load"; }
committed_of() { load_status "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["committed"])'; }
wait_load() { for n in "$@"; do while load_status "$n" | grep -q '"running":true'; do sleep 1; done; done; }
pending() { curl -fsS "$lb/benchmark/partner-changes/state?prefix=pc" | python3 -c 'import json,sys; print(json.load(sys.stdin)["pending"])'; }
balancer() { python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2]+"\n").encode()); print(s.makefile().read(), end="")' "$MEIKE_CLUSTER_DIR/haproxy.sock" "$1"; }

curl -fsS -X POST "$lb/benchmark/order-pool?count=300" > "$work/orders.json"
log "placed $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/orders.json") orders for the applications"

sql() { su postgres -c "psql -qtA -v ON_ERROR_STOP=1 -d $MEIKE_CLUSTER_DB" 2>> "$work/sql.log"; }
store=$MEIKE_CLUSTER_DIR/recordings
expire_recordings() { # <round>: recordings that ended 8 days ago (past the 7-day retention), with their folders
  python3 - "$store" "$1" "$sweep_n" <<'PY'
import os, sys
store, r, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(n):
    folder = os.path.join(store, f"clr{r}-{i:05d}")
    os.makedirs(folder, exist_ok=True)
    for name in ("key", "audio"):
        with open(os.path.join(folder, name), "wb") as f:
            f.write(b"cluster test: stands for a sealed recording")
PY
  order=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[-1])' "$work/orders.json")
  echo "insert into recording (id, order_number, status, started_at, ended_at, held, version)
        select 'clr$1-' || lpad(g::text, 5, '0'), '$order', 'ENDED', now() - interval '8 days 1 hour',
               now() - interval '8 days', false, 0 from generate_series(0, $sweep_n - 1) g;" | sql > /dev/null
}
swept_pending() { echo "select count(*) from recording where id like 'clr%' and status <> 'DESTROYED';" | sql; }

# 1. end to end through the balancer
log "end to end: $(approvals e2e --base "$lb" --orders "$work/orders.json" --out "$work/approvals")"
log "end to end: $(approvals complaint --base "$lb" --out "$work/approvals" --client-jar "$client_jar" --broker-url "$broker_url")"
[ "$(load a pce2e 3)" = 202 ] || { echo "FAIL: partner load on node a not started" >&2; exit 1; }
wait_load a
for _ in $(seq 1 60); do [ "$(pending)" = 0 ] && break; sleep 1; done
drain sms 5 "$work/received/sms.txt"
e2e_sms=$(grep -c 'messageId' "$work/received/sms.txt" || true)
log "end to end: node a committed $(committed_of a) partner changes; partner sms, connected through the balancer, received $e2e_sms message(s)"
[ "$e2e_sms" -gt 0 ] || { echo "FAIL: no partner message arrived through the balancer" >&2; exit 1; }

# 2. one node, then two, through the balancer
if [ "$measure" = 1 ]; then
  log "measuring: approvals (4 clients, 20 s) and partner changes (20 s) with node b out of the balancer"
  balancer "disable server nodes/node-b" > /dev/null
  approvals run --base "$lb" --orders "$work/orders.json" --out "$work/approvals" --threads 4 --seconds 20 --tag one-node > "$work/measure-approvals-one.json"
  load a pcm1 20 > /dev/null; wait_load a; one_changes=$(committed_of a)
  balancer "enable server nodes/node-b" > /dev/null
  sleep 3
  log "measuring: the same with both nodes"
  approvals run --base "$lb" --orders "$work/orders.json" --out "$work/approvals" --threads 4 --seconds 20 --tag two-nodes > "$work/measure-approvals-two.json"
  load a pcm2a 20 > /dev/null; load b pcm2b 20 > /dev/null; wait_load a b
  two_changes=$(( $(committed_of a) + $(committed_of b) ))
  python3 - "$work" "$one_changes" "$two_changes" <<'PY' | tee "$work/measure.json" >&2
import json, sys
work, one, two = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
a1 = json.load(open(f"{work}/measure-approvals-one.json")); a2 = json.load(open(f"{work}/measure-approvals-two.json"))
print(json.dumps({"approvalsPerSecond": {"oneNode": a1["perSecond"], "twoNodes": a2["perSecond"],
                  "twoOverOne": round(a2["perSecond"] / a1["perSecond"], 2) if a1["perSecond"] else None},
                  "partnerChangesPerSecond": {"oneNode": round(one / 20, 2), "twoNodes": round(two / 20, 2),
                  "twoOverOne": round(two / one, 2) if one else None, "messagesPerChange": 10},
                  "answers": {"oneNode": a1["answers"], "twoNodes": a2["answers"]}}))
PY
fi

# 3. kill -9 under load
rm -f "$work/approvals/stop"
approvals run --base "$lb" --orders "$work/orders.json" --out "$work/approvals" --threads 2 --seconds 3600 --tag crash \
  > "$work/approvals-crash.log" 2>&1 &
driver=$!
for k in $(seq 1 "$kills"); do
  [ "$sweep_n" -gt 0 ] && expire_recordings "$k"
  load a "pck$k-a" 25 > /dev/null; load b "pck$k-b" 25 > /dev/null
  wait_s=$(python3 -c "import random; print(round(random.uniform($min_s, $max_s), 2))")
  victim=$(python3 -c "import random; print(random.choice('ab'))")
  sleep "$wait_s"
  log "kill -9 #$k of node-$victim after ${wait_s} s of load ($(wc -l < "$work/approvals/steps.jsonl") approval steps committed so far, $(swept_pending) recordings not yet destroyed)"
  "$cluster" kill "$victim"
  sleep 5
  "$cluster" start "$victim"
  drain sms 5 "$work/received/sms.txt"
  log "partner sms online after restart $k: $(grep -c 'messageId' "$work/received/sms.txt" || true) messages so far"
done
touch "$work/approvals/stop"; wait "$driver" || true
log "approval clients during the kills: $(cat "$work/approvals/answers-crash.json")"

# 4. rolling restart: a retrying client sees no 5xx
if [ "$rolling" = 1 ]; then
  rm -f "$work/approvals/stop"
  approvals run --base "$lb" --orders "$work/orders.json" --out "$work/approvals" --threads 2 --seconds 3600 --tag rolling \
    > "$work/approvals-rolling.log" 2>&1 &
  driver=$!
  sleep 3
  for n in a b; do
    log "rolling restart: node-$n out of the balancer, stopped, the EAR deployed again, started"
    "$cluster" stop "$n"
    rm -f "$MEIKE_CLUSTER_DIR/node-$n/deployments/meike-privacy.ear"*
    cp "$MEIKE_CLUSTER_EAR" "$MEIKE_CLUSTER_DIR/node-$n/deployments/meike-privacy.ear"
    "$cluster" start "$n"
    sleep 3   # the balancer's two health checks
  done
  touch "$work/approvals/stop"; wait "$driver" || true
  log "approval clients during the rolling restart: $(cat "$work/approvals/answers-rolling.json")"
fi

# 5. a last round without a crash, then everything settles
load a pcz-a 10 > /dev/null; load b pcz-b 10 > /dev/null; wait_load a b
last_restart=$(date +%s)
settled=""
in_doubt() { # broker transactions in doubt on node <n>
  "$wildfly/bin/jboss-cli.sh" -c "--controller=remote+http://127.0.0.1:$((9990 + $1))" \
    --command="/subsystem=messaging-activemq/server=default:list-prepared-transactions" 2>/dev/null \
    | python3 -c 'import re,sys; t=sys.stdin.read(); m=re.search(r"\"result\" => \[(.*)\]", t, re.S); print(len(re.findall(r"\"", m.group(1)))//2 if m else -1)'
}
pg_prepared() { su postgres -c "psql -qtA -c \"SELECT count(*) FROM pg_prepared_xacts WHERE database='$MEIKE_CLUSTER_DB'\""; }
for i in $(seq 1 $((settle_s / 5))); do
  p=$(pending); da=$(in_doubt 100); db=$(in_doubt 200); pg=$(pg_prepared); sw=$(swept_pending)
  [ "$p" = 0 ] && [ -z "$settled" ] && settled=$(( $(date +%s) - last_restart ))
  [ "$p" = 0 ] && [ "$da" = 0 ] && [ "$db" = 0 ] && [ "$pg" = 0 ] && [ "$sw" = 0 ] && break
  [ $((i % 4)) = 1 ] && log "waiting: $p outbox rows pending, broker transactions in doubt $da (a) $db (b), $pg prepared PostgreSQL branches, $sw recordings not yet destroyed"
  sleep 5
done
log "settled: $p pending (0 after ${settled:-never} s), in doubt $da/$db, prepared in PostgreSQL $pg, $sw recordings not yet destroyed"
approvals_ok=true
log "approvals: $(approvals finish --base "$lb" --out "$work/approvals")" || approvals_ok=false
drains=()
for p in "${partners[@]}"; do drain "$p" 20 "$work/received/$p.txt" & drains+=($!); done
wait "${drains[@]}"
curl -fsS "$lb/benchmark/partner-changes/state?prefix=pc" > "$work/state.json"
# timers, sweeps, the chainer and the engine's jobs, read from the database and the audit trail
# after the approvals' last steps: every application agrees with its process (a waiting one has
# exactly one process instance, at the task of its step; a finished one none; an approved one one
# grant; no process instance without its application); no step reminded twice; no incident
python3 - "$work/engine.json" <<PY
import json, subprocess, sys
def q(sql):
    out = subprocess.run(["su", "postgres", "-c", "psql -qtA -v ON_ERROR_STOP=1 -d $MEIKE_CLUSTER_DB"], input=sql,
                         capture_output=True, text=True, check=True).stdout.strip()
    return int(out or 0)
instance = "select count(*) from act_ru_execution e where e.id_ = e.proc_inst_id_ and e.business_key_ = a.id"
at_task = ("select count(*) from act_ru_task t join act_ru_execution e on t.proc_inst_id_ = e.id_ "
           "where e.business_key_ = a.id and t.task_def_key_ = ")
checks = {
    "applications": q("select count(*) from recording_access_application"),
    "waitingWithoutOneInstanceAtItsTask": q(
        "select count(*) from recording_access_application a where "
        f"(a.status = 'AWAITING_DEPARTMENT_HEAD' and (({instance}) <> 1 or ({at_task}'UserTask_DepartmentHeadDecides') <> 1)) or "
        f"(a.status = 'AWAITING_SECURITY_HEAD' and (({instance}) <> 1 or ({at_task}'UserTask_SecurityHeadDecides') <> 1))"),
    "finishedWithAnInstance": q(f"select count(*) from recording_access_application a where a.status not like 'AWAITING%' and ({instance}) > 0"),
    "approvedWithoutOneGrant": q("select count(*) from recording_access_application a where a.status = 'APPROVED' and "
                                 "(select count(*) from recording_access_grant g where g.application_id = a.id) <> 1"),
    "instancesWithoutApplication": q("select count(*) from act_ru_execution e where e.id_ = e.proc_inst_id_ "
                                     "and e.proc_def_id_ like 'recording-access-approval:%' and not exists "
                                     "(select 1 from recording_access_application a where a.id = e.business_key_)"),
    "remindersRecorded": q("select count(*) from audit_entry where action = 'recording-access.reminded'"),
    "stepsRemindedTwice": q("select count(*) from (select subject_id, detail from audit_entry where action = "
                            "'recording-access.reminded' group by subject_id, detail having count(*) > 1) x"),
    "incidents": q("select count(*) from act_ru_incident"),
    "recordingsSwept": q("select count(*) from recording where id like 'clr%'"),
    "sweptNotDestroyed": q("select count(*) from recording where id like 'clr%' and status <> 'DESTROYED'"),
    "destructionsAudited": q("select count(*) from audit_entry where action = 'recording.destroyed' and subject_id like 'clr%'"),
    "recordingsDestroyedTwice": q("select count(*) from (select subject_id from audit_entry where action = "
                                  "'recording.destroyed' and subject_id like 'clr%' group by subject_id having count(*) > 1) x"),
}
json.dump(checks, open(sys.argv[1], "w"))
PY
echo "[]" > "$work/folders-left.json"
python3 -c 'import json,os,sys; print(json.dumps(sorted(d for d in (os.listdir(sys.argv[1]) if os.path.isdir(sys.argv[1]) else []) if d.startswith("clr"))))' "$store" > "$work/folders-left.json"
for _ in $(seq 1 30); do # the chainers link what the last steps audited
  curl -fsS -u sec.head:demo "$lb/api/audit-trail/verification" > "$work/audit-verification.json" || true
  python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); sys.exit(0 if v["unchainedEntries"] == 0 else 1)' \
    "$work/audit-verification.json" 2>/dev/null && break
  sleep 2
done
log "audit chain: $(cat "$work/audit-verification.json")"
rolling_bad=0
if [ "$rolling" = 1 ]; then
  rolling_bad=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["answers"]; print(a.get("5xx",0)+a.get("cut",0))' "$work/approvals/answers-rolling.json")
fi
log "run took $(( $(date +%s) - run_started )) s"
python3 - "$work" "$kills" "${settled:-}" "$settle_s" "$da" "$db" "$pg" "$approvals_ok" "$rolling_bad" "$sweep_n" <<'PY'
import collections, json, os, re, sys
work, kills = sys.argv[1], int(sys.argv[2])
settled = int(sys.argv[3]) if sys.argv[3] else None
settle_limit = int(sys.argv[4])
in_doubt_a, in_doubt_b, pg_prepared = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
approvals_ok, rolling_bad = sys.argv[8] == "true", int(sys.argv[9])
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
half = state["halfChanges"]
approvals = json.load(open(os.path.join(work, "approvals", "approvals-verdict.json")))
engine = json.load(open(os.path.join(work, "engine.json")))
folders_left = json.load(open(os.path.join(work, "folders-left.json")))
try:
    audit = json.load(open(os.path.join(work, "audit-verification.json")))
except (OSError, ValueError):
    audit = {"intact": False, "reason": "no verification answer", "unchainedEntries": -1, "entriesChecked": 0}
swept = kills * int(sys.argv[10])
engine_ok = (engine["waitingWithoutOneInstanceAtItsTask"] == 0 and engine["finishedWithAnInstance"] == 0
             and engine["approvedWithoutOneGrant"] == 0 and engine["instancesWithoutApplication"] == 0
             and engine["stepsRemindedTwice"] == 0 and engine["incidents"] == 0)
sweep_ok = (engine["recordingsSwept"] == swept and engine["sweptNotDestroyed"] == 0 and not folders_left
            and engine["destructionsAudited"] == swept and engine["recordingsDestroyedTwice"] == 0)
audit_ok = audit.get("intact") is True and audit.get("unchainedEntries") == 0
summary = {
    "kills": kills, "committedChanges": len(changes), "expectedMessages": len(expected),
    "receivedMessages": sum(received.values()), "duplicates": len(duplicates), "lost": len(lost),
    "withoutCommittedChange": len(phantom), "halfChanges": len(half),
    "rolledBackTraces": len(state["rolledBackTraces"]), "pendingInOutbox": state["pending"],
    "deadLetters": state.get("deadLetters", 0), "secondsToNoPending": settled,
    "brokerInDoubt": [in_doubt_a, in_doubt_b], "postgresqlPrepared": pg_prepared,
    "committedApplications": approvals["committedApplications"],
    "applicationsLostBehindUnfinishedWrong": [len(approvals[k]) for k in ("lost", "behindCommittedStep", "notFinished", "wrong")],
    "rollingRestart5xxOrCut": rolling_bad,
    "engine": engine, "sweptFoldersLeft": len(folders_left),
    "auditChain": {k: audit.get(k) for k in ("intact", "entriesChecked", "unchainedEntries", "firstBrokenSequence", "reason")},
}
json.dump({"summary": summary, "duplicates": duplicates, "lost": sorted(lost), "phantom": sorted(phantom),
           "half": half, "rolledBackTraces": state["rolledBackTraces"]},
          open(os.path.join(work, "verdict.json"), "w"), indent=2)
ok = (len(changes) > 0 and not duplicates and not lost and not phantom and not half
      and not state["rolledBackTraces"] and state["pending"] == 0 and not state.get("deadLetters", 0)
      and settled is not None and settled <= settle_limit and in_doubt_a == 0 and in_doubt_b == 0
      and pg_prepared == 0 and approvals_ok and rolling_bad == 0 and engine_ok and sweep_ok and audit_ok)
print(json.dumps(summary))
print(("PASS" if ok else "FAIL") + f": 2 nodes, {kills} kill -9; {approvals['committedApplications']} applications committed, "
      f"{'all intact and approved' if approvals_ok else 'NOT all intact/approved (approvals/approvals-verdict.json)'}; "
      f"{len(changes)} partner changes committed, {len(expected)} messages expected, {sum(received.values())} received, "
      f"{len(duplicates)} duplicated, {len(lost)} lost, {len(phantom)} without a committed change, {len(half)} half changes; "
      f"in doubt {in_doubt_a}/{in_doubt_b}, {pg_prepared} prepared in PostgreSQL; rolling restart: {rolling_bad} answers 5xx or cut; "
      f"engine and applications {'agree' if engine_ok else 'DISAGREE'} ({engine['applications']} applications, "
      f"{engine['remindersRecorded']} reminders, {engine['stepsRemindedTwice']} steps reminded twice, {engine['incidents']} incidents); "
      f"{engine['recordingsSwept']} recordings swept by both nodes: {engine['sweptNotDestroyed']} not destroyed, "
      f"{len(folders_left)} folders left, {engine['destructionsAudited']} destructions audited, {engine['recordingsDestroyedTwice']} twice; "
      f"audit chain {'intact' if audit_ok else 'NOT intact or not all chained'} ({audit.get('entriesChecked')} entries, "
      f"{audit.get('unchainedEntries')} unchained) "
      f"(details: {work}/verdict.json)")
sys.exit(0 if ok else 1)
PY
