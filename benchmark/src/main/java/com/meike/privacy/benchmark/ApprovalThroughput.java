package com.meike.privacy.benchmark;

import com.meike.privacy.order.application.OrderRequest;
import com.meike.privacy.order.application.OrderService;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.RecordingAccessService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/**
 * The approval process at full speed, two ways, inside the server and without HTTP:
 *
 * <ul>
 *   <li><b>ours</b> — {@link RecordingAccessService#apply} as {@code ops.agent} (which starts the
 *       real process in the same transaction), then the department head's and the head of
 *       security's tasks completed through the real engine's {@link TaskService} as {@code
 *       ops.head} and {@code sec.head}, authenticated with their groups (engine authorization on).
 *       The last completion runs the grant service task. Three transactions, as three user requests
 *       would be.
 *   <li><b>raw</b> — the same BPMN on a plain engine ({@link RawEngine}) with no-op delegates:
 *       start, complete, complete; three transactions.
 * </ul>
 *
 * Both get a warm-up first (discarded). Then they are measured in alternating segments, ABBA
 * repeated (ours, raw, raw, ours, ours, raw, ...; {@code rounds} segments per phase sharing its
 * time), so that drift — the database growing, JIT, other work on the machine — weighs on both
 * alike. Every measured instance must end in "Access granted"; that is checked against the history
 * afterwards.
 */
@ApplicationScoped
public class ApprovalThroughput {

  static final String APPLICANT = "ops.agent";
  static final String DEPARTMENT_HEAD = "ops.head";
  static final String SECURITY_HEAD = "sec.head";
  static final String USE =
      "RULE_SPOT_CHECK"; // a use without a condition (REC-7): no consent to set up
  static final String REASON = "Benchmark: customer disputes the visit";
  static final String GRANTED_END = "EndEvent_AccessGranted";

  static final Map<String, Object> DEPARTMENT_HEAD_DECISION =
      Map.of("departmentHeadApproved", true, "departmentHeadComment", "Benchmark: evidence needed");
  static final Map<String, Object> SECURITY_HEAD_DECISION =
      Map.of("securityHeadApproved", true, "securityHeadComment", "Benchmark: approved for 24 h");

  static final String[] OURS_STEPS = {"apply", "departmentHeadApproves", "securityHeadApproves"};
  static final String[] RAW_STEPS = {"start", "departmentHeadApproves", "securityHeadApproves"};

  @EJB RecordingAccessService recording;

  /**
   * Applications name real orders: a pool of them is placed before the warm-up, outside any timing.
   */
  @EJB OrderService orderService;

  static final int ORDER_POOL = 1000;
  static final String POOL_CUSTOMER = "u-benchmark-customer";

  @Resource UserTransaction userTransaction;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  /** One run at a time: two would measure each other. */
  private final ReentrantLock running = new ReentrantLock();

  /** Picks the next order of the pool, round robin over the clients. */
  private final AtomicLong orders = new AtomicLong();

  /**
   * Runs the comparison; empty when another run is in progress. With {@code sql}, H2's statement
   * statistics are collected per phase too (which slows H2 down: not for the headline figures).
   */
  public Optional<JsonObject> run(
      int clients, double seconds, double warmupSeconds, int rounds, boolean sql) throws Exception {
    return exclusively(() -> measure(clients, seconds, warmupSeconds, rounds, sql));
  }

  private Optional<JsonObject> exclusively(Callable<JsonObject> work) throws Exception {
    if (!running.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.of(work.call());
    } finally {
      running.unlock();
    }
  }

  /** The two ways of running the process, ready to go; closing it closes the raw engine. */
  private final class Phases implements AutoCloseable {

    final Transactions tx = new Transactions(userTransaction);
    final ProcessEngine ours;
    final List<String> departmentHeadGroups;
    final List<String> securityHeadGroups;
    private RawEngine raw;
    final AtomicReference<String> lastApplication = new AtomicReference<>();
    final AtomicReference<String> lastRawKey = new AtomicReference<>();
    final List<String> realOrders = new java.util.ArrayList<>();

