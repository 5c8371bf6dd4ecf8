#!/usr/bin/env bash
# Disposal, retention and export at size (issues 16 and 15, "Measure and record"; benchmark/README.md):
#
#   benchmark/disposal-benchmark.sh            (after a build: mvn -B install -DskipTests)
#
# On the provisioned WildFly (demo configuration, H2, fresh database) with the EAR and the driver
# WAR, GET /benchmark/disposal times, each part next to its bare SQL baseline in the same run:
#   disposal  - the shutdown of the home-visit service in Shanghai over DISPOSAL_PEOPLE (100000)
#               people with an ended order each, through Shutdowns.disposalBatch (every context's
#               subjectsFor page and eraseFor, the archive vault, audit; batches of DISPOSAL_BATCH
#               (500), one transaction each) vs. a bare batched DELETE of as many orders
#   retention - the order retention job's batches (OrderRetention.anonymiseDue) over
#               DISPOSAL_PEOPLE due orders vs. a bare batched DELETE of as many
#   export    - the order context's part of an access package for one person with EXPORT_ORDERS
#               (10000) orders vs. a bare SQL read of the same rows (orders, reviews, payments)
# and adds a section on top of benchmark/results.md. DISPOSAL_PARTS (disposal retention export)
# chooses parts. Port offset PARTNER_PORT_OFFSET (200). DISPOSAL_JFR=1: a JFR recording of CPU
# samples (cpu-samples.jfc) summarised by jfr-top.py into target/disposal-benchmark/profile.txt.
set -euo pipefail
# shellcheck source=partner-server.sh
. "$(dirname "$0")/partner-server.sh"

people=${DISPOSAL_PEOPLE:-100000}
batch=${DISPOSAL_BATCH:-500}
orders=${EXPORT_ORDERS:-10000}
parts=${DISPOSAL_PARTS:-disposal retention export}
work=$bench/target/disposal-benchmark
export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true}"
if [ -n "${DISPOSAL_JFR:-}" ]; then
  JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=settings=$bench/cpu-samples.jfc,filename=$work/disposal.jfr,dumponexit=true"
fi

take_lock
rm -rf "$work"; mkdir -p "$work"
trap 'stop_server' EXIT
build_ear "$work"
fresh_base "$work"
start_server
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for part in $parts; do
  log "measuring $part: $people people, batches of $batch, export of $orders orders"
  curl -fsS --max-time 7200 -o "$work/$part.json" \
    "http://127.0.0.1:$http_port/benchmark/disposal?part=$part&people=$people&batch=$batch&orders=$orders" \
    || { cat "$work/$part.json" 2>/dev/null; tail -60 "$base/log/server.log"; echo "benchmark failed" >&2; exit 1; }
  cat "$work/$part.json" >&2; echo >&2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
stop_server
cp "$base/log/server.log" "$work/server.log"
if [ -n "${DISPOSAL_JFR:-}" ] && [ -s "$work/disposal.jfr" ]; then
  python3 "$bench/jfr-top.py" "$work/disposal.jfr" > "$work/profile.txt" || log "could not summarise the recording"
fi

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
machine="$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(awk '/MemTotal/ { printf "%.1f GiB RAM", $2 / 1048576 }' /proc/meminfo); \
$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r); $(java -version 2>&1 | head -1)"
python3 - "$work" "$bench/results.md" "$commit" "$machine" "$load_before" "$load_after" $parts <<'PY'
import datetime, json, os, sys
work, results, commit, machine, load_before, load_after, *parts = sys.argv[1:]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
verdict = lambda ok: "met" if ok else "**not met**"
what = {
    "disposal": ("shutdown disposal (issue 16): `Shutdowns.disposalBatch` of the home-visit service in Shanghai, orders anonymised + legal minimum to the archive vault", "bare batched `DELETE` of as many orders", "people"),
    "retention": ("order retention job (issue 15): `OrderRetention.anonymiseDue` batches over due orders", "bare batched `DELETE` of as many orders", "orders"),
    "export": ("export (issue 15): the order context's part of an access package, one person (mean of 5 after 3 warm-ups, alternating with the bare read)", "bare SQL read of the same rows (orders ⟕ reviews ⟕ payments, mean of 5)", "orders"),
}
rows, checks = [], []
for part in parts:
    d = json.load(open(os.path.join(work, part + ".json")))
    ours, raw, unit = what[part]
    rows.append(f"| {ours} | {d['ours']:,} {unit} | {d['oursSeconds']:.2f} | **{d['oursPerSecond']:.0f}** | {d['oursCpuSeconds']:.1f} s |")
    rows.append(f"| {raw} | {d['raw']:,} rows | {d['rawSeconds']:.2f} | **{d['rawPerSecond']:.0f}** | {d['rawCpuSeconds']:.1f} s |")
    checks.append(f"| {part}: ours / bare | **{100 * d['oursOverRaw']:.0f} %** | ≥ 50 %: {verdict(d['oursOverRaw'] >= 0.5)} |")
    if part in ("disposal", "retention"):
        million = 1_000_000 / d["oursPerSecond"] / 60
        checks.append(f"| {part}: 1,000,000 at this rate | {million:.1f} min (extrapolated; {d['people']:,} measured) | — |")
        checks.append(f"| {part}: heap used (after GC before → most seen during → after GC) | {d['heapBeforeMiB']:.0f} → {d['heapMaxDuringMiB']:.0f} → {d['heapAfterMiB']:.0f} MiB of {d['heapMaxMiB']:.0f} | flat (batches of {d['batch']}) |")
    if part == "disposal":
        checks.append(f"| disposal: orders still naming a person afterwards | {d['leftAfter']} | 0 |")
    seed = d["seedSeconds"]
    checks.append(f"| {part}: seeding (JDBC batches, untimed) | {seed:.1f} s | — |")
section = f"""## Disposal, retention and export at size — {now} — commit {commit}

Issues 16 and 15, "Measure and record" (`benchmark/disposal-benchmark.sh`). **Machine:** {machine}; **shared machine** (5 other helpers' builds, tests and benchmarks): load average {load_before} before and {load_after} after. H2 2.2 file database of the demo configuration, fresh, heap 1 GiB. Orders seeded with JDBC batches (personal fields sealed with the order key), one ended order per person; the baseline runs in the same server, on the same table and index, the same batch size per transaction.

| | items | seconds | per second | server CPU |
|---|---|---|---|---|
""" + "\n".join(rows) + """

| measure | result | target |
|---|---|---|
""" + "\n".join(checks) + "\n\n"
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
