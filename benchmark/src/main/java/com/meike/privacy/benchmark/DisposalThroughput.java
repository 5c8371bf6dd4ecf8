package com.meike.privacy.benchmark;

import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.order.application.internal.DefaultOrderService;
import com.meike.privacy.order.application.internal.OrderRetention;
import com.meike.privacy.rights.application.Shutdowns;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Issues 16 and 15, "Measure and record", on the order context — the biggest category a city's
 * shutdown and the retention jobs touch:
 *
 * <ul>
 *   <li>{@code disposal}: a shutdown of the home-visit service in Shanghai over {@code people}
 *       people with one ended order each, through the rights context's {@link
 *       Shutdowns#disposalBatch} (every context's {@code subjectsFor} page, every context's {@code
 *       eraseFor}, the archive vault, audit; one transaction per batch) next to a bare SQL delete
 *       of as many seeded orders in another city, the same batch size per transaction;
 *   <li>{@code retention}: the order retention job's batch ({@link OrderRetention#anonymiseDue})
 *       over {@code people} orders ended four years ago next to a bare delete of as many;
 *   <li>{@code export}: the order context's part of an access package for one person with {@code
 *       orders} orders next to bare SQL reads of the same rows (orders, reviews, payments).
 * </ul>
 *
 * The orders are seeded with JDBC batches (their personal fields sealed with the order context's
 * key, as the application seals them: the disposal opens them for the archive vault), untimed.
 * Heap: used after a GC before and after, and the most seen during the timed part (sampled per
 * batch).
 */
@ApplicationScoped
public class DisposalThroughput {

  @EJB Shutdowns shutdowns;
  @EJB OrderRetention retention;
  @Inject @Any Instance<PersonalDataHolder> holders;

  @Inject
  @Key(DefaultOrderService.FIELD_KEY)
  FieldCipher fields;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  private final AtomicBoolean busy = new AtomicBoolean();
  private final AtomicLong numbers = new AtomicLong();

  public Optional<JsonObject> run(String part, int people, int batch, int orders) throws Exception {
    if (!busy.compareAndSet(false, true)) {
      return Optional.empty();
    }
    try {
      JsonObjectBuilder out =
          Json.createObjectBuilder()
              .add("part", part)
              .add("people", people)
              .add("batch", batch)
              .add("orders", orders);
      switch (part) {
        case "disposal" -> disposal(out, people, batch);
        case "retention" -> retention(out, people, batch);
        case "export" -> export(out, orders);
        default -> throw new IllegalArgumentException("part: disposal, retention or export");
      }
      return Optional.of(out.build());
    } finally {
      busy.set(false);
    }
  }

  private void disposal(JsonObjectBuilder out, int people, int batch) throws Exception {
    Instant ended = Instant.now().minusSeconds(86_400L * 30);
    String run = UUID.randomUUID().toString().substring(0, 8);
    long seedStart = System.nanoTime();
    seed("bench-d" + run + "-", "Shanghai", people, 1, ended);
    seed("bench-b" + run + "-", "Suzhou", people, 1, ended);
    String shutdown = notifiedShutdown("home-visit.shanghai");
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long heapMax = 0;
    long cpu0 = cpu();
    long start = System.nanoTime();
    long disposed = 0;
    // the first call counts what is held (the disposal's "before"); the last finds nobody
    while (true) {
      int n = shutdowns.disposalBatch(shutdown, batch);
      heapMax = Math.max(heapMax, memory.getHeapMemoryUsage().getUsed());
      if (n == 0) {
        break;
      }
      disposed += n;
    }
    double oursSeconds = (System.nanoTime() - start) / 1e9;
    double oursCpu = (cpu() - cpu0) / 1e9;
    long left =
        count(
            "select count(*) from service_order where service_area = 'shanghai'"
                + " and customer_id <> 'anonymised'");
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();

    long rawCpu0 = cpu();
    long rawStart = System.nanoTime();
    long deleted = bareDelete("service_area = 'suzhou'", batch);
    double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
    double rawCpu = (cpu() - rawCpu0) / 1e9;
    figures(out, seedSeconds, disposed, oursSeconds, oursCpu, deleted, rawSeconds, rawCpu);
    out.add("leftAfter", left)
        .add("heapBeforeMiB", heapBefore / 1048576.0)
        .add("heapMaxDuringMiB", heapMax / 1048576.0)
        .add("heapAfterMiB", heapAfter / 1048576.0)
        .add("heapMaxMiB", memory.getHeapMemoryUsage().getMax() / 1048576.0);
  }

