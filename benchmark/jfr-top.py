#!/usr/bin/env python3
"""Where the server's CPU went over a whole JFR recording (campaign-benchmark.sh with CAMPAIGN_JFR=1).

    jfr-top.py <recording.jfr>

Reads `jfr print --events jdk.ExecutionSample --stack-depth 64` (the JDK's own tool) and prints, over
all sampled threads: the share of samples per thread-name group, the innermost frames (self time,
top 25), the innermost frame outside the JDK grouped by component, and how often some activities
were anywhere on the stack (inclusive; they overlap). Unlike profile.py it needs no phase segments:
the campaign benchmark's recording covers seeding, the campaign and the raw producer together.
"""
import collections
import re
import subprocess
import sys

JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")
COMPONENTS = [
    ("com.meike.privacy.benchmark.", "benchmark driver"),
    ("com.meike.privacy.", "our code"),
    ("org.h2.", "H2 database"),
    ("org.postgresql.", "PostgreSQL driver"),
    ("org.hibernate.", "Hibernate"),
    ("org.apache.activemq.", "Artemis broker"),
    ("com.arjuna.", "Narayana transactions"),
    ("org.jboss.weld.", "Weld (CDI)"),
    ("org.jboss.as.ejb3.", "EJB container"),
    ("org.jboss.invocation.", "EJB container"),
    ("org.jboss.jca.", "IronJacamar (connection pool)"),
    ("org.eclipse.parsson.", "JSON (Parsson)"),
    ("org.jboss.modules.", "JBoss Modules (class loading, service loader)"),
    ("io.netty.", "Netty"),
    ("io.undertow.", "Undertow"),
]
ACTIVITIES = [
    ("campaign batch (NoticeCampaignRelay.sendNextBatch)", "NoticeCampaignRelay.sendNextBatch"),
    ("notices (DefaultNotifications.tellCampaignBatch)", "DefaultNotifications.tellCampaignBatch"),
    ("phone lookup (AccountContacts.phoneOf)", "DefaultAccountContacts.phoneOf"),
    ("consent check (ConsentCheck.may)", "DefaultConsentCheck.may"),
    ("partner outbound (DefaultPartnerOutbound.sendAll)", "DefaultPartnerOutbound.sendAll"),
    ("payload scope cut (PayloadFilter.restrict)", "PayloadFilter.restrict"),
    ("outbox relay hand-over (OutboxRelay.handOver)", "OutboxRelay.handOver"),
    ("JMS send (JmsPartnerQueue.put)", "JmsPartnerQueue.put"),
    ("recipients claimed (JpaCampaignRepository.claim)", "JpaCampaignRepository.claim"),
    ("recipients marked (JpaCampaignRepository.record)", "JpaCampaignRepository.record"),
    ("progress read (DefaultNoticeCampaigns.progress)", "DefaultNoticeCampaigns.progress"),
    ("audit entry (AuditTrail)", "DefaultAuditTrail"),
    ("audit append (JpaAuditTrailRepository.add)", "JpaAuditTrailRepository.add"),
    ("audit chainer step (AuditChaining.chainNext)", "AuditChaining.chainNext"),
    ("chainer: queue read (unchained)", "JpaAuditTrailRepository.unchained"),
    ("chainer: links, look-up rows, queue delete (chained)", "JpaAuditTrailRepository.chained"),
    ("chainer: head lock (lockHead)", "JpaAuditTrailRepository.lockHead"),
    ("chainer: hashing (AuditChainHead.link)", "AuditChainHead.link"),
    ("audit-trail benchmark transaction (AuditedWork.change)", "AuditedWork.change"),
    ("connection from the pool (getConnection)", "getConnection"),
    ("Hibernate flush", "org.hibernate.event.internal.AbstractFlushingEventListener"),
    ("PostgreSQL JDBC (any statement)", "org.postgresql.core.v3.QueryExecutorImpl.execute"),
    ("transaction commit (Narayana)", "TwoPhaseCoordinator.end"),
    ("JDBC inside H2 (any SQL)", "org.h2.command.Command.execute"),
    ("JSON provider lookup (JsonProvider.provider)", "JsonProvider.provider"),
    ("raw JMS producer (benchmark)", "CampaignThroughput.raw"),
]


def component(frame):
    for prefix, name in COMPONENTS:
        if frame.startswith(prefix):
            return name
    return "other: " + ".".join(frame.split(".")[:3])


def main(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                         capture_output=True, text=True, check=True).stdout
    total = 0
    self_frames = collections.Counter()
    components = collections.Counter()
    inclusive = collections.Counter()
    threads = collections.Counter()
    for event in out.split("jdk.ExecutionSample {")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+)\(.*?\)\s+line:", event, re.M)
        if not frames:
            continue
        total += 1
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        threads[re.sub(r"[-\s#]*\d+", "", thread.group(1)) if thread else "?"] += 1
        self_frames[frames[0]] += 1
        ours = next((f for f in frames if not f.startswith(JDK)), frames[0])
        components[component(ours)] += 1
        stack = "\n".join(frames)
        for name, marker in ACTIVITIES:
            if marker in stack:
                inclusive[name] += 1
    print(f"{total} CPU samples")
    for title, counter, n in (("threads (name without numbers)", threads, 12),
                              ("innermost frame outside the JDK, by component", components, 20),
                              ("activity anywhere on the stack (inclusive, overlapping)", inclusive, 40),
                              ("innermost frame (self)", self_frames, 25)):
        print(f"\n## {title}")
        for key, count in counter.most_common(n):
            print(f"{100.0 * count / max(1, total):5.1f} %  {count:7d}  {key}")


if __name__ == "__main__":
    main(sys.argv[1])
