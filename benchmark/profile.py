#!/usr/bin/env python3
"""Where the server's CPU goes: summarises the execution samples of a JFR recording.

    profile.py <recording.jfr> <run.json> <out.json>

<run.json> is the answer of the /benchmark/run call that ran while the recording was on; its
measured segments (phase, start and end time) decide which phase a sample belongs to — samples
outside the measured segments (warm-up, set-up) are left out.

Reads `jfr print --events jdk.ExecutionSample` (the JDK's own tool) and counts, per phase and over
all Java threads of the server, which component the sampled thread was executing: each sample goes
to the innermost frame that is not JDK code (java.*, jdk.*, sun.*), so a HashMap lookup inside
Hibernate counts as Hibernate. It also counts, for the threads that ran the load, how often
well-known activities were anywhere on the stack (inclusive shares; they overlap). Writes JSON for
results.py.
"""
import collections
import json
import os
import re
import subprocess
import sys

JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")

# First matching prefix wins: order from specific to general.
COMPONENTS = [
    ("com.meike.privacy.benchmark.", "benchmark driver"),
    ("com.meike.privacy.", "our code (services, domain, delegates)"),
    ("org.h2.", "H2 database"),
    ("org.postgresql.", "PostgreSQL JDBC driver"),
    ("org.hibernate.", "Hibernate (JPA)"),
    ("org.apache.ibatis.", "MyBatis (Camunda's SQL mapping)"),
    ("org.camunda.bpm.engine.cdi.", "Camunda CDI bridge (expressions via CDI)"),
    ("org.camunda.bpm.impl.juel.", "expression language (JUEL)"),
    ("org.camunda.bpm.engine.impl.juel.", "expression language (JUEL)"),
    ("org.camunda.bpm.engine.impl.el.", "expression language (JUEL)"),
    ("org.camunda.bpm.engine.impl.db.", "Camunda engine: persistence"),
    ("org.camunda.bpm.engine.impl.persistence.", "Camunda engine: persistence"),
    ("org.camunda.", "Camunda engine: execution"),
    ("com.arjuna.", "JTA (Narayana) and connection pool"),
    ("org.wildfly.transaction.", "JTA (Narayana) and connection pool"),
    ("org.jboss.jca.", "JTA (Narayana) and connection pool"),
    ("org.jboss.weld.", "CDI (Weld)"),
    ("org.jboss.as.ejb3.", "EJB container"),
    ("org.jboss.invocation.", "EJB container"),
    ("org.jboss.ejb.", "EJB container"),
    ("org.jboss.resteasy.", "JAX-RS (RESTEasy)"),
    ("org.jose4j.", "JWT verification (jose4j)"),
    ("org.wildfly.security.", "security (Elytron, Jakarta Security)"),
    ("org.glassfish.soteria.", "security (Elytron, Jakarta Security)"),
    ("org.jboss.as.", "WildFly other"),
    ("org.wildfly.", "WildFly other"),
    ("org.jboss.", "WildFly other"),
    ("org.apache.activemq.", "messaging (Artemis)"),
    ("io.undertow.", "web server (Undertow)"),
    ("io.netty.", "messaging (Artemis)"),
    ("org.flywaydb.", "Flyway"),
    ("org.eclipse.yasson.", "JSON-B"),
]

