#!/usr/bin/env python3
"""Writes one run of benchmark/run.sh on top of benchmark/results.md (earlier runs stay below).

    results.py <benchmark/target> <benchmark/results.md>

Reads the JSON the run left in benchmark/target and the RUN_* variables run.sh exports; gathers
the machine's description itself. Knows nothing about how the figures were measured.
"""
import datetime
import json
import os
import platform
import re
import subprocess
import sys

TARGET_RATIO = 0.70
CONSENT_IN_PROCESS_TARGET = 0.70
CONSENT_HTTP_TARGET = 0.30
MARKER = "<!-- Newest run first: run.sh inserts each run below this line. -->"
HEADER = f"""# Benchmark results

Written by `benchmark/run.sh`; what each figure means and how it is measured:
[README.md](README.md). Targets: approvals, ours ≥ {TARGET_RATIO:.0%} of the raw engine's throughput;
consent check ≥ {CONSENT_IN_PROCESS_TARGET:.0%} of a bare JDBC primary-key select's throughput in-process and
≥ {CONSENT_HTTP_TARGET:.0%} over HTTP.

{MARKER}
"""


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


RUN_ENV = {}


def read_run_env(target):
    """The RUN_* figures run.sh saved in <target>/run.env, for running this script again later."""
    try:
        with open(os.path.join(target, "run.env"), encoding="utf-8") as f:
            for line in f:
                name, sep, value = line.rstrip("\n").partition("=")
                if sep and name.startswith("RUN_"):
                    RUN_ENV[name] = value
    except OSError:
        pass


def env(name, default="—"):
    value = os.environ.get(name, RUN_ENV.get(name, "")).strip()
    return value if value else default


def pct(ratio):
    """A ratio as a percentage: one decimal below 10 %, none above."""
    if ratio is None:
        return "—"
    return num(100 * ratio, 1 if abs(ratio) < 0.1 else 0)


def micros(value):
    return num(value, 1 if value is not None and abs(value) < 10 else 0)


def command(*args):
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=60)
        return (out.stdout + out.stderr).strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram = "?"
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    system = platform.system()
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    system = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    java = command("java", "-version").splitlines()
    maven = command("mvn", "-v").splitlines()
    return {
        "cpus": command("nproc") or str(os.cpu_count()),
        "cpu": cpu,
        "ram": ram,
        "os": f"{system}, Linux {platform.release()}",
        "java": " / ".join(line.strip() for line in java[:2]) if java else "?",
        "maven": re.sub(r"\x1b\[[0-9;]*m", "", maven[0]).strip() if maven else "?",
    }


def num(value, digits=1):
    if value is None or value == "":
        return "—"
    try:
        return f"{float(value):,.{digits}f}"
    except (TypeError, ValueError):
        return str(value)


def mib(kb):
    try:
        return f"{int(kb) / 1024:,.0f} MiB"
    except (TypeError, ValueError):
        return "—"


def boot_phases(log_file):
    """Seconds from the start of standalone.sh to WildFly's milestones, from its server.log."""
    start = env("RUN_BOOT_START", "")
    if not start:
        return ""
    marks = [("WFLYSRV0049", "JVM up, WildFly starting"), ("WFLYSRV0027", "deployment begins"),
             ("Process engine started", "process engine started"), ("WFLYSRV0010", "EAR deployed")]
    found = {}
    try:
        with open(log_file, encoding="utf-8", errors="replace") as f:
            for line in f:
                for key, label in marks:
                    if key in line and label not in found:
                        stamp = datetime.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
                        found[label] = stamp.timestamp() - float(start)
    except (OSError, ValueError):
        return ""
    return ", ".join(f"{label} at {num(found[label])} s" for _, label in marks if label in found)


def step(phase, name):
    return phase.get("meanMillisPerStep", {}).get(name)


def sql_kinds(sql):
    return {k["kind"]: k for k in sql.get("byTableAndKind", [])}


def run_time(t):
    """When the run measured (the approval comparison's start), so that writing the results again
    later keeps the run's date; now, when that is unknown."""
    try:
        when = datetime.datetime.fromisoformat(t["startedAt"].replace("Z", "+00:00"))
    except (KeyError, TypeError, ValueError):
        when = datetime.datetime.now(datetime.timezone.utc)
    return when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def consent_only_section(target):
    """A run with BENCH_APPROVALS=false: build, boot and the consent check only."""
    c = load(os.path.join(target, "consent.json"))
    m = machine()
    changed = env("RUN_CHANGED", "0")
    tree = f"commit {env('RUN_COMMIT')}" + (
        f" + {changed} uncommitted change(s) outside benchmark/" if changed not in ("0", "—") else "")
    started = c.get("startedAt", "")
    now = (started[:16].replace("T", " ") + " UTC") if started else datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [f"## {now} — {tree} — consent check only (`BENCH_APPROVALS=false`)\n"]
    out.append(f"**Machine:** {m['cpus']} CPUs ({m['cpu']}), {m['ram']} RAM; {m['os']}; {m['java']}; {m['maven']}. "
               f"Shared with other agents' builds and tests (see the load figures below).\n")
    where = ("local PostgreSQL server through the XA datasource of the production set-up, in a database "
             "created for the run" if env("RUN_DB", "h2") == "postgresql"
             else "embedded in the server, a file in its data directory (the demo configuration)")
    out.append(f"**Database:** {c.get('database', '?')}, {where} (`BENCH_DB={env('RUN_DB', 'h2')}`).\n")
    out.append("| measure | result | how |")
    out.append("|---|---|---|")
    out.append(f"| server boot + deploy | {env('RUN_BOOT')} s | from `standalone.sh` until `/api/health` answers 200 |")
    out.extend(consent_rows(c))
    out.append("")
    out.extend(consent_section(c, load(os.path.join(target, "consent-profile.json"))))
    return "\n".join(out).rstrip() + "\n"


