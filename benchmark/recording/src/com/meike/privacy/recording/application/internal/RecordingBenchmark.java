package com.meike.privacy.recording.application.internal;

import com.meike.privacy.audit.application.internal.DefaultAuditTrail;
import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditCheckpoint;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditLink;
import com.meike.privacy.audit.domain.trail.UnchainedEntry;
import com.meike.privacy.audit.infrastructure.persistence.jpa.JpaAuditTrailRepository;
import com.meike.privacy.kernel.persistence.SchemaMigration;
import com.meike.privacy.recording.application.RecordingRetention;
import com.meike.privacy.recording.domain.audio.AudioVault;
import com.meike.privacy.recording.domain.audio.MasterKeyRing;
import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaLegalHoldRepository;
import com.meike.privacy.recording.infrastructure.persistence.jpa.JpaRecordingRepository;
import com.meike.privacy.recording.infrastructure.storage.FileSystemRecordingStore;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.cfg.Configuration;

/**
 * Issue 4's "measure and record", in-process against the real code (no server): ingest of a
 * one-hour recording through {@link AudioVault} + {@link FileSystemRecordingStore} next to a plain
 * copy; heap during playback of that hour next to a short recording; the real {@link
 * RetentionSweep} next to a bare SQL delete plus file removal. Lives in the sweep's package to
 * drive its package-private {@code sweep()}. Prints {@code key=value} lines for {@code
 * benchmark/recording/run.sh}.
 */
public final class RecordingBenchmark {

  /** One hour of 16 kHz, 16-bit mono PCM. */
  static final long HOUR_BYTES = 3600L * 16_000 * 2;

  /** One minute of the same. */
  static final long MINUTE_BYTES = 60L * 16_000 * 2;

  /**
   * What the app uploads per chunk (the largest chunk a session takes), and what the plain copy
   * moves per write.
   */
  static final int CHUNK = 1024 * 1024;

  static final String HOUR_ID = "bench-hour";
  static final String MINUTE_ID = "bench-minute";

