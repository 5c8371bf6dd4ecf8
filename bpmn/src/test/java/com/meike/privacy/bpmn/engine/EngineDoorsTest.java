package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.testsupport.InMemoryEngine;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The start and task doors of {@link EngineDoors} and {@link TaskDoors} on an in-memory engine with
 * authorization on, the production authorizations of {@link EngineSetup} and the production task
 * permission (TASK_WORK). The processes carry our keys (the rules are per key) with one candidate
 * task each, so every rule is seen on its own.
 */
@Tag("REC-8")
@Tag("AUD-2")
@Tag("CMP-1")
class EngineDoorsTest {

  static ProcessEngine engine;
  static RuntimeService runtime;
  static TaskService tasks;
  static IdentityService identity;
  static final List<AuditEvent> AUDITED = new CopyOnWriteArrayList<>();

  /** The approval form's rule, as the domain raises it inside a completion listener. */
  public static class RefusesRejectionWithoutReason
      implements org.camunda.bpm.engine.delegate.TaskListener {
    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
      throw DomainException.invalid("comment", "is required when rejecting");
    }
  }

  @BeforeAll
  static void startEngine() {
    // The server's own rules, with the comments' audit entries collected here.
    engine =
        InMemoryEngine.build(
            "engine-doors-test", config -> ServerEngineRules.apply(config, AUDITED::add));
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    identity = engine.getIdentityService();

    deploy(
        Bpmn.createExecutableProcess("recording-access-approval")
            .camundaHistoryTimeToLive(1)
            .startEvent("start")
            .camundaInitiator("applicant")
            .userTask("decide")
            .camundaCandidateGroups("department-head")
            .endEvent()
            .done());
    deploy(
        Bpmn.createExecutableProcess("complaint-escalation")
            .camundaHistoryTimeToLive(1)
            .startEvent("start")
            .userTask("handle")
            .camundaCandidateGroups("customer-service")
            .endEvent()
            .done());
    deploy(
        Bpmn.createExecutableProcess("lawful-disclosure")
            .camundaHistoryTimeToLive(1)
            .startEvent("start")
            .userTask("review")
            .camundaCandidateGroups("department-head")
            .endEvent()
            .done());
    deploy(
        Bpmn.createExecutableProcess("partner-deletion-order")
            .camundaHistoryTimeToLive(1)
            .startEvent("start")
            .intermediateCatchEvent("acknowledged")
            .message("partner-acknowledged")
            .userTask("follow-up")
            .camundaCandidateGroups("customer-service")
            .endEvent()
            .done());
    deploy(
        Bpmn.createExecutableProcess("breach-notification")
            .camundaHistoryTimeToLive(1)
            .startEvent("start")
            .userTask("assess")
            .camundaCandidateGroups("security-team")
            .endEvent()
            .done());
    deploy(
        Bpmn.createExecutableProcess("shutdown-data-disposal")
            .camundaHistoryTimeToLive(1)
            .startEvent("start")
            .userTask("approve")
            .camundaCandidateGroups("privacy-officer")
            .endEvent()
            .done());
    deploy(
        Bpmn.createExecutableProcess("rejection-needs-reason")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("decide")
            .camundaCandidateGroups("department-head")
            .camundaTaskListenerClass("complete", RefusesRejectionWithoutReason.class.getName())
            .endEvent()
            .done());
    deploy(
        Bpmn.createExecutableProcess("some-new-process")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask("approve")
            .camundaAssignee("ops.head")
            .endEvent()
            .done());
    deploy(
        Bpmn.createExecutableProcess("regulatory-threshold-review")
            .camundaHistoryTimeToLive(1)
            .startEvent("daily")
            .timerWithCycle("0 0 1 * * ?")
            .userTask("review")
            .camundaCandidateGroups("customer-service")
            .endEvent()
            .done());
    // every other process of the start table (breach, rights, …) as a plain one-task process
    for (String key : EngineDoors.START_RULES.keySet()) {
      if (engine
              .getRepositoryService()
              .createProcessDefinitionQuery()
              .processDefinitionKey(key)
              .count()
          == 0) {
        deploy(
            Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work")
                .camundaCandidateGroups("customer-service")
                .endEvent()
                .done());
      }
    }

    EngineSetup.authorize(engine.getAuthorizationService());
    for (String group :
        List.of(
            "customer-service",
            "cs-supervisor",
            "department-head",
            "camunda-admin",
            "security-team",
            "operations")) {
      identity.saveGroup(identity.newGroup(group));
    }
    user("cs.agent", "customer-service");
    user("cs.agent2", "customer-service");
    user("cs.head", "customer-service", "cs-supervisor", "department-head");
    user("legal.counsel", "department-head");
    user("admin", "camunda-admin");
    user("sec.member", "security-team");
    user("ops.head", "operations", "department-head");
    ShutdownStarter.reconcile(identity, engine.getAuthorizationService());
  }

  private static void deploy(BpmnModelInstance model) {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            model
                    .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                    .iterator()
                    .next()
                    .getId()
                + ".bpmn",
            model)
        .deploy();
  }

  private static void user(String id, String... groups) {
    User user = identity.newUser(id);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @BeforeEach
  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  private static void as(String user) {
    identity.clearAuthentication();
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
  }

  // ----------------------------------------------------------------------------- starts (items 1,
  // 2)

  @Test
  @DisplayName(
      "REC-8 (issue 17, item 8): \"Start process\" offers staff the application only, an administrator nothing")
  void startProcessOffersOnlyWhatTheUserMayStart() {
    // Tasklist's start dialog asks for the latest active definitions the user may instantiate
    as("cs.agent");
    assertThat(startable()).containsExactly("recording-access-approval");
    as("admin");
    assertThat(startable()).isEmpty();
    identity.clearAuthentication();
  }

  private static List<String> startable() {
    return ProcessTestEngine.startable(engine);
  }

  @Test
  @DisplayName(
      "REC-8 (issue 17, item 8): only the processes staff start (applications, incidents, shutdowns) are startable in Tasklist; the others are started by the application")
  void onlyStaffProcessesAreStartableInTasklist() throws Exception {
    for (String resource : EngineSetup.RESOURCES) {
      if (!resource.endsWith(".bpmn")) {
        continue;
      }
      try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        for (org.camunda.bpm.model.bpmn.instance.Process process :
            Bpmn.readModelFromStream(in)
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
          assertThat(process.isCamundaStartableInTasklist())
              .as(process.getId())
              .isEqualTo(
                  EngineSetup.STAFF_PROCESSES.contains(process.getId())
                      || EngineSetup.STARTERS.containsKey(process.getId()));
        }
      }
    }
  }

  @Test
  @DisplayName("REC-8: a staff start names its starter as applicant, whatever the start says")
  void the_applicant_is_the_authenticated_starter() {
    as("cs.agent");
    ProcessInstance own =
        runtime.startProcessInstanceByKey(
            "recording-access-approval",
            Map.of(
                "orderNumber",
                "MK2026112900000123",
                "use",
                "RULE_SPOT_CHECK",
                "reason",
                "Spot check"));
    identity.clearAuthentication();
    assertThat(runtime.getVariable(own.getId(), "applicant")).isEqualTo("cs.agent");
    as("cs.agent");

    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    "recording-access-approval",
                    Map.of("orderNumber", "MK2026112900000123", "applicant", "legal.counsel")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("'applicant' is always the person who starts the process");
    // skipping custom listeners (possible only with start instructions) does not skip the door
    assertThatThrownBy(
            () ->
                runtime
                    .createProcessInstanceByKey("recording-access-approval")
                    .startBeforeActivity("decide")
                    .setVariable("applicant", "legal.counsel")
                    .execute(true, true))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName("REC-8: Tasklist's start form applies in the starter's name only")
  void the_start_form_names_the_starter() {
    as("cs.agent");
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("recording-access-approval")
            .singleResult()
            .getId();
    assertThatThrownBy(
            () ->
                engine
                    .getFormService()
                    .submitStartForm(
                        definition,
                        Map.of("orderNumber", "MK2026112900000123", "applicant", "legal.counsel")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("'applicant'");
    assertThatThrownBy(
            () ->
                engine
                    .getFormService()
                    .submitStartForm(definition, Map.of("applicationId", "app-9")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("[applicationId]");
    ProcessInstance own =
        engine
            .getFormService()
            .submitStartForm(
                definition,
                Map.of(
                    "orderNumber",
                    "MK2026112900000123",
                    "use",
                    "RULE_SPOT_CHECK",
                    "reason",
                    "Spot check"));
    identity.clearAuthentication();
    assertThat(runtime.getVariable(own.getId(), "applicant")).isEqualTo("cs.agent");
  }

  @Test
  @DisplayName(
      "REC-8: a staff start cannot attach to an existing application or set what the process derives")
  void derived_variables_are_refused_in_a_staff_start() {
    as("cs.agent");
    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    "recording-access-approval",
                    Map.of("applicationId", "5b0e7c1e-3f5a-4c2e-9a57-0c8d2f6e41a3")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("[applicationId]")
        .hasMessageContaining("[orderNumber, reason, use]");
    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    "recording-access-approval",
                    Map.of("orderNumber", "MK2026112900000123", "firstApprover", "cs.agent")))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("[firstApprover]");
    identity.clearAuthentication();
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .variableValueEquals("applicationId", "5b0e7c1e-3f5a-4c2e-9a57-0c8d2f6e41a3")
                .count())
        .isZero();
  }

  @Test
  @DisplayName("REC-8: nobody starts a process at an activity past its start event")
  void start_instructions_are_refused() {
    as("cs.agent");
    assertThatThrownBy(
            () ->
                runtime
                    .createProcessInstanceByKey("recording-access-approval")
                    .startBeforeActivity("decide")
                    .execute())
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("start instructions");
  }

  @Test
  @DisplayName(
      "CMP-1: processes the application starts cannot be started by staff or an administrator")
  void application_processes_refuse_people() {
    for (String user : List.of("cs.agent", "admin")) {
      as(user);
      assertThatThrownBy(
              () ->
                  runtime.startProcessInstanceByKey(
                      "complaint-escalation", Map.of("complaintNumber", "CP20260918AB12CD34")))
          .isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("started by the application only");
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("some-new-process"))
          .isInstanceOf(AuthorizationException.class);
    }
    identity.clearAuthentication();
    // not even unauthenticated code that forgot to say it is the application
    assertThatThrownBy(
            () ->
                runtime.startProcessInstanceByKey(
                    "complaint-escalation", Map.of("complaintNumber", "CP20260918AB12CD34")))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName(
      "AUD-4: a scheduled process starts from its timer only; no person starts it, an administrator neither")
  void a_scheduled_process_starts_from_its_timer_only() {
    for (String user : List.of("cs.agent", "admin")) {
      as(user);
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("regulatory-threshold-review"))
          .isInstanceOf(AuthorizationException.class)
          .hasMessageContaining("started by the application only");
    }
    identity.clearAuthentication();
    var timer =
        engine
            .getManagementService()
            .createJobQuery()
            .timers()
            .processDefinitionKey("regulatory-threshold-review")
            .singleResult();
    long before =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("regulatory-threshold-review")
            .count();

    engine.getManagementService().executeJob(timer.getId());

    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("regulatory-threshold-review")
                .count())
        .isEqualTo(before + 1);
  }

  @Test
  @DisplayName(
      "AUD-4: the start table marks the processes the engine's timer starts; no person starts them, nothing is given to them")
  void the_start_table_marks_the_scheduled_processes() {
    assertThat(
            EngineDoors.START_RULES.entrySet().stream()
                .filter(entry -> entry.getValue().onSchedule())
                .map(Map.Entry::getKey))
        .containsExactly("regulatory-threshold-review");
    EngineDoors.START_RULES.values().stream()
        .filter(EngineDoors.StartRule::onSchedule)
        .forEach(
            rule -> {
              assertThat(rule.staffMayStart()).isFalse();
              assertThat(rule.staffVariables()).isEmpty();
              assertThat(rule.applicationVariables()).isEmpty();
              assertThat(rule.starterVariable()).isNull();
            });
    // a process started by people or by the application is not started on schedule
    assertThat(EngineDoors.START_RULES.get("complaint-escalation").onSchedule()).isFalse();
    assertThat(EngineDoors.START_RULES.get("breach-notification").onSchedule()).isFalse();
  }

  @Test
  @DisplayName("CMP-1: the application starts its processes with its own variables only")
  void the_application_starts_with_its_variables() {
    ProcessInstance complaint =
        EngineDoors.asApplication(
            () ->
                runtime.startProcessInstanceByKey(
                    "complaint-escalation", Map.of("complaintNumber", "CP1")));
    assertThat(complaint.isEnded()).isFalse();
    assertThatThrownBy(
            () ->
                EngineDoors.asApplication(
                    () ->
                        runtime.startProcessInstanceByKey(
                            "complaint-escalation",
                            Map.of("complaintNumber", "CP2", "answerText", "x"))))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("[answerText]");
    // the API's start of an application it registered: applicationId, nothing from a person
    as("cs.agent");
    ProcessInstance applied =
        EngineDoors.asApplication(
            () ->
                runtime.startProcessInstanceByKey(
                    "recording-access-approval", Map.of("applicationId", "app-1")));
    identity.clearAuthentication();
    assertThat(runtime.getVariable(applied.getId(), "applicationId")).isEqualTo("app-1");
  }

  // ----------------------------------------------------------------------------- claims (items 4,
  // 6)

  private static String complaintTask() {
    ProcessInstance process =
        EngineDoors.asApplication(
            () ->
                runtime.startProcessInstanceByKey(
                    "complaint-escalation", Map.of("complaintNumber", "CP-" + System.nanoTime())));
    identity.clearAuthentication();
    return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
  }

  @Test
  @DisplayName(
      "CMP-1: a claimed task is completed only by whoever claimed it; a colleague and a head are refused")
  void a_claim_is_enforced() {
    String task = complaintTask();
    as("cs.agent");
    tasks.claim(task, "cs.agent");

    as("cs.head");
    assertThatThrownBy(() -> tasks.complete(task))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("claimed by cs.agent");
    assertThatThrownBy(() -> tasks.claim(task, "cs.head"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("claimed by cs.agent");
    as("cs.agent2");
    assertThatThrownBy(() -> tasks.complete(task)).isInstanceOf(AuthorizationException.class);

    as("cs.agent");
    tasks.complete(task);
    identity.clearAuthentication();
    assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
  }

  @Test
  @DisplayName("CMP-1: whoever claimed a task can give it back; others cannot take it from them")
  void the_claimant_unclaims() {
    String task = complaintTask();
    as("cs.agent");
    tasks.claim(task, "cs.agent");
    as("cs.agent2");
    assertThatThrownBy(() -> tasks.setAssignee(task, null))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.setAssignee(task, "cs.agent2"))
        .isInstanceOf(AuthorizationException.class);

    as("cs.agent");
    tasks.setAssignee(task, null);
    identity.clearAuthentication();
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    as("cs.agent2");
    tasks.claim(task, "cs.agent2");
    tasks.complete(task);
  }

  @Test
  @DisplayName(
      "CMP-1: a supervisor reassigns a claimed task to another candidate, never to an outsider")
  void a_supervisor_reassigns() {
    String task = complaintTask();
    as("cs.agent");
    tasks.claim(task, "cs.agent");

    as("cs.head");
    assertThatThrownBy(() -> tasks.setAssignee(task, "legal.counsel"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("legal.counsel is not a candidate");
    tasks.setAssignee(task, "cs.agent2");
    as("cs.agent");
    assertThatThrownBy(() -> tasks.complete(task)).isInstanceOf(AuthorizationException.class);
    as("cs.agent2");
    tasks.complete(task);
  }

  @Test
  @DisplayName(
      "CMP-1: a candidate completes an unclaimed task (claim and complete in one); nobody claims for another")
  void candidates_and_outsiders() {
    String task = complaintTask();
    as("legal.counsel");
    assertThatThrownBy(() -> tasks.claim(task, "legal.counsel"))
        .isInstanceOf(AuthorizationException.class);
    as("cs.agent");
    assertThatThrownBy(() -> tasks.claim(task, "cs.agent2"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("for themselves");
    assertThatThrownBy(() -> tasks.addCandidateUser(task, "legal.counsel"))
        .isInstanceOf(AuthorizationException.class);
    tasks.complete(task);
  }

  @Test
  @DisplayName(
      "AUD-2: an administrator cannot claim, take or complete anyone's task (403, not 500)")
  void an_administrator_does_not_work_tasks() {
    String task = complaintTask();
    as("admin");
    assertThatThrownBy(() -> tasks.complete(task))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("Only a candidate");
    assertThatThrownBy(() -> tasks.claim(task, "admin")).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> tasks.setAssignee(task, "admin"))
        .isInstanceOf(AuthorizationException.class);
    as("cs.agent");
    tasks.claim(task, "cs.agent");
    as("admin");
    assertThatThrownBy(() -> tasks.complete(task))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("claimed by cs.agent");
  }

  @Test
  @DisplayName(
      "REC-8: a task the process assigned to one approver is neither handed on nor given back")
  void an_assigned_approval_stays_with_its_approver() {
    ProcessInstance process =
        EngineDoors.asApplication(() -> runtime.startProcessInstanceByKey("some-new-process"));
    Task approval = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
    as("ops.head");
    assertThatThrownBy(() -> tasks.setAssignee(approval.getId(), null))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("assigned by its process to ops.head");
    as("admin");
    assertThatThrownBy(() -> tasks.complete(approval.getId()))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("assigned to ops.head");
    assertThatThrownBy(() -> tasks.setDueDate(approval.getId(), new java.util.Date()))
        .isInstanceOf(AuthorizationException.class);
  }

  // ----------------------------------------------------------------------------- decisions (issue
  // 12, admin)

  @Test
  @DisplayName(
      "AUD-2: an administrator cannot correlate a message, modify a process or set its or a task's variables")
  void an_administrator_does_not_forge_decisions() {
    ProcessInstance order =
        EngineDoors.asApplication(
            () ->
                runtime.startProcessInstanceByKey(
                    "partner-deletion-order", Map.of("orderId", "order-1", "ackTimeout", "PT1H")));
    String task = complaintTask();
    as("admin");
    assertThatThrownBy(
            () ->
                runtime
                    .createMessageCorrelation("partner-acknowledged")
                    .processInstanceId(order.getId())
                    .correlate())
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("correlates messages");
    assertThatThrownBy(
            () ->
                runtime
                    .createProcessInstanceModification(order.getId())
                    .startBeforeActivity("follow-up")
                    .execute())
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtime.setVariable(order.getId(), "complete", true))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("sets its variables");
    assertThatThrownBy(() -> tasks.setVariable(task, "decision", "ANSWERED"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("task's variables");
    assertThatThrownBy(
            () -> runtime.setVariablesAsync(List.of(order.getId()), Map.of("complete", true)))
        .isInstanceOf(AuthorizationException.class);
    // what Cockpit still does: read the instance, suspend and resume it
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(order.getId()).count())
        .isOne();
    identity.clearAuthentication();
    assertThat(runtime.getVariable(order.getId(), "complete")).isNull();
    // the application (no person) still correlates the partner's reply
    runtime
        .createMessageCorrelation("partner-acknowledged")
        .processInstanceId(order.getId())
        .correlate();
    assertThat(tasks.createTaskQuery().processInstanceId(order.getId()).count()).isOne();
  }

  // ----------------------------------------------------------------------------- the start table
  // as a matrix

  /**
   * Every process of {@link EngineDoors#START_RULES} × who starts it × what the start carries, the
   * expected answer written from the table's meaning (issue 12: a start never sets what the process
   * derives itself): a person may start only a staff process, with only its staff variables and
   * never naming another starter; the application only with its own variables.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} by {1} with {2}: {3}")
  @org.junit.jupiter.params.provider.MethodSource("startMatrix")
  @DisplayName("REC-8, AUD-2: the start doors of every process, as data")
  void start_matrix(
      String process, String starter, Map<String, Object> variables, boolean allowed) {
    java.util.function.Supplier<ProcessInstance> start =
        () -> runtime.startProcessInstanceByKey(process, variables);
    if ("application".equals(starter)) {
      if (allowed) {
        assertThat(EngineDoors.asApplication(start).getId()).isNotNull();
      } else {
        assertThatThrownBy(() -> EngineDoors.asApplication(start))
            .isInstanceOf(AuthorizationException.class);
      }
      return;
    }
    as(starter);
    if (allowed) {
      ProcessInstance started = start.get();
      identity.clearAuthentication();
      EngineDoors.StartRule rule = EngineDoors.START_RULES.get(process);
      assertThat(runtime.getVariable(started.getId(), rule.starterVariable())).isEqualTo(starter);
    } else {
      assertThatThrownBy(start::get).isInstanceOf(AuthorizationException.class);
    }
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> startMatrix() {
    List<org.junit.jupiter.params.provider.Arguments> rows = new java.util.ArrayList<>();
    EngineDoors.START_RULES.forEach(
        (process, rule) -> {
          Map<String, Object> staff = values(rule.staffVariables());
          Map<String, Object> application = values(rule.applicationVariables());
          for (String person : List.of("cs.agent", "cs.head", "sec.member", "ops.head")) {
            // staff start from Tasklist only processes their groups may start (EngineSetup)
            rows.add(
                org.junit.jupiter.params.provider.Arguments.of(
                    process,
                    person,
                    staff,
                    rule.staffMayStart() && groupMayStart(process, person)));
            if (!rule.applicationVariables().isEmpty()) {
              // a person's start naming the domain object: attaching to an existing one (item 2)
              rows.add(
                  org.junit.jupiter.params.provider.Arguments.of(
                      process, person, application, false));
            }
            if (rule.starterVariable() != null) {
              Map<String, Object> impersonating = new java.util.HashMap<>(staff);
              impersonating.put(rule.starterVariable(), "legal.counsel");
              rows.add(
                  org.junit.jupiter.params.provider.Arguments.of(
                      process, person, impersonating, false));
            }
          }
          rows.add(
              org.junit.jupiter.params.provider.Arguments.of(
                  process, "application", application, true));
          Map<String, Object> derived = new java.util.HashMap<>(application);
          derived.put("decision", "APPROVED");
          rows.add(
              org.junit.jupiter.params.provider.Arguments.of(
                  process, "application", derived, false));
        });
    return rows.stream();
  }

  private static final Map<String, List<String>> GROUPS_OF =
      Map.of(
          "cs.agent",
          List.of("customer-service"),
          "cs.head",
          List.of("customer-service", "cs-supervisor", "department-head"),
          "sec.member",
          List.of("security-team"),
          "ops.head",
          List.of("operations", "department-head"));

  private static boolean groupMayStart(String process, String person) {
    return EngineSetup.STAFF_PROCESSES.contains(process)
        || EngineSetup.STARTERS.getOrDefault(process, List.of()).stream()
            .anyMatch(GROUPS_OF.get(person)::contains)
        || (process.equals(ShutdownStarter.PROCESS)
            && com.meike.privacy.kernel.staff.StaffGroups.headsOperations(
                java.util.Set.copyOf(GROUPS_OF.get(person))));
  }

  private static Map<String, Object> values(java.util.Set<String> names) {
    Map<String, Object> values = new java.util.TreeMap<>();
    names.forEach(name -> values.put(name, name + "-1"));
    return values;
  }

  // ------------------------------------------------------- Tasklist's own tools (issue 17, item 2)

  @Test
  @DisplayName(
      "CMP-1: whoever holds a task sets its follow-up date; its due date stays the process's, colleagues change neither")
  void the_claimer_sets_a_follow_up_date() {
    String id = complaintTask();
    as("cs.agent");
    tasks.claim(id, "cs.agent");
    Task task = tasks.createTaskQuery().taskId(id).singleResult();
    Date followUp = new Date(System.currentTimeMillis() + 86_400_000L);
    task.setFollowUpDate(followUp);
    tasks.saveTask(task);
    assertThat(tasks.createTaskQuery().taskId(id).singleResult().getFollowUpDate())
        .isEqualTo(followUp);

    Task again = tasks.createTaskQuery().taskId(id).singleResult();
    again.setDueDate(new Date(System.currentTimeMillis() + 2 * 86_400_000L));
    assertThatThrownBy(() -> tasks.saveTask(again))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("due date");

    as("cs.agent2");
    Task colleagues = tasks.createTaskQuery().taskId(id).singleResult();
    colleagues.setFollowUpDate(new Date());
    assertThatThrownBy(() -> tasks.saveTask(colleagues)).isInstanceOf(AuthorizationException.class);
  }

  @Test
  @DisplayName(
      "AUD-1: whoever holds a task comments on it (audited with the comment's hash); colleagues, closed tasks and edits are refused")
  void comments_belong_to_whoever_works_on_the_task() {
    String id = complaintTask();
    as("cs.agent");
    tasks.claim(id, "cs.agent");
    AUDITED.clear();
    var comment = tasks.createComment(id, null, "客户已补充材料 customer sent the documents");
    assertThat(AUDITED)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.actor()).isEqualTo("cs.agent");
              assertThat(event.action()).isEqualTo(TaskComments.AUDIT_ACTION);
              assertThat(event.subjectId()).isEqualTo(id);
              assertThat(event.detail())
                  .contains(comment.getId())
                  .contains(TaskComments.sha256("客户已补充材料 customer sent the documents"))
                  .doesNotContain("customer sent");
            });
    assertThat(tasks.getTaskComments(id)).hasSize(1);
    assertThatThrownBy(() -> tasks.deleteTaskComment(id, comment.getId()))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("cannot be changed or deleted");

    as("cs.agent2");
    assertThatThrownBy(() -> tasks.createComment(id, null, "not mine"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("held by cs.agent");

    as("cs.agent");
    tasks.complete(id);
    assertThatThrownBy(() -> tasks.createComment(id, null, "afterwards"))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("completed");
  }

  @Test
  @DisplayName(
      "CMP-1: Tasklist's History tab — whoever a task is for reads its history and comments; others do not")
  void the_task_history_is_readable_by_its_people() {
    String id = complaintTask();
    as("cs.agent");
    tasks.claim(id, "cs.agent");
    tasks.createComment(id, null, "first look");
    var history = engine.getHistoryService();
    assertThat(history.createHistoricTaskInstanceQuery().taskId(id).count()).isEqualTo(1);
    assertThat(history.createUserOperationLogQuery().taskId(id).list())
        .extracting(e -> e.getOperationType())
        .contains("Claim");

    as("legal.counsel");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(id).count()).isZero();
    assertThat(history.createUserOperationLogQuery().taskId(id).count()).isZero();
  }

  @Test
  @DisplayName(
      "REC-5: a rule the application enforces on completion reads as one sentence in Chinese and English, no engine code or class name")
  void refusals_read_as_sentences() {
    ProcessInstance process =
        EngineDoors.asApplication(
            () -> runtime.startProcessInstanceByKey("rejection-needs-reason"));
    String id = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();
    as("legal.counsel");
    assertThatThrownBy(() -> tasks.complete(id))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("拒绝时必须填写理由")
        .hasMessageContaining("A rejection needs a reason")
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .doesNotContain("ENGINE-")
                    .doesNotContain("Exception")
                    .doesNotContain("com.meike"));
  }
}