def run_section(target):
    t = load(os.path.join(target, "throughput.json"))
    if not t:
        return consent_only_section(target)
    audit = load(os.path.join(target, "audit-verification.json"))
    one = load(os.path.join(target, "pass-one-client.json"))
    sql = load(os.path.join(target, "pass-sql.json")).get("sql", {})
    prof = load(os.path.join(target, "profile.json"))
    m = machine()
    ours, raw = t.get("ours", {}), t.get("raw", {})
    ratio = t.get("ratio")
    met = ratio is not None and ratio >= TARGET_RATIO
    now = run_time(t)
    changed = env("RUN_CHANGED", "0")
    tree = f"commit {env('RUN_COMMIT')}" + (
        f" + {changed} uncommitted change(s) outside benchmark/" if changed not in ("0", "—") else "")
    clients = t.get("clients", env("RUN_CLIENTS"))
    seconds = t.get("secondsPerPhase", env("RUN_SECONDS"))
    warmup = t.get("warmupSecondsPerPhase", env("RUN_WARMUP"))

    def busy(phase):  # CPUs kept busy: server JVM + database processes outside it (PostgreSQL)
        e = phase.get("elapsedSeconds") or 0
        return ((phase.get("serverCpuSeconds", 0) + phase.get("databaseCpuSeconds", 0)) / e) if e else 0

    def others(phase):
        e = phase.get("elapsedSeconds") or 0
        return (phase.get("otherProcessesCpuSeconds", 0) / e) if e else 0

    out = []
    out.append(f"## {now} — {tree}\n")
    waits = []
    for label, quiet, waited in (("cold build", "RUN_BUILD_QUIET", "RUN_BUILD_WAITED"),
                                 ("warm build", "RUN_WARM_QUIET", "RUN_WARM_WAITED"),
                                 ("boot", "RUN_BOOT_QUIET", "RUN_BOOT_WAITED"),
                                 ("throughput", "RUN_QUIET", "RUN_WAITED")):
        if env(quiet, ""):
            waits.append(f"{label} {env(quiet)} CPUs after {num(env(waited, '0'), 0)} s")
    out.append(f"**Machine:** {m['cpus']} CPUs ({m['cpu']}), {m['ram']} RAM; {m['os']}; {m['java']}; {m['maven']}.\n")
    database = t.get("database", "?")
    where = ("local PostgreSQL server through the XA datasource of the production set-up, in a database "
             "created for the run" if env("RUN_DB", "h2") == "postgresql"
             else "embedded in the server, a file in its data directory (the demo configuration)")
    out.append(f"**Database:** {database}, {where} (`BENCH_DB={env('RUN_DB', 'h2')}`); both engines use the same "
               f"datasource.\n")
    noisy = max(others(ours), others(raw)) > 0.2
    out.append(
        f"**Other work on the machine:** "
        + (f"each measurement first waited (up to {env('RUN_QUIET_WAIT', '300')} s) for other work to keep fewer "
           f"than {env('RUN_QUIET_CPUS')} CPUs busy; when each began: " + ", ".join(waits) + ". " if waits else "")
        + f"Load average {env('RUN_LOAD_BEFORE')} before and {env('RUN_LOAD_AFTER')} after the throughput run; "
        f"while it was measured, other processes kept {num(others(ours), 2)} CPUs busy during ours and "
        f"{num(others(raw), 2)} during raw."
        + (" **Noisy run:** other work took a noticeable share of the machine; the cross-checks are the steadier "
           "figures." if noisy else "")
        + "\n")
    cold, warm = env("RUN_COLD", "not measured"), env("RUN_WARM", "not measured")
    cold_cpu, warm_cpu = env("RUN_COLD_CPU", ""), env("RUN_WARM_CPU", "")
    out.append("| measure | result | how |")
    out.append("|---|---|---|")
    def build(wall, cpu):
        return wall if wall == "not measured" else f"{wall} s" + (f" (CPU {cpu} s)" if cpu and cpu != "—" else "")

    out.append(f"| cold build | {build(cold, cold_cpu)} | `mvn -o clean install -DskipTests` of a snapshot of the source tree (in `benchmark/target/build`), with the existing `~/.m2` — not an empty local repository; includes unpacking and configuring WildFly (server-config)" + (f"; load average {env('RUN_BUILD_LOAD')} when it began" if cold != "not measured" else "") + " |")
    out.append(f"| warm build | {build(warm, warm_cpu)} | the same again without `clean` (WildFly is not unpacked again, but configured again) |")
    started = env("RUN_WILDFLY_STARTED", "")
    started = f"; WildFly's own figure: started in {num(int(started[:-2]) / 1000)} s" if started.endswith("ms") else ""
    phases = boot_phases(os.path.join(target, "logs", "server.log"))
    boot_cpu = env("RUN_BOOT_CPU", "")
    out.append(f"| server boot + deploy | {env('RUN_BOOT')} s" + (f" (CPU {boot_cpu} s)" if boot_cpu and boot_cpu != "—" else "")
               + f" | from `standalone.sh` until `/api/health` answers 200, the EAR (+ benchmark.war) deployed at boot{started}"
               + (f"; {phases}" if phases else "") + " |")
    out.append(f"| server memory after boot | {mib(env('RUN_RSS_BOOT'))} RSS | `ps -o rss` right after the health check (heap -Xms256m -Xmx1g); {mib(env('RUN_RSS_AFTER'))} after the throughput run |")
    out.append(f"| throughput, ours | **{num(ours.get('perSecond'))} grants/s** | applied, approved twice and granted, through our services inside the server; {clients} clients, {num(seconds, 0)} s after {num(warmup, 0)} s warm-up |")
    out.append(f"| throughput, raw engine | **{num(raw.get('perSecond'))} instances/s** | the same BPMN on a plain engine, no-op delegates, same datasource, same run; {clients} clients, {num(seconds, 0)} s after {num(warmup, 0)} s warm-up |")
    verdict = "met" if met else "**not met**"
    out.append(f"| ours / raw | **{num(100 * ratio if ratio is not None else None, 0)} %** | target ≥ {TARGET_RATIO:.0%}: {verdict} |")
    pairs = t.get("pairRatios", [])
    if pairs:
        out.append(f"| cross-checks | {num(100 * t.get('medianPairRatio', 0), 0)} % / {num(100 * t.get('cpuCostRatio', 0), 0)} % | "
                   f"median of the ratios of adjacent ours/raw segments ({', '.join(num(100 * p, 0) + ' %' for p in pairs)}) / "
                   f"raw's CPU per instance divided by ours' — both less sensitive to other work on the machine |")
    out.extend(consent_rows(load(os.path.join(target, "consent.json"))))
    out.extend(audit_rows(load(os.path.join(target, "audit.json"))))
    out.append("")

    out.append(f"Per step, mean over the measured instances ({clients} clients; a step is one transaction, commit included):\n")
    out.append("| | ours | raw |")
    out.append("|---|---|---|")
    out.append(f"| apply (ours) / start (raw) | {num(step(ours, 'apply'), 1)} ms | {num(step(raw, 'start'), 1)} ms |")
    out.append(f"| department head approves | {num(step(ours, 'departmentHeadApproves'), 1)} ms | {num(step(raw, 'departmentHeadApproves'), 1)} ms |")
    out.append(f"| head of security approves (+ grant) | {num(step(ours, 'securityHeadApproves'), 1)} ms | {num(step(raw, 'securityHeadApproves'), 1)} ms |")
    out.append(f"| whole instance, one client's view | {num(ours.get('meanMillisPerIteration'), 1)} ms | {num(raw.get('meanMillisPerIteration'), 1)} ms |")
    out.append(f"| server CPU per instance (all JVM threads) | {num(ours.get('serverCpuMillisPerIteration'), 1)} ms | {num(raw.get('serverCpuMillisPerIteration'), 1)} ms |")
    if (ours.get("databaseCpuSeconds") or 0) > 0 or (raw.get("databaseCpuSeconds") or 0) > 0:
        def db_ms(phase):
            return (phase.get("cpuMillisPerIteration") or 0) - (phase.get("serverCpuMillisPerIteration") or 0)
        out.append(f"| database CPU per instance (its processes for our database) | {num(db_ms(ours), 1)} ms | {num(db_ms(raw), 1)} ms |")
    out.append(f"| CPUs kept busy (server JVM + database processes) | {num(busy(ours), 2)} | {num(busy(raw), 2)} |")
    out.append(f"| instances measured / errors | {ours.get('iterations', '—')} / {ours.get('errors', '—')} | {raw.get('iterations', '—')} / {raw.get('errors', '—')} |")
    out.append("")

    sample = t.get("sampleApplication", {})
    checks = [
        f"every measured instance ended in \"Access granted\" according to the history: ours "
        f"{'yes' if ours.get('allGranted') else 'NO'} ({ours.get('grantedInHistory', '—')}), raw "
        f"{'yes' if raw.get('allGranted') else 'NO'} ({raw.get('grantedInHistory', '—')})",
    ]
    if sample:
        checks.append(f"last application {sample.get('status')} with {sample.get('decisions')} decisions and a grant"
                      if sample.get("grantId") else f"last application {sample.get('status')} WITHOUT a grant")
    if audit:
        checks.append(f"audit chain intact after all passes: {audit.get('intact')} ({audit.get('entriesChecked', '?')} entries)")
    checks.append(f"database after the run: {env('RUN_DB_MB')} MB")
    out.append("Checks: " + "; ".join(checks) + ".\n")

    segments = t.get("segments", [])
    if segments:
        out.append("Segments in the order they ran (instances/s): " + ", ".join(
            f"{s.get('name')} {num(s.get('perSecond'))}" for s in segments) + ".\n")

    out.extend(where_the_time_goes(t, one, sql, prof, met))
    out.extend(consent_section(load(os.path.join(target, "consent.json")),
                               load(os.path.join(target, "consent-profile.json"))))
    return "\n".join(out).rstrip() + "\n"


