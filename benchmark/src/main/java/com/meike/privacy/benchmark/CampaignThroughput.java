package com.meike.privacy.benchmark;

import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaigns;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import jakarta.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Issue 14, "Measure and record": a notice campaign to {@code people} people end to end — from the
 * approved notice (campaign resumed) until every notice is on the partner's queue (campaign
 * finished, no outbox row pending) — next to a raw transacted JMS producer sending the same number
 * of messages of the same size to the same queue in transactions of the campaign's batch size.
 *
 * <p>The people are seeded in bulk: the campaign is started for one listed person and paused, the
 * other recipient rows are inserted with one INSERT … SELECT, then it is resumed. They have no
 * device and no phone, so each notice is a push to the default push service ({@code getui}) by
 * account, a necessary purpose: every notice is sent. The server's timer runs the batches as in
 * production (its interval is set by the benchmark script). Heap: used after a GC before and after,
 * and the most seen while the campaign ran (sampled every second).
 */
@ApplicationScoped
public class CampaignThroughput {

  static final String QUEUE = "java:/jms/queue/partner.getui.outbound";
  static final Map<String, String> TEXT =
      Map.of(
          "facts",
          "订单数据库备份被未授权下载",
          "impact",
          "姓名、电话与服务地址可能泄露",
          "measures",
          "已吊销访问密钥并加固备份存储",
          "advice",
          "警惕冒充客服索要验证码的电话和短信",
          "remedies",
          "可免费申请一年身份盗用监测");

  @EJB NoticeCampaigns campaigns;

