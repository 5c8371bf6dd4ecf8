package com.meike.privacy.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Issue 5, "Measure and record": committed business changes with ten partner messages each per
 * second ({@link PartnerChanges}: the change, the outbox and disclosure rows in one transaction,
 * then the relay hands all ten messages to their {@code partner.<id>.outbound} queues in one JTA
 * transaction), next to raw transacted JMS sends to the same queues of the same broker: ten text
 * messages of the same size per local transaction on the in-VM connection factory, persistent —
 * once without and once with an Artemis duplicate-detection id {@code _AMQ_DUPL_ID} per message.
 *
 * <p>The three phases run in alternating segments (the order rotates every round) with the same
 * number of closed-loop client threads. A segment of ours ends when every message of its changes is
 * on its queue (the outbox has no pending row), so the relay's work counts. After every segment
 * (untimed) the queues are emptied, so no segment pays for the messages of another (paging).
 */
@ApplicationScoped
public class PartnerThroughput {

  enum Phase {
    OURS,
    RAW,
    RAW_DUPLICATE_ID
  }

  static final String CONNECTION_FACTORY = "java:/ConnectionFactory";

  @EJB PartnerChanges changes;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  private final AtomicBoolean busy = new AtomicBoolean();
  private final AtomicLong segments = new AtomicLong();

  /** Figures per phase. */
  static final class Totals {
    long operations;
    double seconds;
    double commitSeconds;
    double cpuSeconds;
    final List<Double> rates = new ArrayList<>();
  }