    Phases() {
      ours = BpmPlatform.getProcessEngineService().getProcessEngine("default");
      if (ours == null) {
        throw new IllegalStateException("the application's process engine is not running");
      }
      placeOrders();
      departmentHeadGroups = groupsOf(ours.getIdentityService(), DEPARTMENT_HEAD);
      securityHeadGroups = groupsOf(ours.getIdentityService(), SECURITY_HEAD);
    }

    /** Places the pool of orders the applications name, 100 per transaction. */
    private void placeOrders() {
      OrderRequest order =
          new OrderRequest(
              "Benchmark Rd 1",
              "Benchmark",
              "+8613800000000",
              List.of("facial"),
              new java.math.BigDecimal("100.00"),
              "Shanghai",
              false);
      try {
        while (realOrders.size() < ORDER_POOL) {
          realOrders.addAll(
              tx.inTransaction(
                  () -> {
                    List<String> placed = new java.util.ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                      placed.add(orderService.place(order, POOL_CUSTOMER).orderNumber());
                    }
                    return placed;
                  }));
        }
      } catch (Exception e) {
        throw new IllegalStateException("cannot place the benchmark's orders", e);
      }
    }

    /** The raw engine, started on first use. */
    ProcessEngine plain() {
      if (raw == null) {
        raw = RawEngine.start(transactionManager);
      }
      return raw.engine();
    }

    /** Apply through our service (starts the real process), then both heads approve. */
    Load.Iteration ours() {
      return steps -> {
        String orderNumber =
            realOrders.get((int) Math.floorMod(orders.getAndIncrement(), (long) realOrders.size()));
        String applicationId =
            tx.inTransaction(
                () ->
                    recording
                        .apply(new ApplicationRequest(orderNumber, USE, REASON), APPLICANT)
                        .id());
        steps.lap(0);
        tx.inTransaction(
            () ->
                complete(
                    ours,
                    applicationId,
                    DEPARTMENT_HEAD,
                    departmentHeadGroups,
                    DEPARTMENT_HEAD_DECISION));
        steps.lap(1);
        tx.inTransaction(
            () ->
                complete(
                    ours,
                    applicationId,
                    SECURITY_HEAD,
                    securityHeadGroups,
                    SECURITY_HEAD_DECISION));
        steps.lap(2);
        lastApplication.set(applicationId);
      };
    }

    /** Start the renamed process on the raw engine, then both tasks completed. */
    Load.Iteration raw() {
      ProcessEngine plain = plain();
      return steps -> {
        String key = UUID.randomUUID().toString();
        tx.inTransaction(
            () ->
                plain
                    .getRuntimeService()
                    .startProcessInstanceByKey(
                        RawEngine.PROCESS_KEY, key, Map.of("applicationId", key))
                    .getId());
        steps.lap(0);
        tx.inTransaction(
            () -> complete(plain, key, DEPARTMENT_HEAD, null, DEPARTMENT_HEAD_DECISION));
        steps.lap(1);
        tx.inTransaction(() -> complete(plain, key, SECURITY_HEAD, null, SECURITY_HEAD_DECISION));
        steps.lap(2);
        lastRawKey.set(key);
      };
    }