# Why a statement runs, by the table it touches (first match wins).
STATEMENT_CAUSES = [
    ("engine authorization (checks in task queries and completions, task permissions)", ("ACT_RU_AUTHORIZATION",)),
    ("process variables and their history", ("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")),
    ("audit trail", ("AUDIT_",)),
    ("our application data (applications, decisions, grants, staff directory)",
     ("RECORDING_", "DEPARTMENT", "STAFF_")),
    ("user operation log (completions by an authenticated user)", ("ACT_HI_OP_LOG",)),
]


def cause(kind):
    table = kind.split(" ", 1)[1] if " " in kind else ""
    for label, prefixes in STATEMENT_CAUSES:
        if table.startswith(prefixes):
            return label
    return "other engine work"


def where_the_time_goes(t, one, sql, prof, met):
    ours, raw = t.get("ours", {}), t.get("raw", {})
    title = "Where the time goes" + ("" if met else " (below target)")
    out = [f"### {title}\n"]
    out.append(f"From three extra passes after the comparison, on the same server: the same alternating "
               f"comparison, {env('RUN_EXTRA_SECONDS')} s per phase, once with 1 client, once with H2's statement "
               f"statistics on, once under a JFR recording of CPU samples. They do not enter the figures above; "
               f"only ratios and counts are compared across them, since the database keeps growing.\n")
    notes = []
    oc = ours.get("cpuMillisPerIteration", ours.get("serverCpuMillisPerIteration"))
    rc = raw.get("cpuMillisPerIteration", raw.get("serverCpuMillisPerIteration"))
    jo, jr = ours.get("serverCpuMillisPerIteration"), raw.get("serverCpuMillisPerIteration")
    cpus = int(machine()["cpus"] or 1)
    po, pr = prof.get("ours", {}), prof.get("raw", {})
    co, cr = po.get("components", {}), pr.get("components", {})
    rows = []
    if co and cr and jo and jr:
        for name in set(co) | set(cr):
            o, r = co.get(name, 0) * jo, cr.get(name, 0) * jr
            rows.append((o - r, name, o, r))
        if oc - jo > 0.05 or rc - jr > 0.05:
            rows.append(((oc - jo) - (rc - jr), "PostgreSQL (its processes for our database)", oc - jo, rc - jr))
        rows.sort(reverse=True)
    def busy(phase):  # CPUs kept busy by the server and (if outside the JVM) the database
        return ((phase.get("serverCpuSeconds", 0) + phase.get("databaseCpuSeconds", 0))
                / (phase.get("elapsedSeconds") or 1))

    if oc and rc:
        bo, br = busy(ours), busy(raw)
        if bo and br:
            main = ("the CPU cost per instance is the main limit, waiting costs the rest" if rc / oc < bo / br
                    else "waiting is the main limit, the CPU cost per instance the rest")
            notes.append(f"**In one line:** instances per second = CPUs kept busy ÷ CPU per instance, so ours/raw = "
                         f"{num(100 * bo / br, 0)} % (CPUs kept busy, ours {num(bo, 2)} ÷ raw {num(br, 2)}) × "
                         f"{num(100 * rc / oc, 0)} % (CPU per instance, raw {num(rc)} ms ÷ ours {num(oc)} ms) = "
                         f"{num(100 * bo / br * rc / oc, 0)} % (measured: {num(100 * (t.get('ratio') or 0), 0)} %): "
                         f"{main}.")
        text = (f"**CPU:** ours costs {num(oc)} ms of CPU per instance, raw {num(rc)} ms (× {num(oc / rc, 2)}); "
                f"on {cpus} CPUs that alone caps ours at about {num(100 * rc / oc, 0)} % of raw.")
        if rows:
            extra = oc - rc
            in_db = sum(d for d, name, _, _ in rows if name.startswith(("H2", "PostgreSQL")))
            stack = sum(d for d, name, _, _ in rows
                        if name.startswith(("Hibernate", "CDI", "EJB", "our code", "Camunda CDI")))
            text += (f" Of the {num(extra)} ms extra, {num(in_db)} ms ({num(100 * in_db / extra, 0)} %) are spent in "
                     f"the database"
                     + (" — executing statements and compacting its file afterwards" if any(
                         name.startswith("H2 background") for _, name, _, _ in rows) else "")
                     + f" (table below); the Java layers of our own stack (Hibernate, CDI, EJB, our code) add "
                     f"{num(stack)} ms.")
            auth = po.get("activitiesOnLoadThreads", {}).get("Camunda authorization checks")
            if auth and jo:
                auth_ms = auth * (po.get("loadSamples") or 0) / (po.get("samples") or 1) * jo
                text += (f" Counted inclusively (SQL and MyBatis included), the engine's authorization checks — on "
                         f"for ours as security requires, off in the raw engine — take about {num(auth_ms)} ms per "
                         f"instance.")
        notes.append(text)
    o1, r1 = one.get("ours", {}).get("perSecond"), one.get("raw", {}).get("perSecond")
    so, sr = sql.get("ours", {}), sql.get("raw", {})
    ko, kr = sql_kinds(so), sql_kinds(sr)
    lock = ko.get("SELECT AUDIT_CHAIN_HEAD", {})
    # Since the sequenced chain (issue 11) only the chainer reads the head, about once a second:
    # the sentence below is for a run whose transactions still lock it (≥ 1 per instance).
    if (lock.get("statementsPerInstance") or 0) < 0.5:
        lock = {}
    if (o1 and r1) or lock:
        text = "**Waiting:**"
        if o1 and r1:
            r_one, r_all = o1 / r1, t.get("ratio") or 0
            text += (f" with 1 client ours reaches {num(100 * r_one, 0)} % of raw ({num(o1)} vs {num(r1)}/s), "
                     f"with {t.get('clients', 2)} clients {num(100 * r_all, 0)} %"
                     + (": a second client helps ours less." if r_one - r_all > 0.05
                        else ": on this machine the CPUs, not the number of clients, set the pace."))
        if lock:
            text += (f" The audit trail locks its chain head row (`SELECT … FOR UPDATE`) at a transaction's first "
                     f"audit entry and keeps it until the commit — through the process start in the apply "
                     f"transaction, through the rest of the engine's work in a decision transaction — so audited "
                     f"transactions run one at a time. With H2's statistics on, that statement took "
                     f"{num(lock.get('millisPerInstance'))} ms per instance ({num(lock.get('statementsPerInstance'), 0)} "
                     f"executions), nearly all of it waiting for the other client's commit.")
        notes.append(text)
    if so.get("statementsPerInstance") and sr.get("statementsPerInstance"):
        by_cause = {}
        for kind in set(ko) | set(kr):
            d = ko.get(kind, {}).get("statementsPerInstance", 0) - kr.get(kind, {}).get("statementsPerInstance", 0)
            by_cause[cause(kind)] = by_cause.get(cause(kind), 0) + d
        listed = ", ".join(f"{'+' if d > 0 else ''}{num(d, 0)} {label}"
                           for label, d in sorted(by_cause.items(), key=lambda kv: -kv[1]) if abs(d) >= 0.5)
        inside_o = so.get("millisInH2PerInstance", 0) - lock.get("millisPerInstance", 0)
        notes.append(f"**Database work:** {num(so['statementsPerInstance'], 0)} SQL statements per instance for ours, "
                     f"{num(sr['statementsPerInstance'], 0)} for raw: {listed}. Time inside H2 per instance, lock "
                     f"wait on the chain head left out: {num(inside_o)} ms vs {num(sr.get('millisInH2PerInstance'))} ms "
                     f"(with the statistics on, which slows H2 down).")
    fo, fr = t.get("footprintOfOneInstance", {}).get("ours", {}), t.get("footprintOfOneInstance", {}).get("raw", {})
    if fo and fr and (fo.get("processVariables", 0) > fr.get("processVariables", 0)):
        notes.append(f"**Process data:** one instance of ours leaves {fo.get('processVariables')} variables and "
                     f"{fo.get('variableUpdatesInHistory')} variable updates in the history (history level full), raw "
                     f"{fr.get('processVariables')} and {fr.get('variableUpdatesInHistory')}: our delegates copy the "
                     f"application's facts into the process for the approvers' forms.")
    out.extend(f"- {n}" for n in notes)
    out.append("")

    if rows:
        out.append(f"Server CPU per instance by component: the shares of JFR CPU samples of all Java threads in the "
                   f"profiling pass ({po.get('samples')} samples for ours, {pr.get('samples')} for raw; each sample is "
                   f"charged to the innermost non-JDK frame"
                   + ("; H2's background writer thread separately" if any("background writer" in k for k in co) else "")
                   + ") applied to the server CPU per instance of the comparison above"
                   + ("; the database's own processes from their CPU time" if oc - jo > 0.05 else "")
                   + ". GC and JIT compiler threads are not sampled; their CPU is spread proportionally.\n")
        out.append("| component | ours ms/instance | raw ms/instance | difference |")
        out.append("|---|---|---|---|")
        shown = [row for row in rows if max(row[2], row[3]) >= 0.3]
        for d, name, o, r in shown:
            out.append(f"| {name} | {num(o)} | {num(r)} | {'+' if d >= 0 else ''}{num(d)} |")
        rest = [row for row in rows if row not in shown]
        if rest:
            out.append(f"| everything else | {num(sum(r[2] for r in rest))} | {num(sum(r[3] for r in rest))} | "
                       f"{num(sum(r[0] for r in rest))} |")
        out.append(f"| **total** | **{num(oc)}** | **{num(rc)}** | **+{num(oc - rc)}** |")
        out.append("")
        act = po.get("activitiesOnLoadThreads", {})
        load_share = (po.get("loadSamples") or 0) / (po.get("samples") or 1)
        if act and jo:
            top = sorted(act.items(), key=lambda kv: -kv[1])
            out.append("What the client threads of ours were doing, as server CPU per instance with the activity "
                       "anywhere on the stack (inclusive, so they overlap): "
                       + "; ".join(f"{k} {num(v * load_share * jo)} ms" for k, v in top if v * load_share * jo >= 0.3)
                       + ".\n")
    return out