  private void retention(JsonObjectBuilder out, int people, int batch) throws Exception {
    // ended four years ago: past the legal three years, so due
    Instant ended = Instant.now().minusSeconds(86_400L * 365 * 4);
    String run = UUID.randomUUID().toString().substring(0, 8);
    long seedStart = System.nanoTime();
    seed("bench-r" + run + "-", "Ningbo", people, 1, ended);
    seed("bench-q" + run + "-", "Wuxi", people, 1, ended.minusSeconds(86_400L * 400));
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long heapMax = 0;
    // the bare delete first, of the older rows (the job takes the oldest first: it would find
    // them first otherwise)
    long rawCpu0 = cpu();
    long rawStart = System.nanoTime();
    long deleted = bareDelete("service_area = 'wuxi'", batch);
    double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
    double rawCpu = (cpu() - rawCpu0) / 1e9;

    long cpu0 = cpu();
    long start = System.nanoTime();
    long done = 0;
    int n;
    while ((n = retention.anonymiseDue(batch)) > 0) {
      done += n;
      heapMax = Math.max(heapMax, memory.getHeapMemoryUsage().getUsed());
    }
    double oursSeconds = (System.nanoTime() - start) / 1e9;
    double oursCpu = (cpu() - cpu0) / 1e9;
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();
    figures(out, seedSeconds, done, oursSeconds, oursCpu, deleted, rawSeconds, rawCpu);
    out.add("heapBeforeMiB", heapBefore / 1048576.0)
        .add("heapMaxDuringMiB", heapMax / 1048576.0)
        .add("heapAfterMiB", heapAfter / 1048576.0)
        .add("heapMaxMiB", memory.getHeapMemoryUsage().getMax() / 1048576.0);
  }

  /** Measured export calls, each next to a bare read (after three warm-ups of each). */
  static final int EXPORT_CALLS = 5;

  private void export(JsonObjectBuilder out, int orders) throws Exception {
    String subject = "bench-export-" + UUID.randomUUID().toString().substring(0, 8);
    long seedStart = System.nanoTime();
    seed(subject, "Shanghai", 1, orders, Instant.now().minusSeconds(86_400L * 30));
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    PersonalDataHolder order =
        holders.stream().filter(h -> "order".equals(h.context())).findFirst().orElseThrow();
    // three warm-ups each, then the mean of five, ours and bare alternating: one warm-up and three
    // calls left the bare read swinging 3.7x between two servers (results.md 2026-12-08
    // 00:53-00:55)
    for (int i = 0; i < 3; i++) {
      order.export(subject, "benchmark");
      bareRead(subject);
    }
    int exported = 0;
    long read = 0;
    long oursNanos = 0;
    long oursCpuNanos = 0;
    long rawNanos = 0;
    long rawCpuNanos = 0;
    for (int i = 0; i < EXPORT_CALLS; i++) {
      long cpu0 = cpu();
      long start = System.nanoTime();
      Object list = order.export(subject, "benchmark").data().get("orders");
      oursNanos += System.nanoTime() - start;
      oursCpuNanos += cpu() - cpu0;
      exported = list instanceof java.util.Collection<?> c ? c.size() : -1;
      long rawCpu0 = cpu();
      long rawStart = System.nanoTime();
      read = bareRead(subject);
      rawNanos += System.nanoTime() - rawStart;
      rawCpuNanos += cpu() - rawCpu0;
    }
    double oursSeconds = oursNanos / 1e9 / EXPORT_CALLS;
    double oursCpu = oursCpuNanos / 1e9 / EXPORT_CALLS;
    double rawSeconds = rawNanos / 1e9 / EXPORT_CALLS;
    double rawCpu = rawCpuNanos / 1e9 / EXPORT_CALLS;
    figures(out, seedSeconds, exported, oursSeconds, oursCpu, read, rawSeconds, rawCpu);
  }

  private static void figures(
      JsonObjectBuilder out,
      double seedSeconds,
      long ours,
      double oursSeconds,
      double oursCpu,
      long raw,
      double rawSeconds,
      double rawCpu) {
    out.add("seedSeconds", seedSeconds)
        .add("ours", ours)
        .add("oursSeconds", oursSeconds)
        .add("oursPerSecond", ours / oursSeconds)
        .add("oursCpuSeconds", oursCpu)
        .add("raw", raw)
        .add("rawSeconds", rawSeconds)
        .add("rawPerSecond", raw / rawSeconds)
        .add("rawCpuSeconds", rawCpu)
        .add("oursOverRaw", (ours / oursSeconds) / (raw / rawSeconds));
  }