    @Override
    public void close() {
      if (raw != null) {
        raw.close();
      }
    }
  }

  private JsonObject measure(
      int clients, double seconds, double warmupSeconds, int rounds, boolean sql) throws Exception {
    JsonObjectBuilder result = Json.createObjectBuilder();
    DatabaseCpu database = new DatabaseCpu(dataSource);
    Instant started = Instant.now();
    List<Load.Outcome> oursRounds = new ArrayList<>();
    List<Load.Outcome> rawRounds = new ArrayList<>();
    JsonArrayBuilder order = Json.createArrayBuilder();
    long oursGranted;
    long rawGranted;
    String sample;
    JsonObjectBuilder footprint = Json.createObjectBuilder();
    try (Phases phases = new Phases()) {
      Load.Iteration ours = phases.ours();
      Load.Iteration raw = phases.raw();
      String oursDefinition = definitionId(phases.ours, RawEngine.REAL_KEY);
      String rawDefinition = definitionId(phases.plain(), RawEngine.PROCESS_KEY);

      Load.Outcome oursWarmup =
          Load.run(executor, database, "ours warm-up", clients, warmupSeconds, 3, ours);
      Load.Outcome rawWarmup =
          Load.run(executor, database, "raw warm-up", clients, warmupSeconds, 3, raw);
      result.add(
          "warmup",
          Json.createArrayBuilder()
              .add(json(oursWarmup, OURS_STEPS))
              .add(json(rawWarmup, RAW_STEPS)));

      long oursGrantedBefore = granted(phases.ours, oursDefinition);
      long rawGrantedBefore = granted(phases.plain(), rawDefinition);
      Segments segments = new Segments(database, clients, seconds / rounds, sql);
      try {
        for (int block = 0; block < rounds / 2; block++) {
          oursRounds.add(segments.run("ours", ours, OURS_STEPS, order));
          rawRounds.add(segments.run("raw", raw, RAW_STEPS, order));
          rawRounds.add(segments.run("raw", raw, RAW_STEPS, order));
          oursRounds.add(segments.run("ours", ours, OURS_STEPS, order));
        }
      } finally {
        segments.close();
      }
      if (segments.collecting) {
        result.add(
            "sql",
            Json.createObjectBuilder()
                .add("ours", segments.tallies.get("ours").json())
                .add("raw", segments.tallies.get("raw").json()));
      } else if (sql) {
        result.add(
            "sql",
            Json.createObjectBuilder().add("error", "statement statistics need the H2 database"));
      }
      oursGranted = granted(phases.ours, oursDefinition) - oursGrantedBefore;
      rawGranted = granted(phases.plain(), rawDefinition) - rawGrantedBefore;
      sample = phases.lastApplication.get();
      if (sample != null) {
        footprint.add("ours", footprint(phases.ours, sample));
      }
      if (phases.lastRawKey.get() != null) {
        footprint.add("raw", footprint(phases.plain(), phases.lastRawKey.get()));
      }
    }

    JsonObject oursJson = total("ours", oursRounds, OURS_STEPS, oursGranted);
    JsonObject rawJson = total("raw", rawRounds, RAW_STEPS, rawGranted);
    double oursRate = oursJson.getJsonNumber("perSecond").doubleValue();
    double rawRate = rawJson.getJsonNumber("perSecond").doubleValue();
    // Each ours segment next to the raw segment run right before or after it: bursts of other work
    // on the machine hit a pair alike, so the median of the pairs' ratios is a noise-robust check.
    List<Double> pairRatios = new ArrayList<>();
    JsonArrayBuilder pairs = Json.createArrayBuilder();
    for (int i = 0; i < oursRounds.size(); i++) {
      double rawPerSecond = rawRounds.get(i).perSecond();
      double pair = rawPerSecond == 0 ? 0 : oursRounds.get(i).perSecond() / rawPerSecond;
      pairRatios.add(pair);
      pairs.add(round(pair, 3));
    }
    pairRatios.sort(null);
    int middle = pairRatios.size() / 2;
    double medianPairRatio =
        pairRatios.isEmpty()
            ? 0
            : pairRatios.size() % 2 == 1
                ? pairRatios.get(middle)
                : (pairRatios.get(middle - 1) + pairRatios.get(middle)) / 2;
    double oursCpu = oursJson.getJsonNumber("cpuMillisPerIteration").doubleValue();
    double rawCpu = rawJson.getJsonNumber("cpuMillisPerIteration").doubleValue();

    if (sample != null) {
      ApplicationView view = recording.application(sample, APPLICANT, false);
      result.add(
          "sampleApplication",
          Json.createObjectBuilder()
              .add("id", view.id())
              .add("status", view.status())
              .add("decisions", view.decisions().size())
              .add("grantId", view.grantId() == null ? "" : view.grantId()));
    }
    return result
        .add("startedAt", started.toString())
        .add("database", database.product())
        .add("clients", clients)
        .add("secondsPerPhase", seconds)
        .add("warmupSecondsPerPhase", warmupSeconds)
        .add("rounds", rounds)
        .add(
            "order",
            "ABBA repeated: ours, raw, raw, ours, ...; "
                + rounds
                + " segments of "
                + seconds / rounds
                + " s per phase")
        .add("ours", oursJson)
        .add("raw", rawJson)
        .add("ratio", rawRate == 0 ? 0 : oursRate / rawRate)
        .add("pairRatios", pairs)
        .add("medianPairRatio", round(medianPairRatio, 3))
        .add("cpuCostRatio", oursCpu <= 0 ? 0 : round(rawCpu / oursCpu, 3))
        .add("segments", order)
        .add("footprintOfOneInstance", footprint)
        .build();
  }

  /** Runs measured segments; with statement statistics, each segment's are added to its phase. */
  private final class Segments {
    final DatabaseCpu database;
    final int clients;
    final double seconds;
    final SqlStatistics statistics = new SqlStatistics(dataSource);
    final boolean collecting;
    final Map<String, SqlStatistics.Tally> tallies =
        Map.of("ours", new SqlStatistics.Tally(), "raw", new SqlStatistics.Tally());

    Segments(DatabaseCpu database, int clients, double seconds, boolean sql) {
      this.database = database;
      this.clients = clients;
      this.seconds = seconds;
      this.collecting = sql && statistics.available();
    }

    Load.Outcome run(String phase, Load.Iteration iteration, String[] steps, JsonArrayBuilder order)
        throws Exception {
      if (collecting) {
        statistics.restart();
      }
      Load.Outcome outcome = Load.run(executor, database, phase, clients, seconds, 3, iteration);
      if (collecting) {
        tallies.get(phase).add(statistics.read(), outcome.iterations());
      }
      order.add(json(outcome, steps));
      return outcome;
    }

    void close() throws java.sql.SQLException {
      if (collecting) {
        statistics.stop();
      }
    }
  }

  /** What one finished instance left in the engine's history (the engine's rows written for it). */
  private static JsonObject footprint(ProcessEngine engine, String businessKey) {
    var history = engine.getHistoryService();
    var instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .singleResult();
    if (instance == null) {
      return Json.createObjectBuilder()
          .add("error", "no instance with business key " + businessKey)
          .build();
    }
    String id = instance.getId();
    return Json.createObjectBuilder()
        .add(
            "processVariables",
            history.createHistoricVariableInstanceQuery().processInstanceId(id).count())
        .add(
            "variableUpdatesInHistory",
            history.createHistoricDetailQuery().processInstanceId(id).count())
        .add(
            "activityInstances",
            history.createHistoricActivityInstanceQuery().processInstanceId(id).count())
        .add("endActivity", instance.getEndActivityId() == null ? "" : instance.getEndActivityId())
        .build();
  }

  /**
   * What a user does in Tasklist: find their task of this application, complete it with the
   * decision.
   */
  private static String complete(
      ProcessEngine engine,
      String businessKey,
      String user,
      List<String> groups,
      Map<String, Object> variables) {
    IdentityService identity = engine.getIdentityService();
    if (groups != null) {
      identity.setAuthentication(user, groups);
    }
    try {
      TaskService tasks = engine.getTaskService();
      Task task =
          tasks
              .createTaskQuery()
              .processInstanceBusinessKey(businessKey)
              .taskAssignee(user)
              .singleResult();
      if (task == null) {
        throw new IllegalStateException("no task for " + user + " in " + businessKey);
      }
      tasks.complete(task.getId(), variables);
      return task.getId();
    } finally {
      if (groups != null) {
        identity.clearAuthentication();
      }
    }
  }

  private static List<String> groupsOf(IdentityService identity, String user) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    if (groups.isEmpty()) {
      throw new IllegalStateException(
          user + " has no groups: is the server provisioned with the demo configuration?");
    }
    return groups;
  }

  private static String definitionId(ProcessEngine engine, String key) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult()
        .getId();
  }

  /** Instances of this definition that reached "Access granted", from the history. */
  private static long granted(ProcessEngine engine, String definitionId) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processDefinitionId(definitionId)
        .activityId(GRANTED_END)
        .finished()
        .count();
  }

  private static JsonObject total(
      String name, List<Load.Outcome> rounds, String[] stepNames, long grantedInHistory) {
    long iterations = 0;
    long errors = 0;
    double elapsed = 0;
    double cpu = 0;
    double databaseCpu = 0;
    String firstError = null;
    double others = 0;
    long[] steps = new long[stepNames.length];
    for (Load.Outcome round : rounds) {
      others += Math.max(0, round.otherCpuSeconds());
      iterations += round.iterations();
      errors += round.errors();
      elapsed += round.elapsedSeconds();
      cpu += round.cpuSeconds();
      databaseCpu += round.databaseCpuSeconds();
      if (firstError == null) {
        firstError = round.firstError();
      }
      for (int s = 0; s < steps.length; s++) {
        steps[s] += round.stepNanos()[s];
      }
    }
    Load.Outcome sum =
        new Load.Outcome(
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
            steps,
            new long[0],
            0);
    return Json.createObjectBuilder(json(sum, stepNames))
        .add("grantedInHistory", grantedInHistory)
        .add("allGranted", grantedInHistory == iterations)
        .build();
  }

  private static JsonObject json(Load.Outcome outcome, String[] stepNames) {
    JsonObjectBuilder steps = Json.createObjectBuilder();
    double totalMillis = 0;
    for (int s = 0; s < stepNames.length; s++) {
      double millis =
          outcome.iterations() == 0 ? 0 : outcome.stepNanos()[s] / 1e6 / outcome.iterations();
      steps.add(stepNames[s], round(millis, 3));
      totalMillis += millis;
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("name", outcome.name())
            .add("iterations", outcome.iterations())
            .add("errors", outcome.errors())
            .add("elapsedSeconds", round(outcome.elapsedSeconds(), 3))
            .add("startedAtMillis", outcome.startedAtMillis())
            .add("endedAtMillis", outcome.endedAtMillis())
            .add("perSecond", round(outcome.perSecond(), 2))
            .add("meanMillisPerStep", steps)
            .add("meanMillisPerIteration", round(totalMillis, 3))
            .add("serverCpuSeconds", round(outcome.cpuSeconds(), 2))
            .add(
                "serverCpuMillisPerIteration",
                outcome.iterations() == 0
                    ? 0
                    : round(outcome.cpuSeconds() * 1000 / outcome.iterations(), 3))
            // a database outside the JVM (PostgreSQL): its backends' CPU; 0 for the embedded H2
            .add("databaseCpuSeconds", round(outcome.databaseCpuSeconds(), 2))
            .add(
                "cpuMillisPerIteration",
                outcome.iterations() == 0
                    ? 0
                    : round(
                        (outcome.cpuSeconds() + outcome.databaseCpuSeconds())
                            * 1000
                            / outcome.iterations(),
                        3));
    if (outcome.otherCpuSeconds() >= 0) {
      // CPU time other processes on the machine used meanwhile (2 cores = 2 CPU-seconds per second)
      json.add("otherProcessesCpuSeconds", round(outcome.otherCpuSeconds(), 2));
    }
    if (outcome.firstError() != null) {
      json.add("firstError", outcome.firstError());
    }
    return json.build();
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