  /** Runs the comparison; empty when another run is in progress. */
  public Optional<JsonObject> run(int clients, double seconds, double warmup, int rounds)
      throws Exception {
    if (!busy.compareAndSet(false, true)) {
      return Optional.empty();
    }
    try {
      Totals[] totals = {new Totals(), new Totals(), new Totals()};
      // warm-up: ours first, so the raw phases send what ours' messages weigh
      long[] size = {0, 0};
      segment(Phase.OURS, clients, warmup, new Totals(), size);
      int bodyLength = (int) Math.max(200, size[0] / Math.max(1, size[1]));
      String body = body(bodyLength);
      segment(Phase.RAW, clients, warmup, new Totals(), null, body);
      segment(Phase.RAW_DUPLICATE_ID, clients, warmup, new Totals(), null, body);
      double each = seconds / rounds;
      JsonArrayBuilder order = Json.createArrayBuilder();
      Phase[] phases = Phase.values();
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < phases.length; i++) {
          Phase phase = phases[(i + round) % phases.length];
          double rate = segment(phase, clients, each, totals[phase.ordinal()], null, body);
          order.add(phase.name() + " " + String.format("%.1f", rate));
        }
      }
      JsonObjectBuilder figures = Json.createObjectBuilder();
      for (Phase phase : phases) {
        Totals t = totals[phase.ordinal()];
        figures.add(
            phase.name(),
            Json.createObjectBuilder()
                .add("operations", t.operations)
                .add("seconds", t.seconds)
                .add("perSecond", t.operations / t.seconds)
                .add("messagesPerSecond", 10 * t.operations / t.seconds)
                .add("commitOnlyPerSecond", t.operations / t.commitSeconds)
                .add("cpuMsPerOperation", 1000 * t.cpuSeconds / Math.max(1, t.operations))
                .add("segmentRates", Json.createArrayBuilder(t.rates)));
      }
      double ours = rate(totals[0]);
      double raw = rate(totals[1]);
      double rawDuplicate = rate(totals[2]);
      return Optional.of(
          Json.createObjectBuilder()
              .add("clients", clients)
              .add("seconds", seconds)
              .add("warmup", warmup)
              .add("rounds", rounds)
              .add("messagesPerOperation", PartnerChanges.MESSAGES)
              .add("bodyLength", bodyLength)
              .add("phases", figures)
              .add("segments", order)
              .add("oursOverRaw", ours / raw)
              .add("oursOverRawWithDuplicateId", ours / rawDuplicate)
              .add("duplicateIdCost", 1 - rawDuplicate / raw)
              .add("cpuOursOverRaw", cpu(totals[1]) / cpu(totals[0]))
              .add("cpuDuplicateIdCost", 1 - cpu(totals[1]) / cpu(totals[2]))
              .build());
    } finally {
      busy.set(false);
    }
  }

  private static double rate(Totals t) {
    return t.operations / t.seconds;
  }

  private static double cpu(Totals t) {
    return t.cpuSeconds / Math.max(1, t.operations);
  }

  private double segment(Phase phase, int clients, double seconds, Totals totals, long[] size)
      throws Exception {
    return segment(phase, clients, seconds, totals, size, null);
  }

  /** One timed segment of a phase, then the queues emptied (untimed); its rate. */
  private double segment(
      Phase phase, int clients, double seconds, Totals totals, long[] size, String body)
      throws Exception {
    long segment = segments.incrementAndGet();
    long cpuBefore = processCpuNanos();
    long start = System.nanoTime();
    long until = start + (long) (seconds * 1e9);
    List<Future<Long>> running = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      int thread = t;
      running.add(
          executor.submit(
              () ->
                  phase == Phase.OURS
                      ? ours("pb" + segment + "-" + thread, until)
                      : raw(phase == Phase.RAW_DUPLICATE_ID, body, until)));
    }
    long operations = 0;
    for (Future<Long> client : running) {
      operations += client.get(30, TimeUnit.MINUTES);
    }
    long committedAt = System.nanoTime();
    if (phase == Phase.OURS) {
      waitUntilRelayed();
    }
    long end = System.nanoTime();
    long cpu = processCpuNanos() - cpuBefore;
    drain(size);
    double elapsed = (end - start) / 1e9;
    double rate = operations / elapsed;
    totals.operations += operations;
    totals.seconds += elapsed;
    totals.commitSeconds += (committedAt - start) / 1e9;
    totals.cpuSeconds += cpu / 1e9;
    totals.rates.add(rate);
    return rate;
  }

  private long ours(String prefix, long until) {
    long done = 0;
    for (int n = 1; System.nanoTime() < until; n++) {
      changes.change(prefix + "-" + n, false);
      done++;
    }
    return done;
  }

  private long raw(boolean duplicateId, String body, long until) throws JMSException {
    long done = 0;
    try (Connection connection = connectionFactory.createConnection()) {
      Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
      List<MessageProducer> producers = new ArrayList<>();
      for (String partner : PartnerChanges.PARTNERS) {
        MessageProducer producer = session.createProducer(queue(partner));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        producers.add(producer);
      }
      while (System.nanoTime() < until) {
        for (MessageProducer producer : producers) {
          TextMessage message = session.createTextMessage(body);
          message.setJMSType("raw.benchmark");
          if (duplicateId) {
            message.setStringProperty("_AMQ_DUPL_ID", UUID.randomUUID().toString());
          }
          producer.send(message);
        }
        session.commit();
        done++;
      }
    }
    return done;
  }

  /** Waits until the relay has handed every outbox row to the broker. */
  private void waitUntilRelayed() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (pending() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("outbox rows still pending after 10 minutes");
      }
      Thread.sleep(20);
    }
  }

  private long pending() throws SQLException {
    try (java.sql.Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*) from partner_outbox where delivered_at is null");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Empties the partner queues; with {@code size}, adds up the bodies' lengths and count. */
  private void drain(long[] size) throws JMSException {
    try (Connection connection = connectionFactory.createConnection()) {
      connection.start();
      Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
      for (String partner : new LinkedHashSet<>(PartnerChanges.PARTNERS)) {
        try (MessageConsumer consumer = session.createConsumer(queue(partner))) {
          int inBatch = 0;
          Message message;
          while ((message = consumer.receive(500)) != null) {
            if (size != null && message instanceof TextMessage text) {
              size[0] += text.getText().length();
              size[1]++;
            }
            if (++inBatch == 1000) {
              session.commit();
              inBatch = 0;
            }
          }
          session.commit();
        }
      }
    }
  }

  /** The partner's queue by its JNDI name (configure-messaging.cli), as the relay finds it. */
  private static jakarta.jms.Queue queue(String partner) {
    String name = "java:/jms/queue/partner." + partner + ".outbound";
    try {
      return (jakarta.jms.Queue) new javax.naming.InitialContext().lookup(name);
    } catch (javax.naming.NamingException e) {
      throw new IllegalStateException("no queue " + name, e);
    }
  }

  /** A JSON envelope like ours, padded to {@code length} characters. */
  static String body(int length) {
    String head =
        "{\"type\":\"raw.benchmark\",\"version\":1,\"messageId\":\""
            + UUID.randomUUID()
            + "\",\"occurredAt\":\"2026-11-29T08:15:30.123Z\",\"payload\":{\"pad\":\"";
    String tail = "\"}}";
    int pad = Math.max(0, length - head.length() - tail.length());
    return head + "x".repeat(pad) + tail;
  }

  /**
   * The server JVM's CPU time, all threads ({@code /proc/self/stat}, as the approval benchmark).
   */
  private static long processCpuNanos() {
    return (long) (Math.max(0, Load.processCpuSeconds()) * 1e9);
  }
}