  /**
   * {@code people} customers ({@code prefix} + a zero-padded number, so that their order is the
   * numbers' order) with {@code each} ended orders in {@code city}, 1,000 rows per commit. Also the
   * seeding of {@link DisposalCrashServlet}.
   */
  public void seed(String prefix, String city, int people, int each, Instant ended)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into service_order (order_number, customer_id, city, service_area, items,"
                    + " amount, for_another_person, service_address, contact_name, contact_phone,"
                    + " status, beautician_id, created_at, ended_at, version) values"
                    + " (?, ?, ?, ?, 'facial', 168.00, false, ?, ?, ?, 'COMPLETED',"
                    + " 'bench-beautician', ?, ?, 0)")) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      Timestamp end = Timestamp.from(ended);
      Timestamp created = Timestamp.from(ended.minusSeconds(7200));
      int pending = 0;
      for (int p = 1; p <= people; p++) {
        String customer = people == 1 ? prefix : prefix + String.format("%08d", p);
        for (int o = 0; o < each; o++) {
          String number = String.format("MB%016d", numbers.incrementAndGet());
          ColumnSeal seal = fields.sealing("service_order", number);
          insert.setString(1, number);
          insert.setString(2, customer);
          insert.setString(3, city);
          insert.setString(4, city.toLowerCase(java.util.Locale.ROOT));
          insert.setString(5, seal.apply("service_address", "上海市徐汇区虹桥路" + p + "号"));
          insert.setString(6, seal.apply("contact_name", "王芳"));
          insert.setString(7, seal.apply("contact_phone", "+86137" + String.format("%08d", p)));
          insert.setTimestamp(8, created);
          insert.setTimestamp(9, end);
          insert.addBatch();
          if (++pending == 1000) {
            insert.executeBatch();
            c.commit();
            pending = 0;
          }
        }
      }
      insert.executeBatch();
      c.commit();
      c.setAutoCommit(auto);
    }
  }

  /** A shutdown of {@code service} whose notices are done: the disposal's starting point. */
  private String notifiedShutdown(String service) throws SQLException {
    String id = UUID.randomUUID().toString();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into rights_shutdown (id, service_code, shutdown_date, reason, requested_by,"
                    + " requested_at, state, decided_by, decided_at, decision_comment,"
                    + " collection_stopped_at, notices_sent, announced_at, people_disposed,"
                    + " deletion_orders, row_version) values (?, ?, ?, 'benchmark', 'benchmark', ?,"
                    + " 'NOTIFIED', 'benchmark', ?, 'benchmark', ?, 0, ?, 0, 0, 0)")) {
      Timestamp now = Timestamp.from(Instant.now());
      insert.setString(1, id);
      insert.setString(2, service);
      insert.setObject(3, LocalDate.now(WorkingDayCalendar.CHINA));
      insert.setTimestamp(4, now);
      insert.setTimestamp(5, now);
      insert.setTimestamp(6, now);
      insert.setTimestamp(7, now);
      insert.executeUpdate();
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    return id;
  }

  /**
   * The baseline: the same number of orders deleted with bare SQL, {@code batch} customers' orders
   * per transaction, found a page at a time by the same index.
   */
  private long bareDelete(String where, int batch) throws SQLException {
    long deleted = 0;
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      String after = "";
      while (true) {
        String last = null;
        try (PreparedStatement page =
            c.prepareStatement(
                "select max(customer_id) from (select customer_id from service_order where "
                    + where
                    + " and customer_id > ? order by customer_id fetch first ? rows only) p")) {
          page.setString(1, after);
          page.setInt(2, batch);
          try (ResultSet rows = page.executeQuery()) {
            if (rows.next()) {
              last = rows.getString(1);
            }
          }
        }
        if (last == null) {
          break;
        }
        try (PreparedStatement delete =
            c.prepareStatement(
                "delete from service_order where "
                    + where
                    + " and customer_id > ? and customer_id <= ?")) {
          delete.setString(1, after);
          delete.setString(2, last);
          deleted += delete.executeUpdate();
        }
        c.commit();
        after = last;
      }
      c.setAutoCommit(auto);
    }
    return deleted;
  }

  /** The baseline of the export: the person's orders with their reviews and payments, bare. */
  private long bareRead(String subject) throws SQLException {
    long rows = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement read =
            c.prepareStatement(
                "select o.*, r.rating, r.review_text, p.provider, p.status as payment_status"
                    + " from service_order o left join order_review r on r.order_number ="
                    + " o.order_number left join order_payment p on p.order_number = o.order_number"
                    + " where o.customer_id = ? order by o.created_at desc")) {
      read.setString(1, subject);
      try (ResultSet rs = read.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
          rows++;
        }
      }
    }
    return rows;
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static long cpu() {
    return (long) (Math.max(0, Load.processCpuSeconds()) * 1e9);
  }
}
