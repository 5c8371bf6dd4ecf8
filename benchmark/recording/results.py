#!/usr/bin/env python3
"""Turns the key=value figures of benchmark/recording/run.sh into a section of results.md,
inserted below the marker line (newest first); earlier sections stay."""
import os
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone

figures_file, results_file, db, heap = sys.argv[1:5]
f = {}
for line in open(figures_file):
    if "=" in line:
        key, value = line.rstrip("\n").split("=", 1)
        f[key] = value


def sh(command):
    try:
        return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
commit = sh(f"git -C {root} rev-parse --short HEAD")
cpus = os.cpu_count()
model = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
ram = int(sh("grep MemTotal /proc/meminfo | awk '{print $2}'") or 0) / 1048576
osname = sh(". /etc/os-release && echo $PRETTY_NAME")
java = sh("java -version 2>&1 | head -1")
fs = sh(f"df -T {root}/benchmark | tail -1 | awk '{{print $2}}'")
load = sh("cut -d' ' -f1-3 /proc/loadavg")
now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def verdict(value, target):
    return f"target ≥ {target} %: **{'met' if value >= target else 'not met'}**"


plain = float(f["ingest.plain.mbps"])
sealed = float(f["ingest.sealed.mbps"])
chunked = float(f["ingest.chunked.mbps"])
chunk_kib = int(f.get("ingest.chunkSize", "1048576")) // 1024
memory = float(f.get("ingest.memory.mbps", "0"))
ingest_ratio = 100 * sealed / chunked
once_ratio = 100 * sealed / plain
segments = [f"{k.split('.')[3]} {v} s" for k, v in f.items() if k.startswith("ingest.segment.")]

play = {}
for k, v in f.items():
    m = re.match(r"playback\.(\d+)\.(hour|minute)\.(\w+)", k)
    if m:
        play.setdefault((int(m.group(1)), m.group(2)), {})[m.group(3)] = float(v)


def play_summary(kind):
    runs = [v for (i, k), v in sorted(play.items()) if k == kind]
    peak = max(r["peakHeapMiB"] for r in runs)
    above = max(r["peakAboveBaselineMiB"] for r in runs)
    alloc = sum(r["allocatedMiB"] for r in runs) / len(runs)
    mbps = sum(r["mbps"] for r in runs) / len(runs)
    return runs[0]["bytes"], peak, above, alloc, mbps


hour = play_summary("hour")
minute = play_summary("minute")
sweep_rate = float(f["sweep.rate"])
bare_rate = float(f["sweep.bareRate"])
sweep_ratio = float(f["sweep.ratio"])
sweep_segments = "; ".join(f"{k.split('.')[3]}: {v}" for k, v in f.items() if k.startswith("sweep.segment."))
n = int(f["sweep.n"])
async_row = ""
async_note = ""
if "sweep.asyncRate" in f:
    a = float(f["sweep.asyncRate"])
    async_row = (f"\n| diagnostic: sweep, commits not waiting for the WAL flush | {a:,.0f} recordings/s ({100 * a / bare_rate:.1f} % of bare) |"
                 " the same sweep with PostgreSQL's `synchronous_commit=off` for its connections — not a setting to run with;"
                 " it shows how much of the sweep's time is waiting for its two commits per batch to reach the disk |")
    async_note = (f" With commits not waiting for the disk the sweep runs at {a:,.0f}/s instead of {sweep_rate:,.0f}/s: about"
                  f" {100 * (1 - sweep_rate / a):.0f} % of its time is waiting for the WAL flush.")

