package com.meike.privacy.bpmn.drill;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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
@Deployment(resources = {"processes/incident-drill.bpmn", "forms/incident-drill.form"})
class IncidentDrillProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  ProcessEngine engine;

  static final Instant MARCH_15 = Instant.parse("2027-03-15T01:00:00Z");
  static final String DRILL = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
  static final LocalDate DUE = LocalDate.of(2027, 4, 14);

  IncidentPlans plans;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.withMockedFacts(
        "incident-drill-test",
        "incidentDrill",
        new IncidentDrillProcess(mock(IncidentPlans.class), 30));
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void wire() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(MARCH_15));
    plans = mock(IncidentPlans.class);
    when(plans.raiseDrill(DUE)).thenReturn(drill(false, null));
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
    when(plans.drills()).thenReturn(List.of(drill(false, LocalDate.of(2026, 3, 20))));
    Mocks.register("incidentDrill", new IncidentDrillProcess(plans, 30));
  }

  @AfterEach
  void reset() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  static DrillView drill(boolean overdue, LocalDate heldOn) {
    return new DrillView(
        DRILL,
        DUE,
        MARCH_15,
        heldOn == null ? "DUE" : "HELD",
        overdue,
        1,
        heldOn,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The yearly timer's job, as the job executor runs it; returns the instance it started. */
  HistoricProcessInstance yearlyTimer() {
    Job timer =
        managementService()
            .createJobQuery()
            .timers()
            .activityId("StartEvent_Yearly")
            .singleResult();
    Assertions.assertThat(timer).as("one yearly timer waits").isNotNull();
    Assertions.assertThat(timer.getDuedate()).isAfter(Date.from(MARCH_15));
    managementService().executeJob(timer.getId());
    return historyService()
        .createHistoricProcessInstanceQuery()
        .orderByProcessInstanceStartTime()
        .desc()
        .listPage(0, 1)
        .get(0);
  }

  Task drillTask() {
    return taskService().createTaskQuery().taskDefinitionKey("UserTask_Drill").singleResult();
  }

  @Test
  @DisplayName(
      "INC-3: the yearly timer raises the drill for the security team, due in 30 days, showing the plan in force; the record goes to the incidents context")
  void the_yearly_timer_raises_the_drill_and_its_record_is_kept() {
    HistoricProcessInstance run = yearlyTimer();
    verify(plans).raiseDrill(DUE);
    Assertions.assertThat(run.getBusinessKey()).isEqualTo(DRILL);
    Task task = drillTask();
    Assertions.assertThat(task).isNotNull();
    Assertions.assertThat(task.getDueDate())
        .isEqualTo(Date.from(Instant.parse("2027-04-14T16:00:00Z")));
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
    Assertions.assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(run.getId())
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_DrillRecorded");
    Assertions.assertThat(
            runtimeService().createVariableInstanceQuery().variableName("scenario").count())
        .isZero();
    Assertions.assertThat(
            historyService().createHistoricVariableInstanceQuery().variableName("scenario").count())
        .isZero();
    Assertions.assertThat(
            managementService().createJobQuery().timers().activityId("StartEvent_Yearly").count())
        .as("next year's timer waits")
        .isOne();
  }

  @Test
  @DisplayName(
      "INC-3: a drill not recorded by its date is marked overdue; the task stays until it is recorded")
  void an_unrecorded_drill_is_marked_overdue() {
    HistoricProcessInstance run = yearlyTimer();
    Job overdue =
        managementService()
            .createJobQuery()
            .processInstanceId(run.getId())
            .activityId("Timer_DrillOverdue")
            .singleResult();
    managementService().executeJob(overdue.getId());
    verify(plans).drillOverdue(DRILL);
    Assertions.assertThat(drillTask()).isNotNull();
    verify(plans, never()).recordDrill(anyString(), any(), anyString());
  }
}