AUDIT_OVERHEAD_TARGET = 0.15


def audit_rows(a):
    """Rows of the run's main table: the audit trail itself (issue 11)."""
    by_clients = a.get("clients") or {}
    if not by_clients:
        return []
    rows = []
    seconds, warmup = num(a.get("seconds"), 0), num(a.get("warmup"), 0)
    for clients in sorted(by_clients, key=int):
        f = by_clients[clients]
        overhead = f.get("overhead")
        verdict = ""
        if clients == "8" and overhead is not None:
            verdict = ("; target ≤ 15 %: met" if overhead <= AUDIT_OVERHEAD_TARGET else
                       f"; target ≤ 15 %: **not met**")
        rows.append(
            f"| audit trail, {clients} clients | **{num(f.get('auditedPerSecond'), 0)} audited tx/s** vs "
            f"{num(f.get('plainPerSecond'), 0)} without the entry: overhead **{pct(overhead)} %**{verdict} | "
            f"one key read + one row written per transaction, with / without `AuditTrail.record` in it; "
            f"{seconds} s per kind after {warmup} s warm-up, alternating; chainer on its 1 s timer meanwhile, "
            f"its queue after an audited segment ≤ {f.get('unchainedAfterAuditedSegmentMax', '—')} entries |")
        if f.get("auditedCpuMicrosPerTx") is not None:
            rows.append(
                f"| audit trail, {clients} clients, CPU | **{num(f.get('auditedCpuMicrosPerTx'), 0)} µs** per audited tx vs "
                f"{num(f.get('plainCpuMicrosPerTx'), 0)} µs without the entry: overhead by CPU **{pct(f.get('cpuOverhead'))} %** | "
                f"the server's CPU (chainer included) and the database's per transaction, which other work on the "
                f"machine hardly changes (it kept {num(f.get('otherWorkCpusBusy'), 2)} CPUs busy meanwhile) |")
    rows.append(
        f"| audit trail, chainer | caught up {num(a.get('chainerCatchUpSeconds'), 1)} s after the last segment; "
        f"chain intact: {a.get('verificationIntact')} ({a.get('entriesChecked', '—')} entries) | "
        f"entries left unchained at the end: {a.get('unchainedAtEnd', '—')} |")
    return rows


