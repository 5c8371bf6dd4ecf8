#!/usr/bin/env bash
# Notice campaign throughput (issue 14, "Measure and record"; see benchmark/README.md):
#
#   benchmark/campaign-benchmark.sh            (after a build: mvn -B install -DskipTests)
#
# On the provisioned WildFly (demo configuration, H2, fresh database and broker journal) with the
# EAR and the driver WAR, GET /benchmark/campaign seeds CAMPAIGN_PEOPLE (100000) recipients in bulk
# and times, in the same run:
#   ours - the campaign resumed → every notice on partner.getui.outbound (the server's timer claims
#          batches of CAMPAIGN_BATCH (500) FOR UPDATE SKIP LOCKED, each batch one transaction through
#          Notifications and PartnerOutbound — consent check, scope cut, outbox + disclosure rows —
#          that puts the messages on the queue in the same XA transaction; the outbox relay only
#          for a batch the broker refused)
#   raw  - a transacted JMS producer sending the same number of messages of the same size to the
#          same queue, CAMPAIGN_BATCH per transaction, with a duplicate-detection id each
# CAMPAIGN_WORKERS (2) campaign workers claim batches side by side; the outbox relay hands over
# CAMPAIGN_RELAY_BATCH (= CAMPAIGN_BATCH) messages per XA transaction (meike.partner.relay-batch,
# default 100).
# and adds a section on top of benchmark/results.md. Port offset PARTNER_PORT_OFFSET (200).
set -euo pipefail
# shellcheck source=partner-server.sh
. "$(dirname "$0")/partner-server.sh"

people=${CAMPAIGN_PEOPLE:-100000}
batch=${CAMPAIGN_BATCH:-500}
work=$bench/target/campaign-benchmark
# the campaign timer every 200 ms instead of 2 s, so the benchmark measures work, not waiting
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true} -Dmeike.notification.campaign-interval=PT0.2S -Dmeike.notification.campaign-batch=$batch -Dmeike.notification.campaign-workers=${CAMPAIGN_WORKERS:-2} -Dmeike.partner.relay-batch=${CAMPAIGN_RELAY_BATCH:-$batch}"

# CAMPAIGN_JFR=1: the whole run under a JFR recording of CPU samples (cpu-samples.jfc) into
# $work/campaign.jfr, summarised by jfr-top.py into $work/profile.txt
if [ -n "${CAMPAIGN_JFR:-}" ]; then
  JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=settings=$bench/cpu-samples.jfc,filename=$work/campaign.jfr,dumponexit=true"
fi