  @Resource(lookup = PartnerThroughput.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  private final AtomicBoolean busy = new AtomicBoolean();

  public Optional<JsonObject> run(int people, int batch) throws Exception {
    if (!busy.compareAndSet(false, true)) {
      return Optional.empty();
    }
    try {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();

      // seed
      long seedStart = System.nanoTime();
      String reference = "bench-" + UUID.randomUUID();
      CampaignView started =
          campaigns.start(
              new CampaignStart(
                  "BENCHMARK",
                  reference,
                  "breach-notice",
                  TEXT,
                  Set.of(),
                  Instant.now(),
                  List.of(SubjectId.of("bench-" + reference + "-0"))),
              "benchmark");
      campaigns.pause(started.id(), "benchmark");
      seed(started.id(), reference, people);
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

      // ours: resumed → finished and nothing pending in the outbox
      Map<String, Long> db0 = databaseCounters();
      long cpu0 = cpu();
      long start = System.nanoTime();
      campaigns.resume(started.id(), "benchmark");
      long heapMax = 0;
      CampaignView view;
      long deadline = start + TimeUnit.MINUTES.toNanos(60);
      long finishedAt = 0;
      while (true) {
        heapMax = Math.max(heapMax, memory.getHeapMemoryUsage().getUsed());
        // the state from its row: the progress view joins every recipient with its notice
        // (delivered,
        // failed), which at a million people would cost the server more than the campaign's batches
        if ("FINISHED".equals(state(started.id()))) {
          if (finishedAt == 0) {
            finishedAt = System.nanoTime();
          }
          if (pendingOutbox() == 0) {
            break;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "campaign not done after 60 minutes: " + campaigns.progress(started.id()));
        }
        Thread.sleep(finishedAt == 0 ? 1000 : 50);
      }
      long end = System.nanoTime();
      view = campaigns.progress(started.id());
      double oursSeconds = (end - start) / 1e9;
      double oursCpu = (cpu() - cpu0) / 1e9;
      // PostgreSQL reports a backend's statistics when it has been idle for a while (up to 10 s)
      if (!db0.isEmpty()) {
        Thread.sleep(11_000);
      }
      JsonObject perNotice = perNotice(db0, databaseCounters(), people);
      long[] size = {0, 0};
      drain(size);
      int bodyLength = (int) (size[0] / Math.max(1, size[1]));
      System.gc();
      long heapAfter = memory.getHeapMemoryUsage().getUsed();

      // raw: the same number of messages of the same size, transactions of the batch size
      String body = PartnerThroughput.body(bodyLength);
      long rawCpu0 = cpu();
      long rawStart = System.nanoTime();
      long sent = raw(people, batch, body);
      double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
      double rawCpu = (cpu() - rawCpu0) / 1e9;
      drain(null);

      return Optional.of(
          Json.createObjectBuilder()
              .add("people", people)
              .add("batch", batch)
              .add("selected", view.selected())
              .add("sent", view.sent())
              .add("unreached", view.unreached())
              .add("messagesOnQueue", size[1])
              .add("bodyLength", bodyLength)
              .add("seedSeconds", seedSeconds)
              .add("oursSeconds", oursSeconds)
              .add("oursSendSeconds", (finishedAt - start) / 1e9)
              .add("oursPerSecond", people / oursSeconds)
              .add("oursCpuSeconds", oursCpu)
              .add("rawMessages", sent)
              .add("rawSeconds", rawSeconds)
              .add("rawPerSecond", sent / rawSeconds)
              .add("rawCpuSeconds", rawCpu)
              .add("oursOverRaw", (people / oursSeconds) / (sent / rawSeconds))
              .add("heapBeforeMiB", heapBefore / 1048576.0)
              .add("heapMaxDuringMiB", heapMax / 1048576.0)
              .add("heapAfterMiB", heapAfter / 1048576.0)
              .add("heapMaxMiB", memory.getHeapMemoryUsage().getMax() / 1048576.0)
              .add("databasePerNotice", perNotice)
              .build());
    } finally {
      busy.set(false);
    }
  }

  /**
   * Recipients 1..people-1 of the campaign in one statement (H2: system_range; PostgreSQL:
   * generate_series).
   */
  private void seed(String campaignId, String reference, int people) throws SQLException {
    seed(dataSource, campaignId, reference, people);
  }

  /** As above, on the given data source (also the campaign kill -9 test's driver). */
  static void seed(DataSource dataSource, String campaignId, String reference, int people)
      throws SQLException {
    try (java.sql.Connection c = dataSource.getConnection()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      String range = postgres ? "generate_series(1, ?) as g(x)" : "system_range(1, ?) g";
      String x = postgres ? "g.x" : "g.x";
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into notification_campaign_recipient (campaign_id, seq, subject_id, recipient_id, for_child, state)"
                  + " select ?, "
                  + x
                  + " + 1, concat(?, "
                  + x
                  + "), concat(?, "
                  + x
                  + "), false, 'PENDING' from "
                  + range)) {
        String prefix = "bench-" + reference + "-";
        insert.setString(1, campaignId);
        insert.setString(2, prefix);
        insert.setString(3, prefix);
        insert.setLong(4, people - 1L);
        insert.executeUpdate();
      }
      try (PreparedStatement update =
          c.prepareStatement(
              "update notification_campaign set selected = selected + ? where id = ?")) {
        update.setLong(1, people - 1L);
        update.setString(2, campaignId);
        update.executeUpdate();
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }

  /**
   * What the database did, as PostgreSQL counts it (empty on H2): rows inserted, updated (of them
   * HOT, no index touched) and deleted per table, WAL records, full-page images and bytes, commits.
   * Read before and after the campaign, so the difference is what the campaign cost per notice.
   */
  private Map<String, Long> databaseCounters() throws SQLException {
    Map<String, Long> counters = new java.util.TreeMap<>();
    try (java.sql.Connection c = dataSource.getConnection()) {
      if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        return counters;
      }
      try (PreparedStatement s =
              c.prepareStatement(
                  "select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del from pg_stat_user_tables");
          ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          String table = rows.getString(1);
          counters.put("rows " + table + " inserted", rows.getLong(2));
          counters.put("rows " + table + " updated", rows.getLong(3));
          counters.put("rows " + table + " updated HOT", rows.getLong(4));
          counters.put("rows " + table + " deleted", rows.getLong(5));
        }
      }
      try (PreparedStatement s =
              c.prepareStatement(
                  "select w.wal_records, w.wal_fpi, w.wal_bytes, d.xact_commit, d.xact_rollback"
                      + " from pg_stat_wal w, pg_stat_database d where d.datname = current_database()");
          ResultSet rows = s.executeQuery()) {
        if (rows.next()) {
          counters.put("wal records", rows.getLong(1));
          counters.put("wal full-page images", rows.getLong(2));
          counters.put("wal bytes", rows.getLong(3));
          counters.put("commits", rows.getLong(4));
          counters.put("rollbacks", rows.getLong(5));
        }
      }
    }
    return counters;
  }

  private static JsonObject perNotice(Map<String, Long> before, Map<String, Long> after, int n) {
    var out = Json.createObjectBuilder();
    after.forEach(
        (name, value) -> {
          long d = value - before.getOrDefault(name, 0L);
          if (d != 0) {
            out.add(name, Math.round(1000.0 * d / n) / 1000.0);
          }
        });
    return out.build();
  }

  private long raw(int messages, int batch, String body) throws JMSException {
    long done = 0;
    try (Connection connection = connectionFactory.createConnection()) {
      Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
      MessageProducer producer = session.createProducer(queue());
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      while (done < messages) {
        int inBatch = (int) Math.min(batch, messages - done);
        for (int i = 0; i < inBatch; i++) {
          TextMessage message = session.createTextMessage(body);
          message.setJMSType("raw.benchmark");
          message.setStringProperty("_AMQ_DUPL_ID", UUID.randomUUID().toString());
          producer.send(message);
        }
        session.commit();
        done += inBatch;
      }
    }
    return done;
  }

  private String state(String campaignId) throws SQLException {
    try (java.sql.Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select state from notification_campaign where id = ?")) {
      statement.setString(1, campaignId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private long pendingOutbox() throws SQLException {
    try (java.sql.Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*) from partner_outbox where delivered_at is null");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void drain(long[] size) throws JMSException {
    try (Connection connection = connectionFactory.createConnection()) {
      connection.start();
      Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
      try (MessageConsumer consumer = session.createConsumer(queue())) {
        int inBatch = 0;
        Message message;
        while ((message = consumer.receive(2000)) != null) {
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

  private static jakarta.jms.Queue queue() {
    try {
      return (jakarta.jms.Queue) new javax.naming.InitialContext().lookup(QUEUE);
    } catch (javax.naming.NamingException e) {
      throw new IllegalStateException("no queue " + QUEUE, e);
    }
  }

  private static long cpu() {
    return (long) (Math.max(0, Load.processCpuSeconds()) * 1e9);
  }
}