CONSENT_PHASES = (("jdbc", "bare JDBC primary-key select"), ("inProcess", "consent check in-process"),
                  ("http", "consent check over HTTP"))


def latency(phase, key):
    return phase.get("latencyMillis", {}).get(key)


def rate_ratio(c, key):
    """Calls per second of a phase ÷ the bare select's, from the unrounded rates."""
    rate, base = c.get(key, {}).get("perSecond"), c.get("jdbc", {}).get("perSecond")
    return rate / base if rate is not None and base else c.get("ratios", {}).get(key, {}).get("ratio")


def consent_rows(c):
    """Rows of the run's main table: the consent check's headline figures (issue 3)."""
    if not c.get("jdbc"):
        return []
    j, i, h = c["jdbc"], c["inProcess"], c["http"]
    ratios = c.get("ratios", {})
    clients = c.get("clients")
    seconds, warmup = num(c.get("secondsPerPhase"), 0), num(c.get("warmupSecondsPerPhase"), 0)
    rows = [
        f"| consent check: bare JDBC baseline | **{num(j.get('perSecond'), 0)} selects/s**, p99 "
        f"{num(latency(j, 'p99'), 2)} ms | one ledger entry by primary key (`consent_entry.sequence`) on the "
        f"application's datasource, pooled connection, no transaction; {clients} clients, {seconds} s after "
        f"{warmup} s warm-up, alternating with the two below |",
        f"| consent check: in-process | **{num(i.get('perSecond'), 0)} checks/s**, p99 "
        f"{num(latency(i, 'p99'), 2)} ms | the real `ConsentCheck.may(subject, purpose)` EJB, as the REST "
        f"resource calls it (no caller transaction), over the seeded ledger |",
        f"| consent check: over HTTP | **{num(h.get('perSecond'), 0)} checks/s**, p99 "
        f"{num(latency(h, 'p99'), 2)} ms | `GET /api/consent-checks?subject=&purpose=`, each app user asking "
        f"about themselves with their bearer token, HTTP/1.1 keep-alive, client in the server's JVM |",
    ]
    for key, label, target in (("inProcess", "in-process", CONSENT_IN_PROCESS_TARGET),
                               ("http", "over HTTP", CONSENT_HTTP_TARGET)):
        r = ratios.get(key, {})
        ratio = rate_ratio(c, key)
        if ratio is None:
            continue
        verdict = ("met" if ratio >= target else
                   f"**not met**, {num(100 * (target - ratio), 0)} points short")
        rows.append(f"| consent check {label} / bare JDBC | **{pct(ratio)} %** | target ≥ {target:.0%}: "
                    f"{verdict}; cross-checks {pct(r.get('medianPairRatio', 0))} % (median of adjacent "
                    f"segments) / {pct(r.get('cpuCostRatio', 0))} % (CPU per select ÷ CPU per check) |")
    rows.extend(http_constant_rows(c))
    return rows


