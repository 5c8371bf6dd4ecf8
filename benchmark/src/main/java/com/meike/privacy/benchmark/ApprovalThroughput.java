package com.meike.privacy.benchmark;

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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
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
 *       The last completion runs the grant service task. Three transactions, as three user
 *       requests would be.
 *   <li><b>raw</b> — the same BPMN on a plain engine ({@link RawEngine}) with no-op delegates:
 *       start, complete, complete; three transactions.
 * </ul>
 *
 * Both get a warm-up first (discarded). Then they are measured in ABBA order (ours, raw, raw,
 * ours; half the time each), so that drift — the database growing, other work on the machine —
 * weighs on both alike. Every measured instance must end in "Access granted"; that is checked
 * against the history afterwards.
 */
@ApplicationScoped
public class ApprovalThroughput {

  static final String APPLICANT = "ops.agent";
  static final String DEPARTMENT_HEAD = "ops.head";
  static final String SECURITY_HEAD = "sec.head";
  static final String USE = "DISPUTE_EVIDENCE";
  static final String REASON = "Benchmark: customer disputes the visit";
  static final String GRANTED_END = "EndEvent_AccessGranted";

  static final String[] OURS_STEPS = {"apply", "departmentHeadApproves", "securityHeadApproves"};
  static final String[] RAW_STEPS = {"start", "departmentHeadApproves", "securityHeadApproves"};

  @EJB RecordingAccessService recording;

  @Resource UserTransaction userTransaction;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Resource ManagedExecutorService executor;

  /** One run at a time: two would measure each other. */
  private final ReentrantLock running = new ReentrantLock();

  /** Order numbers MK + 16 digits, unique within a server's life and across restarts. */
  private final AtomicLong orders = new AtomicLong((System.currentTimeMillis() % 100_000_000L) * 10_000_000L);

  /** Runs the benchmark; empty when another run is in progress. */
  public java.util.Optional<JsonObject> run(int clients, double seconds, double warmupSeconds)
      throws Exception {
    if (!running.tryLock()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(measure(clients, seconds, warmupSeconds));
    } finally {
      running.unlock();
    }
  }

