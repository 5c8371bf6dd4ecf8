#!/usr/bin/env bash
# Partner messaging throughput (issue 5, "Measure and record"; see benchmark/README.md):
#
#   benchmark/partner-benchmark.sh             (after a build: mvn -B install -DskipTests)
#
# On the provisioned WildFly (demo configuration, H2, fresh database and broker journal) with the
# EAR and the driver WAR, GET /benchmark/partners compares in alternating segments, same clients:
#   ours  - committed business changes, each with 10 partner messages (outbox + disclosure log in
#           the change's transaction, then the relay puts all 10 on partner.<id>.outbound in one
#           transaction), counted
#           until every message is on its queue
#   raw   - transacted JMS sends, 10 persistent text messages of the same size per local
#           transaction, to the same queues on the same broker (in-VM connection factory)
#   raw+id - the same with an Artemis duplicate-detection id (_AMQ_DUPL_ID) on every message
# and adds a section on top of benchmark/results.md (earlier ones stay). PARTNER_BENCH_CLIENTS (2), PARTNER_BENCH_SECONDS
# (60 measured per phase), PARTNER_BENCH_WARMUP (20 per phase), PARTNER_BENCH_ROUNDS (4),
# PARTNER_PORT_OFFSET (200). About 6 minutes on 2 CPUs.
set -euo pipefail
# shellcheck source=partner-server.sh
. "$(dirname "$0")/partner-server.sh"

clients=${PARTNER_BENCH_CLIENTS:-2}
seconds=${PARTNER_BENCH_SECONDS:-60}
warmup=${PARTNER_BENCH_WARMUP:-20}
rounds=${PARTNER_BENCH_ROUNDS:-4}
work=$bench/target/partner-benchmark

take_lock
rm -rf "$work"; mkdir -p "$work"
trap 'stop_server' EXIT
build_ear "$work"
fresh_base "$work"
start_server
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "measuring: $clients clients, ${warmup} s warm-up + ${seconds} s per phase in $rounds rounds (ours / raw / raw+id)"
curl -fsS --max-time 3600 -o "$work/partners.json" \
  "http://127.0.0.1:$http_port/benchmark/partners?clients=$clients&seconds=$seconds&warmup=$warmup&rounds=$rounds" \
  || { cat "$work/partners.json" 2>/dev/null; tail -60 "$base/log/server.log"; echo "benchmark failed" >&2; exit 1; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_server
cp "$base/log/server.log" "$work/server.log"

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
machine="$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo); \
$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r); $(java -version 2>&1 | head -1)"
db=${MEIKE_DB_NAME:+PostgreSQL 15 (XA datasource)}
python3 - "$work/partners.json" "$bench/results.md" "$commit" "$machine" "$load_before" "$load_after" "${db:-H2 2.2 file database (WRITE_DELAY=0)}" <<'PY'
import datetime, json, sys
figures, results, commit, machine, load_before, load_after, db = sys.argv[1:8]
d = json.load(open(figures))
p = d["phases"]
o, r, i = p["OURS"], p["RAW"], p["RAW_DUPLICATE_ID"]
pct = lambda x: f"{100 * x:.0f} %"
verdict = lambda ok: "met" if ok else "**not met**"
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
section = f"""## Partner messaging — {now} — commit {commit}

Issues 5 and 11, "Measure and record" (`benchmark/partner-benchmark.sh`).

**Database:** {db}. **Machine:** {machine}. Load average {load_before} before and {load_after} after the run (other agents share the machine).

**Method:** WildFly 39 provisioned by server-config (demo configuration, embedded Artemis, journal on the same disk), fresh database and journal, the EAR plus the driver WAR (`benchmark.war`, never part of the application). {d["clients"]} closed-loop client threads inside the server per phase; after {d["warmup"]:.0f} s warm-up per phase, {d["seconds"]:.0f} s per phase in {d["rounds"]} rounds of alternating segments (order rotating: ours, raw, raw+id). Queues emptied after every segment (untimed).
- **ours**: one business change = one JTA transaction through the application's services — a new person accepts the policy and binds a payment account (`ConsentLedger`, audit entries) and {d["messagesPerOperation"]} messages go to 8 partners through `PartnerOutbound` (consent check, scope cut, outbox row + disclosure-log row each); after commit the relay puts all ten messages of the change on their `partner.<id>.outbound` queues in ONE JTA transaction (XA connection factory `JmsXA`, rows claimed `FOR UPDATE SKIP LOCKED` and marked delivered, `_AMQ_DUPL_ID` = messageId per message). A segment is timed until the outbox has no pending row, so the relay's work counts.
- **raw**: `artemis perf`-style transacted sends: {d["messagesPerOperation"]} persistent text messages of {d["bodyLength"]} characters (the average size of ours' messages) to the same 10 queue targets, then `commit()` of the local JMS transaction, on the in-VM connection factory `java:/ConnectionFactory` (same broker, same queues and address settings).
- **raw + duplicate id**: the same with a random `_AMQ_DUPL_ID` on every message (Artemis duplicate detection, as ours uses it).

| phase | per second | messages/s | server CPU per operation | operations measured |
|---|---|---|---|---|
| ours: committed changes, 10 messages each, all on their queues | **{o["perSecond"]:.1f}** changes/s | {o["messagesPerSecond"]:.0f} | {o["cpuMsPerOperation"]:.1f} ms | {o["operations"]} |
| raw: transactions of 10 sends | **{r["perSecond"]:.1f}** tx/s | {r["messagesPerSecond"]:.0f} | {r["cpuMsPerOperation"]:.1f} ms | {r["operations"]} |
| raw + duplicate id | **{i["perSecond"]:.1f}** tx/s | {i["messagesPerSecond"]:.0f} | {i["cpuMsPerOperation"]:.1f} ms | {i["operations"]} |

| ratio | result | target |
|---|---|---|
| ours / raw | **{pct(d["oursOverRaw"])}** (ours / raw+id {pct(d["oursOverRawWithDuplicateId"])}; by CPU per operation {pct(d["cpuOursOverRaw"])}) | ≥ 60 %: {verdict(d["oursOverRaw"] >= 0.6)} |
| cost of duplicate detection (1 − raw+id / raw) | **{pct(d["duplicateIdCost"])}** (by CPU per operation {pct(d["cpuDuplicateIdCost"])}) | ≤ 10 %: {verdict(d["duplicateIdCost"] <= 0.10)} |

Ours without waiting for the relay (commits only): {o["commitOnlyPerSecond"]:.1f} changes/s. Segments in the order they ran (per second): {", ".join(d["segments"])}.

"""
text = open(results, encoding="utf-8").read()
marker = "<!-- Newest run first: run.sh inserts each run below this line. -->"
if marker in text:  # newest first, as run.sh keeps it; earlier sections stay below
    text = text.replace(marker, marker + "\n\n" + section.rstrip("\n"), 1)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(results, "w", encoding="utf-8").write(text)
print(section)
PY
log "results appended to benchmark/results.md"