section = f"""## {now} — recordings (issue 4), commit {commit}

Written by `benchmark/recording/run.sh` (in-process against the real recording code, no server; see
[README.md](README.md#recordings-issue-4)).

**Machine:** {cpus} CPUs ({model}), {ram:.1f} GiB RAM; {osname}; {java}; store and database files on
`{fs}`. Shared with other work (load average {load} at the end); figures are this run's, on this machine.

**Database of the sweep:** {f["sweep.database"]} ({"the local PostgreSQL of `.ci/postgresql.sh`, in a database created for the run and dropped after it" if db == "postgresql" else "H2 file database"}); resource-local
JPA transactions (Hibernate, its built-in connection pool) instead of the server's XA datasource and JTA.

| measure | result | how |
|---|---|---|
| ingest, sealed store | **{sealed:.1f} MB/s** | one hour of 16 kHz 16-bit mono PCM ({int(f["ingest.bytes"]):,} bytes) uploaded the way the app does, in {chunk_kib} KiB chunks ({f["ingest.chunks"]} chunks), each stored as `DefaultRecordingSessions.storeChunk` stores it: unconfirmed rest cut off (`keepSegments`), then `AudioVault.appendChunk` seals it into AES-256-GCM segments of 64 KiB ({f["ingest.segments"]} segments in all) with the data key unwrapped once per chunk and `FileSystemRecordingStore` appends them with one gathering write and one force — what the app is told is stored is on disk before it is told; new recording each run (data key made and wrapped, header forced) |
| ingest, plain copy + fsync | **{plain:.1f} MB/s** | the same bytes, same chunks, written to a new file, forced once at the end (file and folder) |
| plain copy, forced after every chunk | **{chunked:.1f} MB/s** | the same copy forced after every {chunk_kib} KiB chunk, at the same points the store forces (where the app's chunk is acknowledged) |
| sealed / plain copy forced per chunk | **{ingest_ratio:.0f} %** | {verdict(ingest_ratio, 80)} — like for like on durability (the issue's "43 % on a branch that was reverted" is this ratio) |
| sealed / plain copy forced once | {once_ratio:.0f} % | for reference: the copy pays for one force per hour, the store for one per acknowledged chunk |
| sealing alone, no disk | {memory:.1f} MB/s | the same `AudioVault` path (segmenting, AES-256-GCM, data key unwrapped once per chunk) into a store that only counts bytes: what the encryption itself costs |
| playback, peak heap: one hour | **{hour[1]:.1f} MiB** ({hour[2]:.1f} MiB above the heap before) | `AudioVault.copyRange` over the whole recording ({int(hour[0]):,} bytes) into a counting stream, one segment in memory at a time, in a JVM with `-Xmx{heap}` (smaller than the recording), a 4 MiB young generation (`-Xmn4m`, so that the short recording too goes through collections and the peaks compare like with like) and the serial collector; peak = sum of the heap pools' peak usage after `resetPeakUsage` (what the collector let accumulate, not what is live); {hour[3]:.0f} MiB allocated per play (garbage, collected as it goes), {hour[4]:.0f} MB/s |
| playback, peak heap: one minute | **{minute[1]:.1f} MiB** ({minute[2]:.1f} MiB above) | the same for {int(minute[0]):,} bytes; {minute[3]:.1f} MiB allocated per play, {minute[4]:.0f} MB/s |
| playback heap, hour vs minute | {"independent of length" if hour[1] <= max(minute[1] * 1.5, minute[1] + 16) and hour[1] < 115 else "grows with length"} | target: independent of the length — the hour (60× longer) played in a heap capped at {heap}, below the 115 MB it plays |
| retention sweep | **{sweep_rate:,.0f} recordings/s** | the real `RetentionSweep.sweep()` (batches of 100) with `DefaultRecordingRetention` on the JPA repositories and the real hash-chained audit trail, one transaction per call as the container runs it, two per batch: `claimDue` (due query, one conditional update of the batch under a new claim token, one select of what the token won, one commit); `destroyClaimed` (the rows still claimed under the token locked, every data key removed, then audio and folders, the root forced once by `FileSystemRecordingStore.destroyAll`, one update marking the batch destroyed, one delete of its chunk digests, one audit entry per recording, one commit); {n:,} expired recordings per run, {f["sweep.runs"]} runs |
| bare SQL delete + file removal | **{bare_rate:,.0f} recordings/s** | the same rows: one `select` of the due ids, their files and folders removed (no forcing), one `delete … where` of the rows, one commit |
| sweep / bare | **{sweep_ratio:.1f} %** | {verdict(sweep_ratio, 50)} |{async_row}

Segments in run order — ingest: {", ".join(segments)}. Sweep: {sweep_segments}. Before the timed runs every
path ran untimed (warm-up: a minute of audio through each ingest path, repeated for at least 10 s so that
the JIT has compiled AES-GCM as in a server that has been sealing audio all day; a tenth of a run through
the sweep and the bare delete), so that no column pays for the JIT alone.

**Where the time goes.** Sealing alone runs at {memory:.0f} MB/s, so encryption is not what limits
ingest. The store now forces once per uploaded chunk ({f["ingest.chunks"]} times per hour instead of once per
segment, {f["ingest.segments"]} times); a plain copy forced at the same points runs at {chunked:.1f} MB/s, and the
sealed store reaches {100 * sealed / chunked:.0f} % of that. Against the copy forced only once at the end the
gap is the per-chunk forcing itself: the app is told each chunk is stored, so each chunk must be on
disk before that answer — a cost the issue's baseline does not pay. The sweep does per batch of 100
what it did per recording before: two transactions (the claim; the destruction with its audit
entries, which wait for the audit chain's head) and one round of forced folders per step.{async_note}

**Scale:** the sweep ran over **{n:,} expired recordings per run, not 1,000,000**: on this 2-CPU
shared machine a million rows with two files each (≈ 3 million file-system entries) through the
audited path would take long. The rate is per recording and the due query uses the
`(status, ended_at)` index, so it should carry over to larger tables, but that is not measured here.
Each recording's files are small (the header with the wrapped key and one sealed segment), so
removing the audio costs less than it would for an hour of audio, in both columns alike.
"""

text = open(results_file).read()
marker = "<!-- Newest run first: run.sh inserts each run below this line. -->"
if marker in text:
    head, tail = text.split(marker, 1)
    text = head + marker + "\n\n" + section + tail
else:
    text = text + "\n" + section
open(results_file, "w").write(text)