# Activities counted inclusively on the load threads: (label, regex on a frame).
ACTIVITIES = [
    ("audit trail append (lock chain head + insert entry)", r"^com\.meike\.privacy\.audit\.application\.internal\.DefaultAuditTrail\.record\("),
    ("our service methods (apply, decide, issueGrant, application)", r"^com\.meike\.privacy\.recording\.application\.internal\.DefaultRecordingAccessService\.(apply|decide|issueGrant|application)\("),
    ("staff directory look-ups (approval route)", r"^com\.meike\.privacy\.identity\.application\.internal\.DefaultStaffDirectory\."),
    ("our delegates (register, decide, grant)", r"^com\.meike\.privacy\.bpmn\.recording\.RecordingAccessProcess\.(register|decide|grant)\("),
    ("expression resolution through CDI", r"^org\.camunda\.bpm\.engine\.cdi\."),
    ("Hibernate flush", r"^org\.hibernate\.event\.internal\.(AbstractFlushingEventListener|DefaultFlushEventListener|DefaultAutoFlushEventListener)\."),
    ("Hibernate (any)", r"^org\.hibernate\."),
    ("Camunda flush (DbEntityManager.flush)", r"^org\.camunda\.bpm\.engine\.impl\.db\.entitymanager\.DbEntityManager\.flush"),
    ("Camunda authorization checks", r"^org\.camunda\.bpm\.engine\.impl\.(persistence\.entity\.AuthorizationManager|cfg\.auth\.)"),
    ("Camunda history events", r"^org\.camunda\.bpm\.engine\.impl\.history\."),
    ("task query (find the approver's task)", r"^org\.camunda\.bpm\.engine\.impl\.TaskQueryImpl\.(executeList|executeCount|executeSingleResult)"),
    ("transaction commit (JTA, all resources)", r"^com\.arjuna\.ats\.internal\.jta\.transaction\.arjunacore\.(TransactionImple\.commitAndDisassociate|BaseTransaction\.commit)"),
    ("JDBC inside H2 (any SQL)", r"^org\.h2\."),
    ("consent check (DefaultConsentCheck.may, inclusive)", r"^com\.meike\.privacy\.consent\.application\.internal\.DefaultConsentCheck\.may\("),
    ("connection from the pool (getConnection)", r"^org\.jboss\.jca\.adapters\.jdbc\.WrapperDataSource\.getConnection"),
    ("Hibernate queries (HQL to SQL, execute, load entities)", r"^org\.hibernate\.query\."),
    ("HTTP client (java.net.http)", r"^jdk\.internal\.net\.http\."),
    ("authentication (the EAR's mechanism: bearer token or Basic)", r"^com\.meike\.privacy\.identity\.infrastructure\.security\.ApiAuthenticationMechanism\.validateRequest"),
    ("JWT verification (jose4j)", r"^org\.jose4j\."),
    ("JSON-B (any: writing the answer)", r"^org\.jboss\.resteasy\.plugins\.providers\.jsonb\."),
    ("JSON-B: a new Jsonb for each response (JsonbBuilder.create)", r"^jakarta\.json\.bind\.JsonbBuilder\.create"),
    ("EJB interceptor chain", r"^org\.jboss\.as\.ejb3\."),
    ("Weld (CDI proxies, events, contexts)", r"^org\.jboss\.weld\."),
]

FRAME = re.compile(r"^\s{4}(\S.*?)(?:\s+line:\s*\d+)?\s*$")


DAY_MS = 24 * 3600 * 1000


def time_of_day_ms(text):
    """'14:17:27.162' (as `jfr print` writes it, here in UTC) -> milliseconds since midnight."""
    h, m, rest = text.split(":")
    sec, _, frac = rest.partition(".")
    return ((int(h) * 60 + int(m)) * 60 + int(sec)) * 1000 + int((frac + "000")[:3])


def samples(jfr_file):
    """Yields (time of day in ms, thread name, frames innermost first)."""
    text = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", jfr_file],
        check=True, capture_output=True, text=True, env=dict(os.environ, TZ="UTC")).stdout
    when, thread, frames, in_stack = None, None, [], False
    for line in text.splitlines():
        if line.startswith("jdk.ExecutionSample"):
            when, thread, frames, in_stack = None, None, [], False
        elif line.startswith("  startTime = "):
            when = time_of_day_ms(line.split("=", 1)[1].strip())
        elif line.startswith("  sampledThread = "):
            thread = line.split('"')[1] if '"' in line else line.split("=", 1)[1].strip()
        elif line.startswith("  stackTrace = ["):
            in_stack = True
        elif in_stack and line.startswith("  ]"):
            in_stack = False
            yield when, thread, frames
        elif in_stack:
            m = FRAME.match(line)
            if m and m.group(1) != "...":
                frames.append(m.group(1))