  private JsonObject measure(int clients, double seconds, double warmupSeconds) throws Exception {
    Transactions tx = new Transactions(userTransaction);
    ProcessEngine ours = BpmPlatform.getProcessEngineService().getProcessEngine("default");
    if (ours == null) {
      throw new IllegalStateException("the application's process engine is not running");
    }
    List<String> departmentHeadGroups = groupsOf(ours.getIdentityService(), DEPARTMENT_HEAD);
    List<String> securityHeadGroups = groupsOf(ours.getIdentityService(), SECURITY_HEAD);
    AtomicReference<String> lastApplication = new AtomicReference<>();

    Load.Iteration oursIteration =
        steps -> {
          String orderNumber = String.format("MK%016d", orders.incrementAndGet());
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
                      Map.of(
                          "departmentHeadApproved", true,
                          "departmentHeadComment", "Benchmark: evidence needed")));
          steps.lap(1);
          tx.inTransaction(
              () ->
                  complete(
                      ours,
                      applicationId,
                      SECURITY_HEAD,
                      securityHeadGroups,
                      Map.of(
                          "securityHeadApproved", true,
                          "securityHeadComment", "Benchmark: approved for 24 h")));
          steps.lap(2);
          lastApplication.set(applicationId);
        };

    JsonObjectBuilder result = Json.createObjectBuilder();
    List<Load.Outcome> oursRounds = new ArrayList<>();
    List<Load.Outcome> rawRounds = new ArrayList<>();
    long oursGrantedBefore;
    long oursGrantedAfter;
    long rawGrantedBefore;
    long rawGrantedAfter;
    String oursDefinition = definitionId(ours, RawEngine.REAL_KEY);
    Instant started = Instant.now();
    try (RawEngine raw = RawEngine.start(transactionManager)) {
      ProcessEngine plain = raw.engine();
      String rawDefinition = definitionId(plain, RawEngine.PROCESS_KEY);
      Load.Iteration rawIteration =
          steps -> {
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
                () ->
                    complete(
                        plain,
                        key,
                        DEPARTMENT_HEAD,
                        null,
                        Map.of(
                            "departmentHeadApproved", true,
                            "departmentHeadComment", "Benchmark: evidence needed")));
            steps.lap(1);
            tx.inTransaction(
                () ->
                    complete(
                        plain,
                        key,
                        SECURITY_HEAD,
                        null,
                        Map.of(
                            "securityHeadApproved", true,
                            "securityHeadComment", "Benchmark: approved for 24 h")));
            steps.lap(2);
          };

      Load.Outcome oursWarmup = Load.run(executor, "ours warm-up", clients, warmupSeconds, 3, oursIteration);
      Load.Outcome rawWarmup = Load.run(executor, "raw warm-up", clients, warmupSeconds, 3, rawIteration);
      result.add("warmup", Json.createArrayBuilder().add(json(oursWarmup, OURS_STEPS)).add(json(rawWarmup, RAW_STEPS)));

      oursGrantedBefore = granted(ours, oursDefinition);
      rawGrantedBefore = granted(plain, rawDefinition);
      double half = seconds / 2;
      oursRounds.add(Load.run(executor, "ours", clients, half, 3, oursIteration));
      rawRounds.add(Load.run(executor, "raw", clients, half, 3, rawIteration));
      rawRounds.add(Load.run(executor, "raw", clients, half, 3, rawIteration));
      oursRounds.add(Load.run(executor, "ours", clients, half, 3, oursIteration));
      oursGrantedAfter = granted(ours, oursDefinition);
      rawGrantedAfter = granted(plain, rawDefinition);
    }

    JsonObject oursJson = total("ours", oursRounds, OURS_STEPS, oursGrantedAfter - oursGrantedBefore);
    JsonObject rawJson = total("raw", rawRounds, RAW_STEPS, rawGrantedAfter - rawGrantedBefore);
    double oursRate = oursJson.getJsonNumber("perSecond").doubleValue();
    double rawRate = rawJson.getJsonNumber("perSecond").doubleValue();
    JsonArrayBuilder rounds = Json.createArrayBuilder();
    rounds.add(json(oursRounds.get(0), OURS_STEPS));
    rounds.add(json(rawRounds.get(0), RAW_STEPS));
    rounds.add(json(rawRounds.get(1), RAW_STEPS));
    rounds.add(json(oursRounds.get(1), OURS_STEPS));

    String sample = lastApplication.get();
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
        .add("clients", clients)
        .add("secondsPerPhase", seconds)
        .add("warmupSecondsPerPhase", warmupSeconds)
        .add("order", "ABBA: ours, raw, raw, ours (half the time each)")
        .add("ours", oursJson)
        .add("raw", rawJson)
        .add("ratio", rawRate == 0 ? 0 : oursRate / rawRate)
        .add("rounds", rounds)
        .build();
  }

  /** What a user does in Tasklist: find their task of this application, complete it with the decision. */
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
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    if (groups.isEmpty()) {
      throw new IllegalStateException(user + " has no groups: is the server provisioned with the demo configuration?");
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

  private static JsonObject total(String name, List<Load.Outcome> rounds, String[] stepNames, long grantedInHistory) {
    long iterations = 0;
    long errors = 0;
    double elapsed = 0;
    double cpu = 0;
    String firstError = null;
    double others = 0;
    long[] steps = new long[stepNames.length];
    for (Load.Outcome round : rounds) {
      others += Math.max(0, round.otherCpuSeconds());
      iterations += round.iterations();
      errors += round.errors();
      elapsed += round.elapsedSeconds();
      cpu += round.cpuSeconds();
      if (firstError == null) {
        firstError = round.firstError();
      }
      for (int s = 0; s < steps.length; s++) {
        steps[s] += round.stepNanos()[s];
      }
    }
    Load.Outcome sum =
        new Load.Outcome(name, rounds.get(0).clients(), iterations, errors, firstError, elapsed, cpu, others, steps);
    return Json.createObjectBuilder(json(sum, stepNames))
        .add("grantedInHistory", grantedInHistory)
        .add("allGranted", grantedInHistory == iterations)
        .build();
  }

  private static JsonObject json(Load.Outcome outcome, String[] stepNames) {
    JsonObjectBuilder steps = Json.createObjectBuilder();
    double totalMillis = 0;
    for (int s = 0; s < stepNames.length; s++) {
      double millis = outcome.iterations() == 0 ? 0 : outcome.stepNanos()[s] / 1e6 / outcome.iterations();
      steps.add(stepNames[s], round(millis, 3));
      totalMillis += millis;
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("name", outcome.name())
            .add("iterations", outcome.iterations())
            .add("errors", outcome.errors())
            .add("elapsedSeconds", round(outcome.elapsedSeconds(), 3))
            .add("perSecond", round(outcome.perSecond(), 2))
            .add("meanMillisPerStep", steps)
            .add("meanMillisPerIteration", round(totalMillis, 3))
            .add("serverCpuSeconds", round(outcome.cpuSeconds(), 2))
            .add(
                "serverCpuMillisPerIteration",
                outcome.iterations() == 0 ? 0 : round(outcome.cpuSeconds() * 1000 / outcome.iterations(), 3));
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