take_lock
rm -rf "$work"; mkdir -p "$work"
trap 'stop_server' EXIT
build_ear "$work"
fresh_base "$work"
start_server
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "measuring: campaign to $people people, batches of $batch, then the raw producer"
curl -fsS --max-time 7200 -o "$work/campaign.json" \
  "http://127.0.0.1:$http_port/benchmark/campaign?people=$people&batch=$batch" \
  || { cat "$work/campaign.json" 2>/dev/null; tail -60 "$base/log/server.log"; echo "benchmark failed" >&2; exit 1; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_server
cp "$base/log/server.log" "$work/server.log"
if [ -n "${CAMPAIGN_JFR:-}" ] && [ -s "$work/campaign.jfr" ]; then
  python3 "$bench/jfr-top.py" "$work/campaign.jfr" > "$work/profile.txt" || log "could not summarise the recording"
fi

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
machine="$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo); \
$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r); $(java -version 2>&1 | head -1)"
if [ -n "${MEIKE_DB_NAME:-}" ]; then
  database="PostgreSQL $(PGPASSWORD=${MEIKE_DB_PASSWORD:-} psql -h "${MEIKE_DB_HOST:-localhost}" -p "${MEIKE_DB_PORT:-5432}" \
    -U "${MEIKE_DB_USER:-meike}" -d "$MEIKE_DB_NAME" -Atc 'show server_version' | cut -d' ' -f1) (local, database $MEIKE_DB_NAME)"
else
  database="H2 2.2 file database of the demo configuration"
fi
python3 - "$work/campaign.json" "$bench/results.md" "$commit" "$machine" "$load_before" "$load_after" "$database" <<'PY'
import datetime, json, sys
figures, results, commit, machine, load_before, load_after, database = sys.argv[1:8]
d = json.load(open(figures))
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
million = 1_000_000 / d["oursPerSecond"] / 60
verdict = lambda ok: "met" if ok else "**not met**"
section = f"""## Notice campaign (breach / shutdown notices) — {now} — commit {commit}

Issue 14, "Measure and record" (`benchmark/campaign-benchmark.sh`). **Machine:** {machine}; **shared machine** (other agents' builds and in-container tests): load average {load_before} before and {load_after} after. {database}, embedded Artemis, fresh database and journal, heap 1 GiB.

**Method:** {d["people"]:,} recipients seeded in bulk (one INSERT … SELECT, {d["seedSeconds"]:.1f} s, untimed), then timed from resuming the campaign until it finished and the outbox had no pending row (every notice on `partner.getui.outbound`). The server's own timer (interval 200 ms) claims batches of {d["batch"]} `FOR UPDATE SKIP LOCKED`, each batch one transaction: `Notifications` (device and phone lookup, consent check, template) → `PartnerOutbound` (consent, scope cut, outbox + disclosure rows, name-based message id) → the messages on the queue in the batch's own XA transaction (outbox rows written delivered, without the body; a batch the broker refuses goes through the outbox and its relay) → recipient rows marked, counters, one audit entry. Baseline in the same run: a transacted JMS producer (in-VM `java:/ConnectionFactory`, persistent, `_AMQ_DUPL_ID` per message) sending {d["rawMessages"]:,} messages of {d["bodyLength"]} characters (the average of ours) to the same queue, {d["batch"]} per commit.

| | messages | seconds | per second | server CPU |
|---|---|---|---|---|
| ours: campaign, end to end | {d["messagesOnQueue"]:,} on the queue ({d["sent"]:,} sent, {d["unreached"]:,} unreached) | {d["oursSeconds"]:.1f} (all claimed after {d["oursSendSeconds"]:.1f}) | **{d["oursPerSecond"]:.0f}** | {d["oursCpuSeconds"]:.0f} s |
| raw transacted JMS producer | {d["rawMessages"]:,} | {d["rawSeconds"]:.1f} | **{d["rawPerSecond"]:.0f}** | {d["rawCpuSeconds"]:.0f} s |

| measure | result | target |
|---|---|---|
| ours / raw | **{100 * d["oursOverRaw"]:.0f} %** | ≥ 50 %: {verdict(d["oursOverRaw"] >= 0.5)} |
| 1,000,000 people at this rate | **{million:.1f} min** (extrapolated; {d["people"]:,} measured) | < 10 min: {verdict(million < 10)} |
| heap used (after GC before → most seen during → after GC) | {d["heapBeforeMiB"]:.0f} → {d["heapMaxDuringMiB"]:.0f} → {d["heapAfterMiB"]:.0f} MiB of {d["heapMaxMiB"]:.0f} | flat: no list of people in memory (batches of {d["batch"]}) |

"""
per = d.get("databasePerNotice") or {}
if per:
    rows = " · ".join(f"{k[5:]} {v:g}" for k, v in per.items() if k.startswith("rows ") and v >= 0.01)
    other = " · ".join(f"{k} {v:g}" for k, v in per.items() if not k.startswith("rows "))
    section += f"**Per notice, as PostgreSQL counts it** (`pg_stat_user_tables`, `pg_stat_wal`, `pg_stat_database`; the whole server during the campaign): {rows}; {other}.\n\n"
text = open(results, encoding="utf-8").read()
marker = "<!-- Newest run first: run.sh inserts each run below this line. -->"
if marker in text:
    text = text.replace(marker, marker + "\n\n" + section.rstrip("\n"), 1)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(results, "w", encoding="utf-8").write(text)
print(section)
PY
log "results added to benchmark/results.md"