def component(frames):
    for frame in frames:
        if frame.startswith(JDK):
            continue
        for prefix, name in COMPONENTS:
            if frame.startswith(prefix):
                return name
        return "other: " + ".".join(frame.split(".")[:3])
    return "JDK only (e.g. compiled lambdas, class loading)"


def thread_kind(name):
    if name is None:
        return "other"
    if name.startswith("EE-ManagedExecutorService"):
        return "load (benchmark clients)"
    if name.startswith("MVStore background writer") or name.startswith("H2-serialization"):
        return "H2 background writer"
    if name.startswith("default task"):
        return "web request threads"
    if name.startswith("HttpClient-"):
        return "HTTP client threads"
    if name.startswith("default I/O"):
        return "web server I/O threads"
    return "other server threads"


def phase_of(when, segments):
    """The phase whose measured segment contains this time of day, or None."""
    if when is None:
        return None
    for name, start, end in segments:
        if start <= end and start <= when <= end:
            return name
        if start > end and (when >= start or when <= end):  # a segment across midnight
            return name
    return None


def summary(counted):
    total = counted["samples"]
    load_total = counted["loadSamples"]
    return {
        "samples": total,
        "threads": {k: round(v / total, 4) for k, v in counted["threads"].most_common()} if total else {},
        "components": {k: round(v / total, 4) for k, v in counted["components"].most_common()} if total else {},
        "loadSamples": load_total,
        "activitiesOnLoadThreads": {label: round(counted["activities"][label] / load_total, 4)
                                    for label, _ in ACTIVITIES} if load_total else {},
        # requests served over HTTP: the same activities on the web server's request threads
        "requestSamples": counted["requestSamples"],
        "activitiesOnRequestThreads": {label: round(counted["requestActivities"][label] / counted["requestSamples"], 4)
                                       for label, _ in ACTIVITIES if counted["requestActivities"][label]}
        if counted["requestSamples"] else {},
    }


def main():
    jfr_file, run_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(run_file, encoding="utf-8") as f:
        run = json.load(f)
    segments = [(s["name"], s["startedAtMillis"] % DAY_MS, s["endedAtMillis"] % DAY_MS)
                for s in run.get("segments", [])]
    counts = {}
    outside = 0
    for when, thread, frames in samples(jfr_file):
        phase = phase_of(when, segments)
        if phase is None:
            outside += 1
            continue
        c = counts.setdefault(phase, {"samples": 0, "loadSamples": 0, "threads": collections.Counter(),
                                      "components": collections.Counter(), "activities": collections.Counter(),
                                      "requestSamples": 0, "requestActivities": collections.Counter()})
        c["samples"] += 1
        kind = thread_kind(thread)
        c["threads"][kind] += 1
        # H2's background writer rewrites the database file on its own thread: shown apart from
        # the SQL the clients run, since it depends on how much was written rather than on a call.
        if kind == "H2 background writer":
            charged = "H2 background writer (file compaction)"
        elif kind == "HTTP client threads" or (kind.startswith("load") and phase in ("http", "httpConstant")):
            # the consent check's HTTP phase: the load threads are the HTTP client
            charged = "HTTP client (benchmark threads and HttpClient's own)"
        else:
            charged = component(frames)
        c["components"][charged] += 1
        if kind.startswith("load"):
            c["loadSamples"] += 1
            for label, pattern in ACTIVITIES:
                if any(re.search(pattern, f) for f in frames):
                    c["activities"][label] += 1
        elif kind == "web request threads":
            c["requestSamples"] += 1
            for label, pattern in ACTIVITIES:
                if any(re.search(pattern, f) for f in frames):
                    c["requestActivities"][label] += 1
    result = {phase: summary(c) for phase, c in counts.items()}
    result["samplesOutsideSegments"] = outside
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