  private RecordingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    switch (args[0]) {
      case "ingest" -> ingest(dir, Integer.parseInt(args[2]));
      case "playback" -> playback(dir);
      case "sweep" ->
          sweep(
              dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4], args[5], args[6]);
      default -> throw new IllegalArgumentException("ingest | playback | sweep");
    }
  }

  static void out(String key, Object value) {
    System.out.println(key + "=" + value);
    System.out.flush();
  }

  /** The same master key for every phase of a run (kept in the run's folder, never in the repo). */
  static AudioVault vault(Path dir) throws IOException {
    Path keyFile = dir.resolve("master-key");
    if (!Files.exists(keyFile)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
    }
    MasterKeyRing ring = MasterKeyRing.of("bench", Files.readString(keyFile).strip(), Map.of());
    return new AudioVault(
        ring, new FileSystemRecordingStore(dir.resolve("store")), AudioVault.DEFAULT_SEGMENT_SIZE);
  }

  // ---------------------------------------------------------------- ingest

  static void ingest(Path dir, int rounds) throws IOException {
    Path source = dir.resolve("hour.pcm");
    if (!Files.exists(source) || Files.size(source) != HOUR_BYTES) {
      writePcm(source, HOUR_BYTES, 1);
    }
    AudioVault vault = vault(dir);
    Path plainDir = dir.resolve("plain");
    Files.createDirectories(plainDir);
    vault.destroy(HOUR_ID);
    String[] order = {
      "plain", "sealed", "chunked", "memory", "memory", "chunked", "sealed", "plain"
    };
    Map<String, List<Double>> seconds =
        Map.of(
            "plain",
            new ArrayList<>(),
            "sealed",
            new ArrayList<>(),
            "chunked",
            new ArrayList<>(),
            "memory",
            new ArrayList<>());
    AudioVault unstored =
        new AudioVault(
            MasterKeyRing.of("bench", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
            new CountingStore(),
            AudioVault.DEFAULT_SEGMENT_SIZE);
    // warm-up, not timed: one minute through every path, so that the first timed run is not the
    // JIT's
    Path minute = dir.resolve("minute.pcm");
    writePcm(minute, MINUTE_BYTES, 2);
    // for at least 10 s: the JIT compiles AES-GCM only after seconds of sealing, and a server that
    // seals audio all day is warm (a shorter warm-up left the first timed sealed run 7× slower)
    long warmUntil = System.nanoTime() + 10_000_000_000L;
    for (int i = 0; i < 3 || System.nanoTime() < warmUntil; i++) {
      plainCopy(minute, plainDir.resolve("warm"), i % 2 == 0);
      Files.deleteIfExists(plainDir.resolve("warm"));
      sealedIngest(minute, vault, "bench-warm-up");
      vault.destroy("bench-warm-up");
      sealedIngest(minute, unstored, "bench-warm-up-" + i);
    }
    int done = 0;
    for (int round = 0; round < rounds; round++) {
      for (String kind : order) {
        long start = System.nanoTime();
        switch (kind) {
          case "plain" -> plainCopy(source, plainDir.resolve("copy"), false);
          case "chunked" -> plainCopy(source, plainDir.resolve("copy"), true);
          case "memory" -> sealedIngest(source, unstored, "bench-memory-" + done);
          default -> sealedIngest(source, vault, "bench-ingest");
        }
        double s = (System.nanoTime() - start) / 1e9;
        seconds.get(kind).add(s);
        out("ingest.segment." + (done++) + "." + kind, String.format("%.3f", s));
        Files.deleteIfExists(plainDir.resolve("copy"));
        if (kind.equals("sealed")) {
          long length = vault.length("bench-ingest");
          if (length != HOUR_BYTES) {
            throw new IllegalStateException("sealed recording has " + length + " bytes");
          }
          vault.destroy("bench-ingest");
        }
      }
    }
    for (var entry : seconds.entrySet()) {
      double total = entry.getValue().stream().mapToDouble(Double::doubleValue).sum();
      out(
          "ingest." + entry.getKey() + ".mbps",
          String.format("%.1f", HOUR_BYTES * entry.getValue().size() / total / 1e6));
      out("ingest." + entry.getKey() + ".runs", entry.getValue().size());
    }
    // keep one sealed hour (and a minute) for the playback phase
    sealedIngest(source, vault, HOUR_ID);
    vault.destroy(MINUTE_ID);
    sealedIngest(minute, vault, MINUTE_ID);
    out("ingest.bytes", HOUR_BYTES);
    out("ingest.segmentSize", AudioVault.DEFAULT_SEGMENT_SIZE);
    out("ingest.segments", vault.segmentCount(HOUR_ID));
    out("ingest.chunkSize", CHUNK);
    out("ingest.chunks", (HOUR_BYTES + CHUNK - 1) / CHUNK);
  }

  /** A 440 Hz tone with noise, 16-bit little-endian: audio-like, not compressible to nothing. */
  static void writePcm(Path file, long bytes, long seed) throws IOException {
    Random random = new Random(seed);
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
    long sample = 0;
    try (FileChannel channel =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      long written = 0;
      while (written < bytes) {
        buffer.clear();
        int samples = (int) Math.min(CHUNK, bytes - written) / 2;
        for (int i = 0; i < samples; i++, sample++) {
          double value =
              8000 * Math.sin(2 * Math.PI * 440 * sample / 16_000.0) + random.nextGaussian() * 1500;
          buffer.putShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, value)));
        }
        buffer.flip();
        while (buffer.hasRemaining()) {
          written += channel.write(buffer);
        }
      }
    }
  }

  /**
   * The baseline: the same bytes, read in the same chunks, written to a new file and forced to the
   * device with its folder — once at the end, or ({@code everyChunk}) after every chunk as well,
   * the points at which the app is told a chunk is stored.
   */
  static void plainCopy(Path source, Path target, boolean everyChunk) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
        FileChannel out =
            FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      while (read(in, buffer) > 0) {
        buffer.flip();
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        buffer.clear();
        if (everyChunk) {
          out.force(true);
        }
      }
      out.force(true);
    }
    try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
      folder.force(true);
    }
  }

  /**
   * The app's path, as {@code DefaultRecordingSessions.storeChunk} takes it for every uploaded
   * chunk: a new recording (data key wrapped, header forced), then per 1 MiB chunk the unconfirmed
   * rest cut off ({@code keepSegments}), the chunk sealed into 64 KiB segments and appended, and
   * the audio forced once before the chunk would be acknowledged; the closing segment as {@code
   * finish} stores it when the last chunk ends on a segment boundary.
   */
  static void sealedIngest(Path source, AudioVault vault, String id) throws IOException {
    vault.begin(id);
    int segmentSize = vault.segmentSize(id);
    long size = Files.size(source);
    byte[] chunk = new byte[CHUNK];
    ByteBuffer buffer = ByteBuffer.wrap(chunk);
    long stored = 0;
    long segments = 0;
    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
      int length;
      while ((length = read(in, buffer)) > 0) {
        vault.keepSegments(id, segments);
        boolean endsRecording = stored + length == size && length % segmentSize != 0;
        // as storeChunk: sealed with the data key unwrapped once, stored with one force
        vault.appendChunk(
            id, segments, length == CHUNK ? chunk : Arrays.copyOf(chunk, length), endsRecording);
        segments += (length + segmentSize - 1) / segmentSize;
        stored += length;
        buffer.clear();
      }
    }
    if (size % segmentSize == 0) {
      vault.appendSegment(id, segments, new byte[0], true);
    }
  }

  /** Fills the buffer from the channel unless the file ends first; the bytes read. */
  static int read(FileChannel in, ByteBuffer buffer) throws IOException {
    int total = 0;
    while (buffer.hasRemaining()) {
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }

  /**
   * A store that keeps only the headers and counts the sealed bytes: the encryption's own cost,
   * with the same segmenting, key wrapping and header look-ups as the real store, without disk.
   */
  static final class CountingStore
      implements com.meike.privacy.recording.domain.audio.RecordingStore {
    private final Map<String, com.meike.privacy.recording.domain.audio.RecordingHeader> headers =
        new java.util.HashMap<>();
    private final Map<String, Long> lengths = new java.util.HashMap<>();

    @Override
    public void create(com.meike.privacy.recording.domain.audio.RecordingHeader header) {
      headers.put(header.recordingId(), header);
      lengths.put(header.recordingId(), 0L);
    }

    @Override
    public java.util.Optional<com.meike.privacy.recording.domain.audio.RecordingHeader> header(
        String id) {
      return java.util.Optional.ofNullable(headers.get(id));
    }

    @Override
    public void replaceKey(String id, com.meike.privacy.recording.domain.audio.WrappedKey key) {
      var old = headers.get(id);
      headers.put(
          id,
          new com.meike.privacy.recording.domain.audio.RecordingHeader(
              id, key, old.noncePrefix(), old.segmentSize()));
    }

    @Override
    public void append(String id, long firstIndex, List<byte[]> sealedSegments) {
      for (byte[] sealed : sealedSegments) {
        lengths.merge(id, (long) sealed.length, Long::sum);
      }
    }

    @Override
    public long sealedLength(String id) {
      return lengths.getOrDefault(id, 0L);
    }

    @Override
    public java.util.Optional<byte[]> read(String id, long index) {
      return java.util.Optional.empty();
    }

    @Override
    public void truncate(String id, long segments) {
      var header = headers.get(id);
      if (header != null) {
        lengths.computeIfPresent(id, (k, v) -> Math.min(v, segments * header.sealedSegmentSize()));
      }
    }

    @Override
    public void destroy(String id) {
      headers.remove(id);
      lengths.remove(id);
    }
  }

  // ---------------------------------------------------------------- playback

  static void playback(Path dir) throws IOException, InterruptedException {
    AudioVault vault = vault(dir);
    out("playback.maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    String[] order = {MINUTE_ID, HOUR_ID, HOUR_ID, MINUTE_ID, MINUTE_ID, HOUR_ID};
    int i = 0;
    for (String id : order) {
      long length = vault.length(id);
      System.gc();
      Thread.sleep(200);
      long baseline = heapUsed();
      List<MemoryPoolMXBean> pools = heapPools();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      com.sun.management.ThreadMXBean threads =
          (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      CountingSink sink = new CountingSink();
      vault.copyRange(id, 0, length, sink);
      double s = (System.nanoTime() - start) / 1e9;
      long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
      long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      if (sink.count != length) {
        throw new IllegalStateException("played " + sink.count + " of " + length);
      }
      String key = "playback." + (i++) + "." + (id.equals(HOUR_ID) ? "hour" : "minute");
      out(key + ".bytes", length);
      out(key + ".baselineHeapMiB", String.format("%.1f", baseline / 1048576.0));
      out(key + ".peakHeapMiB", String.format("%.1f", peak / 1048576.0));
      out(key + ".peakAboveBaselineMiB", String.format("%.1f", (peak - baseline) / 1048576.0));
      out(key + ".allocatedMiB", String.format("%.1f", allocated / 1048576.0));
      out(key + ".mbps", String.format("%.1f", length / s / 1e6));
    }
  }

  static long heapUsed() {
    return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  /** Where the played audio goes: counted, not kept (as a servlet stream would send it on). */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  // ---------------------------------------------------------------- retention sweep

  static void sweep(Path dir, int n, int rounds, String url, String user, String password)
      throws Exception {
    Path storeDir = dir.resolve("sweep-store");
    DataSource migrations = dataSource(url, user, password);
    SchemaMigration.migrate(migrations, "audit", RecordingBenchmark.class.getClassLoader());
    SchemaMigration.migrate(migrations, "recording", RecordingBenchmark.class.getClassLoader());
    boolean postgresql = url.startsWith("jdbc:postgresql:");
    Instant now = Instant.now();
    Clock clock = Clock.systemUTC();
    // the files of one real recording (header with wrapped key + one sealed segment) are the
    // template
    AudioVault vault =
        new AudioVault(
            MasterKeyRing.of("bench", Base64.getEncoder().encodeToString(new byte[32]), Map.of()),
            new FileSystemRecordingStore(storeDir),
            4096);
    vault.destroy("template");
    vault.begin("template");
    vault.appendSegment("template", 0, new byte[1000], true);
    byte[] keyTemplate = Files.readAllBytes(storeDir.resolve("template").resolve("key"));
    byte[] audioTemplate = Files.readAllBytes(storeDir.resolve("template").resolve("audio"));
    vault.destroy("template");
    // diagnostic only (PostgreSQL): the same sweep with commits that do not wait for the WAL flush
    String asyncUrl =
        url + (url.contains("?") ? "&" : "?") + "options=-c%20synchronous_commit%3Doff";
    try (EntityManagerFactory emf = entityManagers(url, user, password);
        EntityManagerFactory asyncEmf =
            postgresql ? entityManagers(asyncUrl, user, password) : null;
        Connection jdbc = DriverManager.getConnection(url, user, password)) {
      jdbc.setAutoCommit(false);
      RecordingRetention retention = transactional(emf, clock, vault);
      RecordingRetention asyncRetention = postgresql ? transactional(asyncEmf, clock, vault) : null;
      String[] order =
          postgresql
              ? new String[] {"sweep", "bare", "async", "async", "bare", "sweep"}
              : new String[] {"sweep", "bare", "bare", "sweep"};
      List<Double> asyncSeconds = new ArrayList<>();
      // warm-up, not timed: a tenth of a run through the sweep and the bare delete
      for (String kind : new String[] {"sweep", "bare", "sweep", "bare"}) {
        seed(
            jdbc,
            storeDir,
            "warm-" + kind + System.nanoTime() + "-",
            Math.max(1, n / 10),
            now,
            keyTemplate,
            audioTemplate);
        if (kind.equals("sweep")) {
          RetentionSweep sweep = new RetentionSweep();
          sweep.retention = retention;
          sweep.batch = 100;
          sweep.sweep();
        } else {
          bareDelete(jdbc, storeDir, now.minus(Duration.ofDays(7)));
        }
      }
      int run = 0;
      List<Double> sweepSeconds = new ArrayList<>();
      List<Double> bareSeconds = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (String kind : order) {
          String prefix = "r" + run + "-";
          long seedStart = System.nanoTime();
          seed(jdbc, storeDir, prefix, n, now, keyTemplate, audioTemplate);
          out(
              "sweep.seed." + run + ".seconds",
              String.format("%.1f", (System.nanoTime() - seedStart) / 1e9));
          long auditBefore = count(jdbc, "select count(*) from audit_entry");
          long start = System.nanoTime();
          int destroyed;
          if (!kind.equals("bare")) {
            RetentionSweep sweep = new RetentionSweep();
            sweep.retention = kind.equals("sweep") ? retention : asyncRetention;
            sweep.batch = 100;
            destroyed = sweep.sweep();
          } else {
            destroyed = bareDelete(jdbc, storeDir, now.minus(Duration.ofDays(7)));
          }
          double s = (System.nanoTime() - start) / 1e9;
          (kind.equals("sweep") ? sweepSeconds : kind.equals("bare") ? bareSeconds : asyncSeconds)
              .add(s);
          if (destroyed != n) {
            throw new IllegalStateException(kind + " destroyed " + destroyed + " of " + n);
          }
          try (Stream<Path> left = Files.list(storeDir)) {
            long folders = left.count();
            if (folders != 0) {
              throw new IllegalStateException(folders + " recording folders left after " + kind);
            }
          }
          long audited = count(jdbc, "select count(*) from audit_entry") - auditBefore;
          out(
              "sweep.segment." + run + "." + kind,
              String.format("%.2f s, %.0f/s, %d audit entries", s, n / s, audited));
          run++;
        }
      }
      double sweepRate =
          n * sweepSeconds.size() / sweepSeconds.stream().mapToDouble(Double::doubleValue).sum();
      double bareRate =
          n * bareSeconds.size() / bareSeconds.stream().mapToDouble(Double::doubleValue).sum();
      if (!asyncSeconds.isEmpty()) {
        out(
            "sweep.asyncRate",
            String.format(
                "%.0f",
                n
                    * asyncSeconds.size()
                    / asyncSeconds.stream().mapToDouble(Double::doubleValue).sum()));
      }
      out("sweep.n", n);
      out("sweep.runs", sweepSeconds.size());
      out("sweep.rate", String.format("%.0f", sweepRate));
      out("sweep.bareRate", String.format("%.0f", bareRate));
      out("sweep.ratio", String.format("%.1f", 100 * sweepRate / bareRate));
      out(
          "sweep.database",
          jdbc.getMetaData().getDatabaseProductName()
              + " "
              + jdbc.getMetaData().getDatabaseProductVersion());
      out("sweep.rows", count(jdbc, "select count(*) from recording"));
    }
  }

  static EntityManagerFactory entityManagers(String url, String user, String password) {
    Configuration configuration =
        new Configuration()
            .addAnnotatedClass(Recording.class)
            .addAnnotatedClass(LegalHold.class)
            .addAnnotatedClass(AuditEntry.class)
            .addAnnotatedClass(AuditChainHead.class)
            .addAnnotatedClass(UnchainedEntry.class)
            .addAnnotatedClass(AuditLink.class)
            .addAnnotatedClass(AuditCheckpoint.class);
    configuration.setProperty("hibernate.connection.url", url);
    configuration.setProperty("hibernate.connection.username", user);
    configuration.setProperty("hibernate.connection.password", password);
    configuration.setProperty("hibernate.connection.pool_size", "4");
    configuration.setProperty("hibernate.hbm2ddl.auto", "none");
    configuration.setProperty(
        "hibernate.connection.isolation", String.valueOf(Connection.TRANSACTION_READ_COMMITTED));
    return configuration.buildSessionFactory();
  }

  static DataSource dataSource(String url, String user, String password) {
    if (url.startsWith("jdbc:postgresql:")) {
      org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
      ds.setURL(url);
      ds.setUser(user);
      ds.setPassword(password);
      return ds;
    }
    org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
    ds.setURL(url);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  /**
   * {@link RecordingRetention} as the container runs it: every call one transaction on its own
   * entity manager, the service built on repositories and the real audit trail of that transaction.
   */
  static RecordingRetention transactional(EntityManagerFactory emf, Clock clock, AudioVault vault) {
    return (RecordingRetention)
        Proxy.newProxyInstance(
            RecordingBenchmark.class.getClassLoader(),
            new Class<?>[] {RecordingRetention.class},
            (proxy, method, args) -> {
              try (EntityManager em = emf.createEntityManager()) {
                em.getTransaction().begin();
                try {
                  DefaultRecordingRetention service = new DefaultRecordingRetention();
                  service.recordings = new JpaRecordingRepository(em);
                  service.holds = new JpaLegalHoldRepository(em);
                  service.auditTrail =
                      new DefaultAuditTrail(new JpaAuditTrailRepository(em), clock);
                  service.audio = new RecordingAudio(vault);
                  service.epochs =
                      new com.meike.privacy.recording.infrastructure.persistence.jpa.JpaKeyEpochs(
                          em);
                  service.clock = clock;
                  service.retention = Duration.ofDays(7);
                  service.claimTimeout = Duration.ofHours(1);
                  Object result = method.invoke(service, args);
                  em.getTransaction().commit();
                  return result;
                } catch (InvocationTargetException e) {
                  if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                  }
                  throw e.getCause();
                }
              }
            });
  }

  /**
   * n recordings that ended 8 days ago (rows by JDBC batch, files copied from the template; not
   * timed).
   */
  static void seed(
      Connection jdbc, Path storeDir, String prefix, int n, Instant now, byte[] key, byte[] audio)
      throws Exception {
    Timestamp ended = Timestamp.from(now.minus(Duration.ofDays(8)));
    Timestamp started = Timestamp.from(now.minus(Duration.ofDays(8)).minus(Duration.ofHours(1)));
    try (PreparedStatement insert =
        jdbc.prepareStatement(
            "insert into recording (id, order_number, status, started_at, ended_at, failure_cause, held,"
                + " claimed_at, destroyed_at, version) values (?, ?, 'ENDED', ?, ?, null, false, null, null, 0)")) {
      for (int i = 0; i < n; i++) {
        String id = prefix + i;
        insert.setString(1, id);
        insert.setString(2, String.format("MK20261120%08d", i % 100_000_000));
        insert.setTimestamp(3, started);
        insert.setTimestamp(4, ended);
        insert.addBatch();
        if (i % 1000 == 999) {
          insert.executeBatch();
        }
        Path folder = storeDir.resolve(id);
        Files.createDirectories(folder);
        Files.write(folder.resolve("key"), key);
        Files.write(folder.resolve("audio"), audio);
      }
      insert.executeBatch();
    }
    jdbc.commit();
    try (Statement statement = jdbc.createStatement()) {
      statement.execute(
          jdbc.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
              ? "analyze recording"
              : "analyze");
    }
    jdbc.commit();
  }

  /**
   * The baseline: the due rows' folders removed (no forcing), then the rows deleted in one
   * statement.
   */
  static int bareDelete(Connection jdbc, Path storeDir, Instant endedBefore) throws Exception {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select =
        jdbc.prepareStatement(
            "select id from recording where held = false and status in ('ENDED', 'FAILED') and ended_at <= ?")) {
      select.setTimestamp(1, Timestamp.from(endedBefore));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
    for (String id : ids) {
      Path folder = storeDir.resolve(id);
      Files.deleteIfExists(folder.resolve("key"));
      Files.deleteIfExists(folder.resolve("audio"));
      Files.deleteIfExists(folder);
    }
    int deleted;
    try (PreparedStatement delete =
        jdbc.prepareStatement(
            "delete from recording where held = false and status in ('ENDED', 'FAILED') and ended_at <= ?")) {
      delete.setTimestamp(1, Timestamp.from(endedBefore));
      deleted = delete.executeUpdate();
    }
    jdbc.commit();
    return deleted;
  }

  static long count(Connection jdbc, String sql) throws Exception {
    try (Statement statement = jdbc.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      long value = rows.getLong(1);
      jdbc.commit();
      return value;
    }
  }
}