def http_constant_rows(c):
    """The HTTP check next to the second HTTP baseline of the same run (issue 11): a JAX-RS resource
    of the benchmark WAR answering a ready JSON string — what any HTTP answer costs in this server.
    An extra ratio, clearly apart from the target's (which stays HTTP ÷ bare JDBC)."""
    h, k = c.get("http", {}), c.get("httpConstant", {})
    if not k.get("perSecond") or not h.get("perSecond"):
        return []
    hc, kc = h.get("cpuMicrosPerIteration"), k.get("cpuMicrosPerIteration")
    cpu = f"{pct(kc / hc)} %" if hc and kc else "—"
    return [
        f"| extra HTTP baseline: constant over HTTP | **{num(k.get('perSecond'), 0)} answers/s**, p99 "
        f"{num(latency(k, 'p99'), 2)} ms, {micros(kc)} µs CPU per answer | `GET /benchmark/rs/constant`, a "
        f"JAX-RS resource answering a ready JSON string of the check's shape (pass-through authentication), "
        f"alternating with the phases above — the floor of an HTTP answer in this server |",
        f"| *extra, not the target:* consent check over HTTP / constant over HTTP | "
        f"**{pct(h['perSecond'] / k['perSecond'])} %** | how close the check comes to an endpoint that does "
        f"nothing; {cpu} by CPU per answer (constant ÷ check). The target (≥ {CONSENT_HTTP_TARGET:.0%} of the "
        f"bare select) is judged above, on the bare select only |",
    ]


