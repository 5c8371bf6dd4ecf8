package com.meike.privacy.bpmn.drill;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.incidents.application.IncidentPlans;
import com.meike.privacy.incidents.application.IncidentPlans.DrillRecord;
import com.meike.privacy.incidents.application.IncidentPlans.DrillView;
import com.meike.privacy.incidents.application.IncidentPlans.PlanView;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code incident-drill} (INC-3) on an in-memory engine, the incidents context's
 * service mocked.
 */
@Deployment(
    resources = {
      "processes/incident-drill.bpmn",
      "forms/incident-drill.form",
      "forms/incident-drill-overdue.form"
    })
class IncidentDrillProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  ProcessEngine engine;

  /** 09:00 China time on 15 March, the default drill time. */
  static final Instant MARCH_15 = Instant.parse("2027-03-15T01:00:00Z");

  /** A minute before it. */
  static final Instant MARCH_15_EARLY = Instant.parse("2027-03-15T00:59:00Z");

  static final String DRILL = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
  static final LocalDate DUE = LocalDate.of(2027, 4, 14);

  IncidentPlans plans;
  IncidentDrillProcess drill;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.withMockedFacts(
        "incident-drill-test",
        "incidentDrill",
        process(mock(IncidentPlans.class), "03-15", "09:00"));
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void wire() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(MARCH_15_EARLY));
    plans = mock(IncidentPlans.class);
    when(plans.raiseDrill(2027, DUE)).thenReturn(drill(false, null));
    when(plans.drill(DRILL)).thenReturn(drill(false, null));
    when(plans.current())
        .thenReturn(
            Optional.of(
                new PlanView(
                    2,
                    "安全负责人牵头 head of security leads",
                    "安全值班电话 duty line",
                    "1. 登记 register",
                    "v2",
                    "privacy.officer",
                    MARCH_15)));
    when(plans.drills()).thenReturn(List.of(lastYears()));
    use(process(plans, "03-15", "09:00"));
  }

  void use(IncidentDrillProcess process) {
    drill = process;
    Mocks.register("incidentDrill", process);
  }

  /** The process's bean with the drill held on {@code date} at {@code time} (China) each year. */
  static IncidentDrillProcess process(IncidentPlans plans, String date, String time) {
    return new IncidentDrillProcess(plans, WorkingDayCalendar.weekdaysOnly(), 30, date, time, 5);
  }

  /** Last year's drill, raised on 15 March 2026 and held on 20 March. */
  static DrillView lastYears() {
    return drill(
        "0e0e0e0e-0000-4000-8000-000000002026",
        LocalDate.of(2026, 4, 14),
        Instant.parse("2026-03-15T01:00:00Z"),
        false,
        LocalDate.of(2026, 3, 20));
  }

  @AfterEach
  void reset() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  static DrillView drill(boolean overdue, LocalDate heldOn) {
    return drill(DRILL, DUE, MARCH_15, overdue, heldOn);
  }

  static DrillView drill(
      String id, LocalDate due, Instant raised, boolean overdue, LocalDate heldOn) {
    return new DrillView(
        id,
        due,
        raised,
        heldOn == null ? "DUE" : "HELD",
        overdue,
        1,
        heldOn,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The hourly check as one node runs it; the run it started, if any. */
  Optional<HistoricProcessInstance> hourlyCheck() {
    List<String> before = runs().stream().map(HistoricProcessInstance::getId).toList();
    boolean started = drill.startIfDue(runtimeService());
    Optional<HistoricProcessInstance> run =
        runs().stream().filter(r -> !before.contains(r.getId())).findFirst();
    Assertions.assertThat(run.isPresent()).isEqualTo(started);
    return run;
  }

  static List<HistoricProcessInstance> runs() {
    return historyService().createHistoricProcessInstanceQuery().list();
  }

  /** 15 March, 09:00 China time: the check that starts this year's drill. */
  HistoricProcessInstance yearlyDrill() {
    ClockUtil.setCurrentTime(Date.from(MARCH_15));
    return hourlyCheck().orElseThrow();
  }

  String endActivity(HistoricProcessInstance run) {
    return historyService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(run.getId())
        .singleResult()
        .getEndActivityId();
  }

  Task drillTask() {
    return taskService().createTaskQuery().taskDefinitionKey("UserTask_Drill").singleResult();
  }

  @Test
  @DisplayName(
      "INC-3: on 15 March at 09:00 China time (the default) the hourly check raises this year's drill for the security team, due in 30 days, showing the plan in force; the record goes to the incidents context")
  void the_yearly_check_raises_the_drill_and_its_record_is_kept() {
    HistoricProcessInstance run = yearlyDrill();
    verify(plans).raiseDrill(2027, DUE);
    Assertions.assertThat(run.getBusinessKey()).isEqualTo(DRILL);
    Task task = drillTask();
    Assertions.assertThat(task).isNotNull();
    Assertions.assertThat(task.getDueDate())
        .isEqualTo(Date.from(Instant.parse("2027-04-14T16:00:00Z")));
    // the list tells one drill from another by its number (issue 17)
    Assertions.assertThat(task.getName())
        .isEqualTo("儿童个人信息安全事件演练 Hold and record the drill · 演练 Drill " + DRILL.substring(0, 8));
    Assertions.assertThat(taskService().getIdentityLinksForTask(task.getId()))
        .extracting(l -> l.getGroupId())
        .contains("security-team", "security-head");

    ProcessTestEngine.signIn(identityService(), "sec.head");
    Map<String, Object> form = formService().getTaskFormVariables(task.getId());
    identityService().clearAuthentication();
    Assertions.assertThat(form.get("planFacts").toString())
        .contains("Version 2")
        .contains("duty line")
        .contains("register");
    Assertions.assertThat(form.get("drillFacts").toString())
        .contains("2027-04-14")
        .contains("2026-03-20");

    taskService()
        .complete(
            task.getId(),
            Map.of(
                "heldOn",
                "2027-03-28",
                "scenario",
                "儿童账号泄露 children's accounts leaked",
                "participants",
                "安全团队 security team",
                "findings",
                "慢 slow",
                "improvements",
                "脚本 a script"));
    verify(plans)
        .recordDrill(
            eq(DRILL),
            eq(
                new DrillRecord(
                    LocalDate.of(2027, 3, 28),
                    null,
                    "儿童账号泄露 children's accounts leaked",
                    "安全团队 security team",
                    "慢 slow",
                    "脚本 a script")),
            anyString());
    Assertions.assertThat(endActivity(run)).isEqualTo("EndEvent_DrillRecorded");
    Assertions.assertThat(
            runtimeService().createVariableInstanceQuery().variableName("scenario").count())
        .isZero();
    Assertions.assertThat(
            historyService().createHistoricVariableInstanceQuery().variableName("scenario").count())
        .isZero();
    Assertions.assertThat(managementService().createJobQuery().count())
        .as("nothing waits in the engine for next year")
        .isZero();
  }

  @Test
  @DisplayName(
      "INC-3: the hourly check starts nothing before the drill's day and time, nor once the year's drill is raised: no process instance a day")
  void the_check_starts_nothing_unless_a_drill_is_due() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-10T01:00:00Z")));
    Assertions.assertThat(hourlyCheck()).as("January").isEmpty();
    ClockUtil.setCurrentTime(Date.from(MARCH_15_EARLY));
    Assertions.assertThat(hourlyCheck()).as("15 March, 08:59").isEmpty();
    yearlyDrill();
    when(plans.drillRaised(2027)).thenReturn(true);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-15T02:00:00Z")));
    Assertions.assertThat(hourlyCheck()).as("10:00, raised already").isEmpty();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-11-01T02:00:00Z")));
    Assertions.assertThat(hourlyCheck()).as("November").isEmpty();
    Assertions.assertThat(runs()).hasSize(1);
    verify(plans).raiseDrill(anyInt(), any());
  }

  @Test
  @DisplayName(
      "INC-3: two nodes of a cluster that both find this year's drill due raise one drill: the second node's raise meets the unique year and its start leaves no process, no task")
  void two_nodes_raise_one_drill() {
    when(plans.raiseDrill(2027, DUE))
        .thenReturn(drill(false, null))
        .thenThrow(
            DomainException.conflict("The drill of 2027 was already raised (by another node)."));
    ClockUtil.setCurrentTime(Date.from(MARCH_15));
    IncidentDrillProcess otherNode = process(plans, "03-15", "09:00");

    Assertions.assertThat(drill.startIfDue(runtimeService())).isTrue();
    Assertions.assertThatThrownBy(() -> otherNode.startIfDue(runtimeService()))
        .rootCause()
        .isInstanceOf(DomainException.class);

    Assertions.assertThat(runs()).hasSize(1);
    Assertions.assertThat(
            taskService().createTaskQuery().taskDefinitionKey("UserTask_Drill").count())
        .isOne();
  }

  @Test
  @DisplayName("INC-3: nobody starts the drill by hand: only the application's check does")
  void a_person_cannot_start_the_drill() {
    ProcessTestEngine.signIn(identityService(), "sec.head");
    Assertions.assertThatThrownBy(
            () ->
                runtimeService()
                    .startProcessInstanceByKey("incident-drill", Map.of("drillYear", 2027)))
        .hasMessageContaining("application");
    identityService().clearAuthentication();
    Assertions.assertThat(runs()).isEmpty();
  }

  @Test
  @DisplayName(
      "INC-3: a run of the earlier version, waiting for the drill's time when the server is upgraded, raises this year's drill (it carries no year)")
  void an_earlier_run_raises_this_years_drill() {
    ClockUtil.setCurrentTime(Date.from(MARCH_15));
    DelegateExecution earlier = mock(DelegateExecution.class);
    drill.raise(earlier);
    verify(plans).raiseDrill(2027, DUE);
    verify(earlier).setVariable("drillId", DRILL);
  }

  @Test
  @DisplayName(
      "INC-3: the drill's day and time are configuration: with 1 June 14:30 nothing is raised on 15 March, nor on 1 June at 14:29 China time; at 14:30 it is")
  void the_drill_date_is_configuration() {
    use(process(plans, "06-01", "14:30"));
    ClockUtil.setCurrentTime(Date.from(MARCH_15));
    Assertions.assertThat(hourlyCheck()).isEmpty();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-06-01T06:29:00Z")));
    Assertions.assertThat(hourlyCheck()).isEmpty();
    verify(plans, never()).raiseDrill(anyInt(), any());

    LocalDate due = LocalDate.of(2027, 7, 1);
    when(plans.raiseDrill(2027, due)).thenReturn(drill(DRILL, due, MARCH_15, false, null));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-06-01T06:30:00Z")));
    Assertions.assertThat(hourlyCheck()).isPresent();
    verify(plans).raiseDrill(2027, due);
    Assertions.assertThat(drill.drillTime()).hasToString("14:30");
  }

  @Test
  @DisplayName(
      "INC-3: a year whose drill day passed with no drill raised (the server was down) gets its drill at the next check; a year that has its drill gets no second one")
  void a_missed_drill_day_is_caught_up_once() {
    LocalDate due = LocalDate.of(2027, 4, 19);
    when(plans.raiseDrill(2027, due)).thenReturn(drill(false, null));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-20T02:00:00Z")));
    HistoricProcessInstance caughtUp = hourlyCheck().orElseThrow();
    verify(plans).raiseDrill(2027, due);
    Assertions.assertThat(caughtUp.getId()).isEqualTo(drillTask().getProcessInstanceId());

    when(plans.drillRaised(2027)).thenReturn(true);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-20T03:00:00Z")));
    Assertions.assertThat(hourlyCheck()).as("raised this year already").isEmpty();
  }

  @Test
  @DisplayName(
      "INC-3: a server started after the drill day with no drill raised (it was down) raises the drill at start-up, not at the next hour; started again, it raises no second one")
  void a_server_started_after_the_drill_day_raises_it_at_start_up_once() throws Exception {
    LocalDate due = LocalDate.of(2027, 4, 19);
    when(plans.raiseDrill(2027, due)).thenReturn(drill(false, null));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-20T02:20:00Z")));

    YearlyDrillCheck check = startedServer();
    org.mockito.ArgumentCaptor<jakarta.ejb.TimerConfig> catchUp =
        org.mockito.ArgumentCaptor.forClass(jakarta.ejb.TimerConfig.class);
    verify(check.timers).createSingleActionTimer(eq(YearlyDrillCheck.CATCH_UP), catchUp.capture());
    Assertions.assertThat(YearlyDrillCheck.CATCH_UP).isLessThanOrEqualTo(60_000L);
    Assertions.assertThat(catchUp.getValue().isPersistent())
        .as("every node checks at its own start; the year's unique drill keeps it one")
        .isFalse();
    check.check(); // the start-up timer fires, 40 minutes before the next hourly check
    verify(plans).raiseDrill(2027, due);
    Assertions.assertThat(drillTask()).isNotNull();

    when(plans.drillRaised(2027)).thenReturn(true);
    startedServer().check();
    Assertions.assertThat(runs())
        .as("one drill a year, however often the server starts")
        .hasSize(1);
  }

  /** The start-up check's bean as the container builds it: timers created, none fired yet. */
  YearlyDrillCheck startedServer() {
    YearlyDrillCheck check = new YearlyDrillCheck();
    check.timers = mock(jakarta.ejb.TimerService.class);
    check.transaction = mock(jakarta.transaction.UserTransaction.class);
    check.drill = drill;
    check.runtime = runtimeService();
    check.schedule();
    return check;
  }

  @Test
  @DisplayName(
      "INC-3: a drill not recorded by its date is marked overdue and the privacy office gets a task showing the plan version, the due date and how overdue it is; the date it sets is kept and the team's task stays")
  void an_overdue_drill_asks_the_privacy_office_for_a_date() {
    HistoricProcessInstance run = yearlyDrill();
    when(plans.drill(DRILL)).thenReturn(drill(true, null));
    // Tuesday 20 April 2027, 10:00 China: six days after the drill was due (14 April)
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-20T02:00:00Z")));
    Job overdue =
        managementService()
            .createJobQuery()
            .processInstanceId(run.getId())
            .activityId("Timer_DrillOverdue")
            .singleResult();
    managementService().executeJob(overdue.getId());
    verify(plans).drillOverdue(DRILL);
    Assertions.assertThat(drillTask()).as("the security team's task stays").isNotNull();

    Task ask = overdueTask();
    Assertions.assertThat(ask).isNotNull();
    Assertions.assertThat(taskService().getIdentityLinksForTask(ask.getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("privacy-officer");
    // five working days on, at the end of that China day
    Assertions.assertThat(ask.getDueDate())
        .isEqualTo(Date.from(Instant.parse("2027-04-27T16:00:00Z")));
    Map<String, Object> form = new java.util.HashMap<>();
    ProcessTestEngine.as(
        identityService(),
        "privacy.officer",
        () -> form.putAll(formService().getTaskFormVariables(ask.getId())));
    Assertions.assertThat(form.get("overdueFacts").toString())
        .contains("version 1")
        .contains("2027年4月14日")
        .contains("6 天 days");

    Assertions.assertThatThrownBy(
            () -> taskService().complete(ask.getId(), Map.of("drillOn", "next week")))
        .rootCause()
        .isInstanceOf(DomainException.class)
        .extracting("field")
        .isEqualTo("drillOn");
    ProcessTestEngine.as(
        identityService(),
        "privacy.officer",
        () -> taskService().complete(ask.getId(), Map.of("drillOn", "2027-05-06")));
    verify(plans).planDrill(DRILL, LocalDate.of(2027, 5, 6), "privacy.officer");
    Assertions.assertThat(overdueTask()).isNull();
    Assertions.assertThat(drillTask()).as("the team still records the drill").isNotNull();
    // the security team's task is now due on the date the privacy office set (end of that day)
    Assertions.assertThat(drillTask().getDueDate())
        .isEqualTo(Date.from(Instant.parse("2027-05-06T16:00:00Z")));
    verify(plans, never()).recordDrill(anyString(), any(), anyString());
    Assertions.assertThat(
            historyService().createHistoricVariableInstanceQuery().variableName("drillOn").count())
        .isZero();
  }

  @Test
  @DisplayName(
      "INC-3: recording an overdue drill closes the privacy office's task: nothing is left to chase")
  void recording_the_drill_closes_the_overdue_task() {
    HistoricProcessInstance run = yearlyDrill();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-04-20T02:00:00Z")));
    managementService()
        .executeJob(
            managementService()
                .createJobQuery()
                .processInstanceId(run.getId())
                .activityId("Timer_DrillOverdue")
                .singleResult()
                .getId());
    Assertions.assertThat(overdueTask()).isNotNull();
    taskService()
        .complete(
            drillTask().getId(),
            Map.of(
                "heldOn", "2027-04-19",
                "scenario", "s",
                "participants", "p",
                "findings", "f",
                "improvements", "i"));
    Assertions.assertThat(overdueTask()).isNull();
    Assertions.assertThat(endActivity(run)).isEqualTo("EndEvent_DrillRecorded");
  }

  Task overdueTask() {
    return taskService()
        .createTaskQuery()
        .taskDefinitionKey("UserTask_DrillOverdue")
        .singleResult();
  }
}
