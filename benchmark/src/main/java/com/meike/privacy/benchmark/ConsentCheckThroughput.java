package com.meike.privacy.benchmark;

import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.identity.application.AccessTokens;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The consent check at full speed, three ways, against the same database in the same run:
 *
 * <ul>
 *   <li><b>jdbc</b> — the baseline: a bare primary-key select of one ledger entry ({@code
 *       consent_entry} by {@code sequence}) on the application's datasource, connection taken from
 *       the pool and given back each time, no transaction;
 *   <li><b>inProcess</b> — the real {@link ConsentCheck#may} EJB, called as the REST resource calls
 *       it (no caller transaction);
 *   <li><b>http</b> — {@code GET /api/consent-checks?subject=&purpose=} on this server through its
 *       HTTP listener, each app user checking itself with its own bearer token, from {@link
 *       HttpClient} (HTTP/1.1, keep-alive) on the same closed-loop client threads.
 * </ul>
 *
 * The ledger is seeded first through the real {@link ConsentLedger}: every subject accepts the
 * policy and gives some optional consents, some withdraw and some give again, so the checked pairs
 * mix allowed and refused answers and the ledger has history. Every answer is compared with the one
 * the check gave for that pair before the measurement. Warm-up per phase first (discarded), then
 * alternating segments (jdbc, inProcess, http, http, inProcess, jdbc, ...), so that drift weighs on
 * all three alike.
 */
@ApplicationScoped
public class ConsentCheckThroughput {

  static final String SUBJECT_PREFIX = "bench-subject-";

  /** The purposes checked: necessary ones (allowed), optional ones given, withdrawn or never. */
  static final List<String> CHECKED_PURPOSES =
      List.of(
          "account.phone",
          "profile.basic",
          "payment.account",
          "device.camera",
          "device.location",
          "identity.document",
          "device.microphone",
          "location.precise");

  static final String[] PHASES = {"jdbc", "inProcess", "http", "httpConstant"};

  static final String ENTRY_BY_KEY =
      "select sequence, subject_id, purpose_code, policy_version, action, channel, actor,"
          + " acted_as, recorded_by, occurred_at from consent_entry where sequence = ?";

  private static final Pattern ALLOWED = Pattern.compile("\"allowed\"\\s*:\\s*true");
  private static final Pattern REFUSED = Pattern.compile("\"allowed\"\\s*:\\s*false");

  @Inject ConsentCheck check;

  @EJB ConsentLedger ledger;

  @Inject AccessTokens tokens;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  /**
   * Each benchmark person's bearer token, issued once per server: an app sends the same token for
   * hours, and the API verifies a token's signature only the first time it sees it. A token issued
   * afresh for each run made the profiling pass (2 s warm-up) verify hundreds of new signatures in
   * its measured segments — 10–18 % of its HTTP samples, which the measured run never pays.
   */
  private final Map<String, String> issuedTokens = new ConcurrentHashMap<>();

  /** One run at a time: two would measure each other. */
  private final ReentrantLock running = new ReentrantLock();

  /** One checked question and the answer the check gave before the measurement. */
  private record Pair(String subject, String purpose, boolean allowed, HttpRequest request) {}

  /**
   * Runs the comparison against {@code api} (this server's {@code /api}); empty when another run is
   * in progress.
   */
  public Optional<JsonObject> run(
      URI api, int clients, double seconds, double warmupSeconds, int rounds, int subjects)
      throws Exception {
    if (!running.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.of(measure(api, clients, seconds, warmupSeconds, rounds, subjects));
    } finally {
      running.unlock();
    }
  }

  private JsonObject measure(
      URI api, int clients, double seconds, double warmupSeconds, int rounds, int subjects)
      throws Exception {
    JsonObjectBuilder result = Json.createObjectBuilder();
    DatabaseCpu database = new DatabaseCpu(dataSource);
    Instant started = Instant.now();

    long seedStart = System.nanoTime();
    long recorded = seed(subjects, clients);
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    long[] sequences = seededSequences();
    if (sequences.length == 0) {
      throw new IllegalStateException("seeding left no ledger entries");
    }

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    long prepareStart = System.nanoTime();
    long accountsAdded = accounts(subjects);
    Pair[] pairs = pairs(api, subjects, clients);
    probe(http, pairs[0]);
    double prepareSeconds = (System.nanoTime() - prepareStart) / 1e9;
    long allowedPairs = Arrays.stream(pairs).filter(Pair::allowed).count();

    Map<String, AtomicLong> allowedAnswers = new LinkedHashMap<>();
    Map<String, Load.Iteration> iterations = new LinkedHashMap<>();
    for (String phase : PHASES) {
      allowedAnswers.put(phase, new AtomicLong());
    }
    iterations.put("jdbc", jdbc(sequences));
    iterations.put("inProcess", inProcess(pairs, allowedAnswers.get("inProcess")));
    iterations.put("http", http(http, pairs, allowedAnswers.get("http")));
    iterations.put(
        "httpConstant",
        constant(
            http,
            HttpRequest.newBuilder(api.resolve("/benchmark/rs/constant"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(),
            allowedAnswers.get("httpConstant")));

    JsonArrayBuilder warmups = Json.createArrayBuilder();
    for (String phase : PHASES) {
      Load.Outcome warmup =
          Load.run(
              executor,
              database,
              phase + " warm-up",
              clients,
              warmupSeconds,
              1,
              iterations.get(phase));
      warmups.add(json(warmup, 0, 0));
    }
    for (AtomicLong counter : allowedAnswers.values()) {
      counter.set(0);
    }

    Map<String, List<Load.Outcome>> segments = new LinkedHashMap<>();
    Map<String, Double> httpClientThreadsCpu = new LinkedHashMap<>();
    for (String phase : PHASES) {
      segments.put(phase, new ArrayList<>());
    }
    JsonArrayBuilder order = Json.createArrayBuilder();
    double segmentSeconds = seconds / rounds;
    for (int block = 0; block < rounds / 2; block++) {
      List<String> forth = List.of(PHASES);
      List<String> back = new ArrayList<>(forth);
      Collections.reverse(back);
      for (List<String> pass : List.of(forth, back)) {
        for (String phase : pass) {
          double httpThreadsBefore = httpClientThreadsCpuSeconds();
          Load.Outcome outcome =
              Load.run(
                  executor, database, phase, clients, segmentSeconds, 1, iterations.get(phase));
          httpClientThreadsCpu.merge(
              phase, httpClientThreadsCpuSeconds() - httpThreadsBefore, Double::sum);
          segments.get(phase).add(outcome);
          order.add(
              Json.createObjectBuilder()
                  .add("name", phase)
                  .add("startedAtMillis", outcome.startedAtMillis())
                  .add("endedAtMillis", outcome.endedAtMillis())
                  .add("perSecond", round(outcome.perSecond(), 1))
                  .add(
                      "p99Millis", round(percentile(sorted(outcome.latencyNanos()), 0.99) / 1e6, 3))
                  .add("errors", outcome.errors()));
        }
      }
    }

    Map<String, JsonObject> totals = new LinkedHashMap<>();
    for (String phase : PHASES) {
      Load.Outcome sum = sum(phase, segments.get(phase));
      totals.put(
          phase,
          json(
              sum, httpClientThreadsCpu.getOrDefault(phase, 0.0), allowedAnswers.get(phase).get()));
    }

    JsonObject sql = sqlStatistics(clients, iterations, database);

    double jdbcRate = totals.get("jdbc").getJsonNumber("perSecond").doubleValue();
    JsonObjectBuilder ratios = Json.createObjectBuilder();
    for (String phase : List.of("inProcess", "http", "httpConstant")) {
      double rate = totals.get(phase).getJsonNumber("perSecond").doubleValue();
      ratios.add(
          phase,
          Json.createObjectBuilder()
              .add("ratio", jdbcRate == 0 ? 0 : round(rate / jdbcRate, 6))
              .add(
                  "medianPairRatio",
                  round(medianPairRatio(segments.get(phase), segments.get("jdbc")), 6))
              .add("cpuCostRatio", round(cpuCostRatio(totals.get("jdbc"), totals.get(phase)), 6)));
    }

    result
        .add("startedAt", started.toString())
        .add("database", database.product())
        .add("clients", clients)
        .add("secondsPerPhase", seconds)
        .add("warmupSecondsPerPhase", warmupSeconds)
        .add("rounds", rounds)
        .add(
            "order",
            "jdbc, inProcess, http, http, inProcess, jdbc, ...; "
                + rounds
                + " segments of "
                + segmentSeconds
                + " s per phase")
        .add(
            "ledger",
            Json.createObjectBuilder()
                .add("subjects", subjects)
                .add("entriesRecordedBySeeding", recorded)
                .add("seedingSeconds", round(seedSeconds, 1))
                .add("benchmarkEntries", sequences.length)
                .add("allLedgerEntries", count("select count(*) from consent_entry"))
                .add("checkedPairs", pairs.length)
                .add("allowedPairs", allowedPairs)
                .add("appAccountsAdded", accountsAdded)
                .add("preparingSeconds", round(prepareSeconds, 1)))
        .add("warmup", warmups)
        .add("jdbc", totals.get("jdbc"))
        .add("inProcess", totals.get("inProcess"))
        .add("http", totals.get("http"))
        .add("httpConstant", totals.get("httpConstant"))
        .add("ratios", ratios)
        .add("segments", order);
    if (sql != null) {
      result.add("sql", sql);
    }
    return result.build();
  }

  // ------------------------------------------------------------------------------------- seeding

  /**
   * Records the subjects' consents through the real ledger, each call its own transaction with its
   * audit entry, on {@code clients} threads; nothing when they are all there already. Returns the
   * ledger entries it added.
   */
  private long seed(int subjects, int clients) throws Exception {
    long before =
        count("select count(*) from consent_entry where subject_id like '" + SUBJECT_PREFIX + "%'");
    long seeded =
        count(
            "select count(distinct subject_id) from consent_entry where subject_id like '"
                + SUBJECT_PREFIX
                + "%'");
    if (seeded >= subjects) {
      return 0;
    }
    int threads = Math.max(1, clients);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      running.add(
          executor.submit(
              () -> {
                for (int i = first; i < subjects; i += threads) {
                  seedOne(i);
                }
                return null;
              }));
    }
    for (Future<?> future : running) {
      future.get(30, TimeUnit.MINUTES);
    }
    return count(
            "select count(*) from consent_entry where subject_id like '" + SUBJECT_PREFIX + "%'")
        - before;
  }

  /**
   * One person's history: the policy accepted in the pop-up, then separate consents from the
   * settings page — half allow the camera, a third their location (half of those withdraw it, half
   * of those give it again), a fifth their identity documents, three quarters the payment account,
   * a seventh the microphone (half of those withdraw it); nobody gives precise location.
   */
  private void seedOne(int i) {
    String subject = subject(i);
    ledger.acceptPolicy(new PolicyAcceptance(SubjectId.of(subject), "POPUP", "SELF", ""), subject);
    if (i % 2 == 0) {
      give(subject, "device.camera");
    }
    if (i % 3 == 0) {
      give(subject, "device.location");
      if (i % 6 == 0) {
        withdraw(subject, "device.location");
        if (i % 12 == 0) {
          give(subject, "device.location");
        }
      }
    }
    if (i % 5 == 0) {
      give(subject, "identity.document");
    }
    if (i % 4 != 3) {
      give(subject, "payment.account");
    }
    if (i % 7 == 0) {
      give(subject, "device.microphone");
      if (i % 14 == 0) {
        withdraw(subject, "device.microphone");
      }
    }
  }

  private void give(String subject, String purpose) {
    ledger.give(ConsentRequest.of(subject, purpose, "SETTINGS", "SELF", ""), subject);
  }

  private void withdraw(String subject, String purpose) {
    ledger.withdraw(ConsentRequest.of(subject, purpose, "SETTINGS", "SELF", ""), subject);
  }

  static String subject(int i) {
    return String.format("%s%05d", SUBJECT_PREFIX, i);
  }

  /**
   * Gives every benchmark person an app account, as registration would have: a bearer token opens
   * the API only while its account exists (a deleted account's token opens nothing), so tokens
   * issued for people without an account are refused with 401 — which is how the HTTP phase came to
   * fail every request once the authentication mechanism began to check the account. The rows carry
   * no phone (a placeholder hash and ciphertext that name the benchmark); registering a thousand
   * phones through the SMS partner would measure registration, not the check. Returns the accounts
   * added (none when they exist from an earlier pass).
   */
  private long accounts(int subjects) throws SQLException {
    long added = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement exists =
            connection.prepareStatement("select 1 from app_account where id = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into app_account (id, phone_hash, phone_ciphertext, role,"
                    + " extra_verification, registered_at) values (?, ?, ?, 'CUSTOMER',"
                    + " 'NOT_REQUIRED', ?)")) {
      java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
      for (int i = 0; i < subjects; i++) {
        String subject = subject(i);
        exists.setString(1, subject);
        try (ResultSet row = exists.executeQuery()) {
          if (row.next()) {
            continue;
          }
        }
        insert.setString(1, subject);
        insert.setString(2, "benchmark-no-phone-" + subject);
        insert.setString(3, "benchmark-no-phone");
        insert.setTimestamp(4, now);
        added += insert.executeUpdate();
      }
    }
    return added;
  }

  /**
   * One request before anything is measured: a phase whose every call fails would otherwise only
   * show as 0 checks per second (and did), not as the refusal it was.
   */
  private static void probe(HttpClient client, Pair pair) throws Exception {
    HttpResponse<String> response =
        client.send(pair.request(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the HTTP phase cannot run: GET "
              + pair.request().uri()
              + " answered "
              + response.statusCode()
              + " "
              + response.headers().firstValue("WWW-Authenticate").orElse("")
              + " "
              + abbreviate(response.body()));
    }
  }

  /**
   * Every subject with every checked purpose, with the answer the check gives now and the HTTP
   * request that asks it (the subject's own bearer token); asked on {@code clients} threads.
   */
  private Pair[] pairs(URI api, int subjects, int clients) throws Exception {
    Pair[] pairs = new Pair[subjects * CHECKED_PURPOSES.size()];
    int threads = Math.max(1, clients);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      running.add(
          executor.submit(
              () -> {
                for (int i = first; i < subjects; i += threads) {
                  String subject = subject(i);
                  String token =
                      issuedTokens.computeIfAbsent(
                          subject, person -> tokens.issue(person, "CUSTOMER").token());
                  for (int p = 0; p < CHECKED_PURPOSES.size(); p++) {
                    String purpose = CHECKED_PURPOSES.get(p);
                    URI uri =
                        URI.create(
                            api
                                + "/consent-checks?subject="
                                + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                                + "&purpose="
                                + URLEncoder.encode(purpose, StandardCharsets.UTF_8));
                    HttpRequest request =
                        HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build();
                    pairs[i * CHECKED_PURPOSES.size() + p] =
                        new Pair(
                            subject,
                            purpose,
                            check.may(SubjectId.of(subject), PurposeCode.of(purpose)).allowed(),
                            request);
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : running) {
      future.get(30, TimeUnit.MINUTES);
    }
    return pairs;
  }

  private long[] seededSequences() throws SQLException {
    List<Long> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select sequence from consent_entry where subject_id like ? order by sequence")) {
      statement.setString(1, SUBJECT_PREFIX + "%");
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getLong(1));
        }
      }
    }
    return found.stream().mapToLong(Long::longValue).toArray();
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  // ---------------------------------------------------------------------------------- the phases

  /** The baseline: one ledger entry by primary key, on a pooled connection, as bare as it gets. */
  private Load.Iteration jdbc(long[] sequences) {
    return steps -> {
      long sequence = sequences[ThreadLocalRandom.current().nextInt(sequences.length)];
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement(ENTRY_BY_KEY)) {
        statement.setLong(1, sequence);
        try (ResultSet row = statement.executeQuery()) {
          if (!row.next() || row.getLong(1) != sequence || row.getString(2) == null) {
            throw new AssertionError("no ledger entry " + sequence);
          }
          row.getString(3);
          row.getString(5);
          row.getObject(10);
        }
      }
      steps.lap(0);
    };
  }

  /** The real EJB, as the REST resource calls it. */
  private Load.Iteration inProcess(Pair[] pairs, AtomicLong allowed) {
    return steps -> {
      Pair pair = pairs[ThreadLocalRandom.current().nextInt(pairs.length)];
      boolean answer =
          check.may(SubjectId.of(pair.subject()), PurposeCode.of(pair.purpose())).allowed();
      if (answer != pair.allowed()) {
        throw new AssertionError(pair.subject() + "/" + pair.purpose() + " changed its answer");
      }
      if (answer) {
        allowed.incrementAndGet();
      }
      steps.lap(0);
    };
  }

  /** The endpoint over this server's HTTP listener, each person asking about themselves. */
  private Load.Iteration http(HttpClient client, Pair[] pairs, AtomicLong allowed) {
    return steps -> {
      Pair pair = pairs[ThreadLocalRandom.current().nextInt(pairs.length)];
      HttpResponse<String> response =
          client.send(pair.request(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "HTTP "
                + response.statusCode()
                + " for "
                + pair.purpose()
                + ": "
                + abbreviate(response.body()));
      }
      boolean answer;
      if (ALLOWED.matcher(response.body()).find()) {
        answer = true;
      } else if (REFUSED.matcher(response.body()).find()) {
        answer = false;
      } else {
        throw new AssertionError("no answer in " + abbreviate(response.body()));
      }
      if (answer != pair.allowed()) {
        throw new AssertionError(pair.subject() + "/" + pair.purpose() + " changed its answer");
      }
      if (answer) {
        allowed.incrementAndGet();
      }
      steps.lap(0);
    };
  }

  /**
   * The second HTTP baseline: a JAX-RS resource of the benchmark WAR answering a constant, same
   * listener, same client and connections (issue 11).
   */
  private Load.Iteration constant(HttpClient client, HttpRequest request, AtomicLong allowed) {
    return steps -> {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !ALLOWED.matcher(response.body()).find()) {
        throw new AssertionError(
            "HTTP " + response.statusCode() + " from the constant: " + abbreviate(response.body()));
      }
      allowed.incrementAndGet();
      steps.lap(0);
    };
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  /**
   * CPU time of {@link HttpClient}'s own threads (selector and workers): the client's share of the
   * server JVM's CPU besides the sending threads themselves.
   */
  private static double httpClientThreadsCpuSeconds() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isThreadCpuTimeSupported()) {
      return 0;
    }
    long nanos = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("HttpClient-")) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          nanos += cpu;
        }
      }
    }
    return nanos / 1e9;
  }

  // ---------------------------------------------------------------------- where the time goes

  /**
   * H2 only: a few seconds of the baseline and of the in-process check with H2's statement
   * statistics on (which slows H2 down: never part of the figures above), for the statements one
   * check runs.
   */
  private JsonObject sqlStatistics(
      int clients, Map<String, Load.Iteration> iterations, DatabaseCpu database) throws Exception {
    SqlStatistics statistics = new SqlStatistics(dataSource);
    if (!statistics.available()) {
      return null;
    }
    JsonObjectBuilder sql = Json.createObjectBuilder();
    try {
      for (String phase : List.of("jdbc", "inProcess")) {
        SqlStatistics.Tally tally = new SqlStatistics.Tally();
        statistics.restart();
        Load.Outcome outcome =
            Load.run(executor, database, phase + " sql", clients, 4, 1, iterations.get(phase));
        tally.add(statistics.read(), outcome.iterations());
        sql.add(phase, tally.json());
      }
    } finally {
      statistics.stop();
    }
    return sql.build();
  }

  // ------------------------------------------------------------------------------------ figures

  private static Load.Outcome sum(String name, List<Load.Outcome> rounds) {
    long iterations = 0;
    long errors = 0;
    double elapsed = 0;
    double cpu = 0;
    double databaseCpu = 0;
    double others = 0;
    double clientCpu = 0;
    String firstError = null;
    List<long[]> latencies = new ArrayList<>();
    for (Load.Outcome round : rounds) {
      iterations += round.iterations();
      errors += round.errors();
      elapsed += round.elapsedSeconds();
      cpu += round.cpuSeconds();
      databaseCpu += round.databaseCpuSeconds();
      others += Math.max(0, round.otherCpuSeconds());
      clientCpu += round.clientThreadCpuSeconds();
      latencies.add(round.latencyNanos());
      if (firstError == null) {
        firstError = round.firstError();
      }
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
    return new Load.Outcome(
        name,
        rounds.get(0).clients(),
        iterations,
        errors,
        firstError,
        elapsed,
        cpu,
        databaseCpu,
        others,
        rounds.get(0).startedAtMillis(),
        rounds.get(rounds.size() - 1).endedAtMillis(),
        new long[1],
        all,
        clientCpu);
  }

  private static JsonObject json(Load.Outcome outcome, double httpClientThreadsCpu, long allowed) {
    long[] latencies = sorted(outcome.latencyNanos());
    long n = outcome.iterations();
    double mean = Arrays.stream(latencies).average().orElse(0);
    long max = latencies.length == 0 ? 0 : latencies[latencies.length - 1];
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("name", outcome.name())
            .add("iterations", n)
            .add("errors", outcome.errors())
            .add("elapsedSeconds", round(outcome.elapsedSeconds(), 3))
            .add("perSecond", round(outcome.perSecond(), 1))
            .add(
                "latencyMillis",
                Json.createObjectBuilder()
                    .add("mean", round(mean / 1e6, 4))
                    .add("p50", round(percentile(latencies, 0.50) / 1e6, 4))
                    .add("p90", round(percentile(latencies, 0.90) / 1e6, 4))
                    .add("p99", round(percentile(latencies, 0.99) / 1e6, 4))
                    .add("p999", round(percentile(latencies, 0.999) / 1e6, 4))
                    .add("max", round(max / 1e6, 4)))
            .add("allowedAnswers", allowed)
            .add("serverCpuSeconds", round(outcome.cpuSeconds(), 2))
            .add("databaseCpuSeconds", round(outcome.databaseCpuSeconds(), 2))
            .add(
                "cpuMicrosPerIteration",
                n == 0
                    ? 0
                    : round((outcome.cpuSeconds() + outcome.databaseCpuSeconds()) * 1e6 / n, 1))
            // the closed-loop threads themselves: all the work in-process, the client's in http
            .add(
                "clientThreadCpuMicrosPerIteration",
                n == 0 ? 0 : round(outcome.clientThreadCpuSeconds() * 1e6 / n, 1))
            .add(
                "httpClientThreadsCpuMicrosPerIteration",
                n == 0 ? 0 : round(httpClientThreadsCpu * 1e6 / n, 1));
    if (outcome.otherCpuSeconds() >= 0) {
      json.add("otherProcessesCpuSeconds", round(outcome.otherCpuSeconds(), 2));
    }
    if (outcome.firstError() != null) {
      json.add("firstError", outcome.firstError());
    }
    return json.build();
  }

  /** Median of the ratios of each segment to the baseline segment next to it in the order. */
  private static double medianPairRatio(List<Load.Outcome> phase, List<Load.Outcome> baseline) {
    double[] ratios = new double[Math.min(phase.size(), baseline.size())];
    for (int i = 0; i < ratios.length; i++) {
      double base = baseline.get(i).perSecond();
      ratios[i] = base == 0 ? 0 : phase.get(i).perSecond() / base;
    }
    Arrays.sort(ratios);
    int middle = ratios.length / 2;
    return ratios.length == 0
        ? 0
        : ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
  }

  /** The baseline's CPU per iteration divided by the phase's. */
  private static double cpuCostRatio(JsonObject baseline, JsonObject phase) {
    double base = baseline.getJsonNumber("cpuMicrosPerIteration").doubleValue();
    double cost = phase.getJsonNumber("cpuMicrosPerIteration").doubleValue();
    return cost <= 0 ? 0 : base / cost;
  }

  private static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** Nearest-rank percentile of sorted values; 0 for none. */
  static double percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(quantile * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