def consent_section(c, prof):
    """The consent check's details (issue 3): latencies, CPU, SQL, and where its time goes."""
    if not c.get("jdbc"):
        return []
    phases = [(key, label, c.get(key, {})) for key, label in CONSENT_PHASES]
    ledger = c.get("ledger", {})
    ratios = c.get("ratios", {})
    out = ["### Consent check: in-process and over HTTP, next to a bare JDBC select (issue 3)\n"]
    waited = env("RUN_CONSENT_QUIET", "")
    others = []
    for key, label, p in phases:
        e = p.get("elapsedSeconds") or 0
        others.append(f"{num((p.get('otherProcessesCpuSeconds') or 0) / e if e else 0, 2)} CPUs busy during "
                      f"{label.split(' ')[-1] if key != 'jdbc' else 'the JDBC select'}")
    out.append(
        f"Same server, same database ({c.get('database', '?')}), after the approval comparison (when the run had one). "
        f"The ledger was seeded first through the real `ConsentLedger` (each call its own transaction with its "
        f"audit entry): {ledger.get('subjects', '—')} people accepted the policy and gave, withdrew and gave again "
        f"optional consents — {ledger.get('entriesRecordedBySeeding', '—')} entries in {num(ledger.get('seedingSeconds'))} s "
        f"({ledger.get('allLedgerEntries', '—')} in the ledger). Checked: every person with "
        f"{ledger.get('checkedPairs', 0) // max(1, ledger.get('subjects', 1))} purposes (necessary, optional given, "
        f"withdrawn, never given), {ledger.get('checkedPairs', '—')} questions of which {ledger.get('allowedPairs', '—')} "
        f"are allowed; each answer, over HTTP too, is compared with the one the check gave before the "
        f"measurement. {c.get('clients')} clients in a closed loop per phase, {num(c.get('warmupSecondsPerPhase'), 0)} s "
        f"warm-up each (discarded), then {num(c.get('secondsPerPhase'), 0)} s per phase in {c.get('rounds')} "
        f"alternating segments (JDBC, in-process, HTTP, HTTP, in-process, JDBC, …)."
        + (f" Before it began, other work kept {env('RUN_CONSENT_QUIET')} CPUs busy (after "
           f"{num(env('RUN_CONSENT_WAITED', '0'), 0)} s of waiting); load average {env('RUN_CONSENT_LOAD_BEFORE')} before and "
           f"{env('RUN_CONSENT_LOAD_AFTER')} after; while measured, other processes kept " + ", ".join(others)
           + "." if waited else "") + "\n")
    out.append("| | " + " | ".join(label for _, label, _ in phases) + " |")
    out.append("|---|" + "---|" * len(phases))

    def row(title, fn):
        out.append(f"| {title} | " + " | ".join(fn(p) for _, _, p in phases) + " |")

    row("per second", lambda p: f"**{num(p.get('perSecond'), 0)}**")
    row("vs bare JDBC", lambda p: "100 %" if p is c["jdbc"] else
        f"**{pct((p.get('perSecond') or 0) / (c['jdbc'].get('perSecond') or 1))} %**")
    for key, title in (("p50", "latency p50"), ("p90", "latency p90"), ("p99", "**latency p99**"),
                       ("p999", "latency p99.9"), ("max", "latency max")):
        row(title, lambda p, key=key: f"{num(latency(p, key), 3)} ms")

    def busy(p):
        e = p.get("elapsedSeconds") or 0
        return (p.get("serverCpuSeconds", 0) + p.get("databaseCpuSeconds", 0)) / e if e else 0

    row("CPU per call (server JVM + database processes)", lambda p: f"{micros(p.get('cpuMicrosPerIteration'))} µs")
    if any((p.get("databaseCpuSeconds") or 0) > 0 for _, _, p in phases):
        row("… of it in the database's processes", lambda p: f"{micros((p.get('databaseCpuSeconds') or 0) * 1e6 / max(1, p.get('iterations') or 1))} µs")
    row("… of it the HTTP client (sending threads + HttpClient's own)", lambda p: (
        f"{num((p.get('clientThreadCpuMicrosPerIteration') or 0) + (p.get('httpClientThreadsCpuMicrosPerIteration') or 0), 0)} µs"
        if p is c["http"] else "—"))
    row("CPUs kept busy (server JVM + database processes)", lambda p: num(busy(p), 2))
    row("allowed answers", lambda p: "—" if p is c["jdbc"] else
        f"{num(100 * (p.get('allowedAnswers') or 0) / max(1, p.get('iterations') or 1), 0)} %")
    row("calls measured / errors", lambda p: f"{p.get('iterations', '—')} / {p.get('errors', '—')}")
    out.append("")
    errors = [f"{label}: {p['firstError']}" for _, label, p in phases if p.get("firstError")]
    if errors:
        out.append("First errors: " + "; ".join(errors) + "\n")
    segments = c.get("segments", [])
    if segments:
        out.append("Segments in the order they ran (per second / p99 ms): " + ", ".join(
            f"{s.get('name')} {num(s.get('perSecond'), 0)} / {num(s.get('p99Millis'), 2)}" for s in segments) + ".\n")

    notes = []
    j = c["jdbc"]
    jc = j.get("cpuMicrosPerIteration") or 0
    for key, label, target in (("inProcess", "In-process", CONSENT_IN_PROCESS_TARGET),
                               ("http", "Over HTTP", CONSENT_HTTP_TARGET)):
        p = c.get(key, {})
        pc = p.get("cpuMicrosPerIteration") or 0
        ratio = rate_ratio(c, key)
        if not (jc and pc and ratio is not None and busy(j)):
            continue
        b = busy(p) / busy(j)
        text = (f"**{label}: {pct(ratio)} % of bare JDBC** (target {target:.0%}, "
                + ("met" if ratio >= target else f"not met by {num(100 * (target - ratio), 0)} points: it would need "
                   f"{num(target * (j.get('perSecond') or 0), 0)}/s, × {num(target / ratio, 1)}") + "). "
                f"Calls per second = CPUs kept busy ÷ CPU per call, so the ratio = {pct(b)} % (CPUs kept busy, "
                f"{num(busy(p), 2)} ÷ {num(busy(j), 2)}) × {pct(jc / pc)} % (CPU per call, select {micros(jc)} µs ÷ "
                f"{micros(pc)} µs) = {pct(b * jc / pc)} %: "
                + ("the CPU cost per call sets the pace." if jc / pc < b else "waiting, not CPU, sets the pace."))
        if key == "http":
            client = (p.get("clientThreadCpuMicrosPerIteration") or 0) + (p.get("httpClientThreadsCpuMicrosPerIteration") or 0)
            if client:
                text += (f" The client's own threads took {micros(client)} µs of it per request; the server's side "
                         f"alone is {micros(pc - client)} µs, {num((pc - client) / jc, 1)} × the select.")
        notes.append(text)
    sql = c.get("sql", {})
    sj, si = sql.get("jdbc", {}), sql.get("inProcess", {})
    if si.get("statementsPerInstance"):
        kinds = ", ".join(f"{num(k.get('statementsPerInstance'), 1)} × {k.get('kind')}"
                          for k in si.get("byTableAndKind", []))
        notes.append(f"**SQL (H2's statement statistics, a separate 4 s pass each):** one check runs "
                     f"{num(si.get('statementsPerInstance'), 1)} statements ({kinds}), {num(si.get('millisInH2PerInstance'), 3)} ms "
                     f"inside H2; the baseline {num(sj.get('statementsPerInstance'), 1)} statement, "
                     f"{num(sj.get('millisInH2PerInstance'), 3)} ms."
                     + (f" So even if each of its statements cost no more than the bare select, the check could "
                        f"reach only about {num(100 * (sj.get('statementsPerInstance') or 1) / si['statementsPerInstance'], 0)} % "
                        f"of it; the rest of the gap is what goes around every statement (JPA query, entity, "
                        f"pooled connection per statement outside a transaction) and around the call (EJB and "
                        f"CDI interceptors) — see the table below."
                        if si["statementsPerInstance"] > (sj.get("statementsPerInstance") or 1) + 0.5 else ""))
    hp = prof.get("http", {})
    ract = hp.get("activitiesOnRequestThreads", {})
    if ract and hp.get("requestSamples"):
        top = sorted(ract.items(), key=lambda kv: -kv[1])
        notes.append(f"**Over HTTP, on the server's request threads** ({hp['requestSamples']} JFR samples; the activity "
                     f"anywhere on the stack, inclusive, so they overlap): "
                     + "; ".join(f"{k} {num(100 * v, 0)} %" for k, v in top if v >= 0.02)
                     + ". JFR samples threads running Java code, so garbage collection and JIT compilation — part "
                     "of the CPU per call above — are not in these shares.")
    out.extend(f"- {n}" for n in notes)
    if notes:
        out.append("")

    # Where the CPU goes, from the JFR pass: component shares × CPU per call of the comparison.
    comps = {key: prof.get(key, {}).get("components", {}) for key, _, _ in phases}
    if all(comps.values()):
        server = {key: (p.get("serverCpuSeconds", 0) * 1e6 / max(1, p.get("iterations") or 1)) for key, _, p in phases}
        names = sorted(set().union(*[set(v) for v in comps.values()]),
                       key=lambda n: -max(comps[k].get(n, 0) * server[k] for k in comps))
        out.append(f"Server JVM CPU per call by component, from a separate pass under a JFR recording of CPU samples "
                   f"({env('RUN_EXTRA_SECONDS')} s per phase; "
                   + ", ".join(f"{prof.get(k, {}).get('samples', 0)} samples {label.split(' ')[-1] if k != 'jdbc' else 'JDBC'}"
                               for k, label, _ in phases)
                   + "; each sample charged to the innermost non-JDK frame), applied to the server CPU per call above. "
                   "In the HTTP column the client runs in the same JVM and is shown apart.\n")
        out.append("| component | " + " | ".join(f"{label} µs/call" for _, label, _ in phases) + " |")
        out.append("|---|" + "---|" * len(phases))
        rest = {k: 0.0 for k in comps}
        for name in names:
            values = {k: comps[k].get(name, 0) * server[k] for k in comps}
            if max(values.values()) < 2:
                for k in comps:
                    rest[k] += values[k]
                continue
            out.append(f"| {name} | " + " | ".join(micros(values[k]) for k in comps) + " |")
        out.append("| everything else | " + " | ".join(micros(rest[k]) for k in comps) + " |")
        out.append("| **total** | " + " | ".join(f"**{micros(server[k])}**" for k in comps) + " |")
        out.append("")
        act = prof.get("inProcess", {}).get("activitiesOnLoadThreads", {})
        share = (prof.get("inProcess", {}).get("loadSamples") or 0) / max(1, prof.get("inProcess", {}).get("samples") or 1)
        if act:
            top = sorted(((k, v * share * server["inProcess"]) for k, v in act.items()), key=lambda kv: -kv[1])
            out.append("In-process, what the calling threads were doing, as CPU per check with the activity anywhere "
                       "on the stack (inclusive, so they overlap): "
                       + "; ".join(f"{k} {micros(v)} µs" for k, v in top if v >= 2) + ".\n")
    return out


def main():
    target, results = sys.argv[1], sys.argv[2]
    read_run_env(target)
    section = run_section(target)
    try:
        with open(results, encoding="utf-8") as f:
            existing = f.read()
    except OSError:
        existing = ""
    if MARKER not in existing:
        existing = HEADER + ("\n" + existing if existing.strip() else "")
    head, tail = existing.split(MARKER, 1)
    with open(results, "w", encoding="utf-8") as f:
        f.write(head + MARKER + "\n\n" + section + ("\n" + tail.lstrip("\n") if tail.strip() else ""))


if __name__ == "__main__":
    main()
