package com.meike.privacy.bpmn.complaint;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.engine.FormFacts;
import com.meike.privacy.bpmn.engine.PersonalDataPlugin;
import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.incidents.application.ComplaintFiled;
import com.meike.privacy.incidents.application.ComplaintInformationProvided;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Every path of {@code complaint-escalation} (CMP-1) on an in-memory engine, with the incidents
 * context's service mocked. The mocked deadlines are computed on a working-day calendar with the
 * Mid-Autumn and National Day holidays of 2026, so the timers fall where the calendar says.
 */
@Deployment(
    resources = {
      "processes/complaint-escalation.bpmn",
      "forms/complaint-customer-service.form",
      "forms/complaint-supervisor.form",
      "forms/complaint-privacy-office-legal.form"
    })
class ComplaintEscalationProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  /** Injected by the extension. */
  ProcessEngine engine;

  static final String PROCESS_KEY = "complaint-escalation";
  static final String NUMBER = "CP20260918AB12CD34";
  static final String ORDER = "MK2026091800000123";
  static final String TEXT = "The beautician arrived two hours late and was rude.";

  /** Friday 2026-09-18, 10:00 in Shanghai. */
  static final Instant FILED = Instant.parse("2026-09-18T02:00:00Z");

  static final LocalDate FILED_ON = LocalDate.of(2026, 9, 18);

  /** Mid-Autumn 09-25..27 and National Day 10-01..07 off; Sun 09-20 and Sat 10-10 work. */
  static final WorkingDayCalendar CALENDAR = nationalDay2026();

  // Element ids of the BPMN.
  static final String HANDLE = "SubProcess_HandleComplaint";
  static final String CUSTOMER_SERVICE = "UserTask_CustomerService";
  static final String SUPERVISOR = "UserTask_Supervisor";
  static final String PRIVACY_OFFICE_LEGAL = "UserTask_PrivacyOfficeLegal";
  static final String CUSTOMER_SERVICE_DEADLINE = "BoundaryEvent_CustomerServiceDeadline";
  static final String CUSTOMER_SERVICE_REMINDER = "BoundaryEvent_CustomerServiceReminder";
  static final String SUPERVISOR_DEADLINE = "BoundaryEvent_SupervisorDeadline";
  static final String FINAL_DEADLINE = "BoundaryEvent_FinalDeadline";
  static final String AWAIT_INFORMATION = "ReceiveTask_AwaitInformation";
  static final String INFORMATION_WAIT_OVER = "BoundaryEvent_InformationWaitOver";
  static final String CLOSED = "EndEvent_ComplaintClosed";

  ComplaintService service;

  /** What the mocked service currently says about the complaint. */
  ComplaintView current;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.build(
        "complaint-escalation-test",
        configuration ->
            configuration
                .getProcessEnginePlugins()
                .add(new PersonalDataPlugin(List.of(new CurrentComplaintProcess()))));
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void registerMockedService() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(FILED));
    service = mock(ComplaintService.class);
    Mocks.register("complaintProcess", new ComplaintProcess(service));
    current = view("ORDER", ComplaintTier.CUSTOMER_SERVICE, "OPEN", 0, null);
    when(service.complaint(NUMBER, "system")).thenAnswer(call -> current);
    when(service.complaintForHandler(eq(NUMBER), anyString(), any())).thenAnswer(call -> current);
    when(service.answer(eq(NUMBER), anyString(), anyString(), anyString()))
        .thenAnswer(
            call ->
                current =
                    view(current.about(), tier(), "ANSWERED", current.pausedWorkingDays(), null));
    when(service.escalate(eq(NUMBER), any(), anyString(), anyString()))
        .thenAnswer(
            call ->
                current =
                    view(
                        current.about(),
                        call.getArgument(1),
                        "OPEN",
                        current.pausedWorkingDays(),
                        null));
    when(service.requestInformation(eq(NUMBER), anyString(), anyString()))
        .thenAnswer(
            call ->
                current =
                    view(
                        current.about(),
                        tier(),
                        "AWAITING_INFORMATION",
                        0,
                        end(CALENDAR.plusWorkingDays(today(), 5))));
    when(service.informationNotReceived(NUMBER))
        .thenAnswer(call -> current = view(current.about(), tier(), "OPEN", 5, null));
    when(service.markDeadlineMissed(NUMBER)).thenAnswer(call -> current);
    when(service.close(NUMBER))
        .thenAnswer(
            call ->
                current =
                    view(current.about(), tier(), "CLOSED", current.pausedWorkingDays(), null));
  }

  @AfterEach
  void resetEngineState() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void a_filed_complaint_waits_for_customer_service_with_timers_on_the_working_day_calendar() {
    // when
    ProcessInstance process = filed();

    // then customer service has 5 working days (to Thu 09-24), the answer is due after 15 working
    // days across Mid-Autumn and National Day (end of Thu 10-15, not 10-09 as on weekdays only)
    assertThat(process).hasBusinessKey(NUMBER).isWaitingAtExactly(HANDLE, CUSTOMER_SERVICE);
    assertThat(task(process))
        .hasCandidateGroup("customer-service")
        .hasDueDate(date("2026-09-24T16:00:00Z"));
    Assertions.assertThat(job(CUSTOMER_SERVICE_DEADLINE, process).getDuedate())
        .isEqualTo(date("2026-09-24T16:00:00Z"));
    Assertions.assertThat(job(CUSTOMER_SERVICE_REMINDER, process).getDuedate())
        .isEqualTo(date("2026-09-23T16:00:00Z"));
    Assertions.assertThat(job(FINAL_DEADLINE, process).getDuedate())
        .isEqualTo(date("2026-10-15T16:00:00Z"));
    assertThat(process)
        .variables()
        .containsEntry("complaintNumber", NUMBER)
        .containsEntry("orderNumber", ORDER)
        .containsEntry("tier", "CUSTOMER_SERVICE")
        .containsEntry("customerServiceLastDay", "2026-09-24")
        .containsEntry("supervisorLastDay", "2026-10-09")
        .containsEntry("finalLastDay", "2026-10-15")
        .doesNotContainKeys(
            "complaintText", "history", "aboutLabel", "filedAt", "recordingAccess", "attachments");
    // the handler's form shows the complaint, read from the incidents context as it opens
    Map<String, Object> form = formVariables("cs.agent", List.of("customer-service"), process);
    Assertions.assertThat(form)
        .containsEntry("complaintNumber", NUMBER)
        .containsEntry("aboutLabel", "订单 Order")
        .containsEntry("complaintText", TEXT)
        .containsEntry("filedAt", "2026年9月18日 10:00 (北京时间 China time)");
    Assertions.assertThat((String) form.get("history"))
        .contains("2026年9月18日 10:00 (北京时间 China time)  FILED  [CUSTOMER_SERVICE]  acc-4711");
    verify(service).complaintForHandler(NUMBER, "cs.agent", java.util.Set.of("customer-service"));
  }

  @Test
  @DisplayName(
      "DATA-3, AUD-2: an engine administrator, or staff outside the task, reads no personal fact")
  void an_engine_administrator_or_staff_outside_the_task_read_no_personal_fact() {
    ProcessInstance process = filed();

    Assertions.assertThat(formVariables("admin", List.of("camunda-admin"), process))
        .containsEntry("complaintNumber", NUMBER)
        .doesNotContainKeys("complaintText", "history", "attachments", "recordingAccess");
    // staff outside the process are refused the task's form altogether (403), as on the server
    for (String outside : List.of("ops.head", "sec.head")) {
      assertThatThrownBy(() -> formVariables(outside, List.of("department-head"), process))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }
    verify(service, never()).complaintForHandler(anyString(), anyString(), any());
  }

  @Test
  @DisplayName(
      "DATA-3: the handler's answer and reasons reach the complaint, never the engine's runtime or history")
  void personal_inputs_reach_the_complaint_but_never_the_engine_tables() {
    ProcessInstance process = filed();
    completeAs(
        "cs.agent",
        process,
        "customerServiceOutcome",
        "ESCALATE",
        "customerServiceEscalationReason",
        "Asks for compensation beyond my limit.");
    String supervisorTask = task(process).getId();
    signIn("cs.head", List.of("cs-supervisor"));
    try {
      formService()
          .submitTaskForm(
              supervisorTask,
              Map.of(
                  "supervisorOutcome",
                  "ANSWER",
                  "answerText",
                  "We compensate with a free visit.",
                  "resolution",
                  "PARTIALLY_UPHELD",
                  "complaintText",
                  "written back by a forged form"));
    } finally {
      identityService().clearAuthentication();
    }

    verify(service)
        .escalate(
            NUMBER, ComplaintTier.SUPERVISOR, "cs.agent", "Asks for compensation beyond my limit.");
    verify(service)
        .answer(NUMBER, "cs.head", "We compensate with a free visit.", "PARTIALLY_UPHELD");
    assertThat(process).isEnded();
    for (String name : List.of("customerServiceEscalationReason", "answerText", "complaintText")) {
      Assertions.assertThat(
              engine
                  .getHistoryService()
                  .createHistoricVariableInstanceQuery()
                  .variableName(name)
                  .count())
          .as(name)
          .isZero();
    }
    Assertions.assertThat(engine.getHistoryService().createHistoricDetailQuery().list())
        .noneMatch(
            detail ->
                detail.toString().contains("compensat") || detail.toString().contains("forged"));
    Assertions.assertThat(
            engine.getHistoryService().createHistoricDetailQuery().formFields().list())
        .extracting(
            detail -> ((org.camunda.bpm.engine.history.HistoricFormField) detail).getFieldId())
        .contains("supervisorOutcome")
        .doesNotContain("answerText", "complaintText");
  }

  @Test
  void customer_service_answers_and_the_complaint_is_closed() {
    ProcessInstance process = filed();

    completeAs(
        "cs.agent",
        process,
        "customerServiceOutcome",
        "ANSWER",
        "answerText",
        "We refunded the visit.",
        "resolution",
        "UPHELD");

    verify(service).answer(NUMBER, "cs.agent", "We refunded the visit.", "UPHELD");
    verify(service).close(NUMBER);
    verify(service, never()).escalate(anyString(), any(), anyString(), anyString());
    assertThat(process)
        .hasPassed("EndEvent_AnsweredByCustomerService", "Activity_CloseComplaint", CLOSED)
        .isEnded();
    Assertions.assertThat(managementService().createJobQuery().count()).isZero();
  }

  @Test
  void customer_service_escalates_and_the_supervisor_answers() {
    ProcessInstance process = filed();

    completeAs(
        "cs.agent",
        process,
        "customerServiceOutcome",
        "ESCALATE",
        "customerServiceEscalationReason",
        "Asks for compensation beyond my limit.");
    verify(service)
        .escalate(
            NUMBER, ComplaintTier.SUPERVISOR, "cs.agent", "Asks for compensation beyond my limit.");
    assertThat(process).isWaitingAtExactly(HANDLE, SUPERVISOR);
    assertThat(task(process))
        .hasCandidateGroup("cs-supervisor")
        .hasDueDate(date("2026-10-09T16:00:00Z"));
    assertThat(process)
        .variables()
        .doesNotContainKeys("customerServiceOutcome", "customerServiceEscalationReason");
    completeAs(
        "cs.head",
        process,
        "supervisorOutcome",
        "ANSWER",
        "answerText",
        "We compensate with a free visit.",
        "resolution",
        "PARTIALLY_UPHELD");

    verify(service)
        .answer(NUMBER, "cs.head", "We compensate with a free visit.", "PARTIALLY_UPHELD");
    assertThat(process)
        .hasPassed("EndEvent_AnsweredBySupervisor", CLOSED)
        .hasNotPassed("Activity_EscalateToSupervisor")
        .isEnded();
  }

  @Test
  void the_supervisor_escalates_and_legal_answers() {
    ProcessInstance process = filed();
    completeAs(
        "cs.agent",
        process,
        "customerServiceOutcome",
        "ESCALATE",
        "customerServiceEscalationReason",
        "Threatens to sue.");

    completeAs(
        "cs.head",
        process,
        "supervisorOutcome",
        "ESCALATE",
        "supervisorEscalationReason",
        "A legal question.");
    verify(service)
        .escalate(NUMBER, ComplaintTier.PRIVACY_OFFICE_LEGAL, "cs.head", "A legal question.");
    assertThat(process).isWaitingAtExactly(HANDLE, PRIVACY_OFFICE_LEGAL);
    assertThat(task(process)).hasCandidateGroup("privacy-officer").hasCandidateGroup("legal");
    completeAs(
        "legal.counsel",
        process,
        "answerText",
        "The order terms were kept; you may go to court.",
        "resolution",
        "NOT_UPHELD");

    verify(service)
        .answer(
            NUMBER,
            "legal.counsel",
            "The order terms were kept; you may go to court.",
            "NOT_UPHELD");
    assertThat(process).hasPassed("EndEvent_AnsweredByPrivacyOfficeLegal", CLOSED).isEnded();
  }

  @Test
  void
      missed_tier_deadlines_escalate_to_the_supervisor_and_then_to_the_privacy_officer_and_legal() {
    ProcessInstance process = filed();

    // the end of Thu 09-24 in China passes
    ClockUtil.setCurrentTime(date("2026-09-24T16:01:00Z"));
    execute(job(CUSTOMER_SERVICE_DEADLINE, process));
    verify(service).escalate(eq(NUMBER), eq(ComplaintTier.SUPERVISOR), eq("system"), anyString());
    assertThat(process)
        .hasPassed("Activity_EscalateToSupervisor")
        .isWaitingAtExactly(HANDLE, SUPERVISOR);
    Assertions.assertThat(job(SUPERVISOR_DEADLINE, process).getDuedate())
        .isEqualTo(date("2026-10-09T16:00:00Z"));

    // the end of Fri 10-09 (after National Day) passes
    ClockUtil.setCurrentTime(date("2026-10-09T16:01:00Z"));
    execute(job(SUPERVISOR_DEADLINE, process));
    verify(service)
        .escalate(eq(NUMBER), eq(ComplaintTier.PRIVACY_OFFICE_LEGAL), eq("system"), anyString());
    assertThat(process)
        .hasPassed("Activity_EscalateToPrivacyOfficeLegal")
        .isWaitingAtExactly(HANDLE, PRIVACY_OFFICE_LEGAL);

    completeAs("privacy.officer", process, "answerText", "We apologise.", "resolution", "UPHELD");
    verify(service).answer(NUMBER, "privacy.officer", "We apologise.", "UPHELD");
    assertThat(process).hasPassed(CLOSED).isEnded();
  }

  @Test
  void privacy_complaints_go_straight_to_the_privacy_officer_and_legal() {
    current = view("PRIVACY_REQUEST", ComplaintTier.PRIVACY_OFFICE_LEGAL, "OPEN", 0, null);

    ProcessInstance process = filed();

    assertThat(process)
        .isWaitingAtExactly(HANDLE, PRIVACY_OFFICE_LEGAL)
        .hasNotPassed(CUSTOMER_SERVICE);
    assertThat(task(process))
        .hasCandidateGroup("privacy-officer")
        .hasCandidateGroup("legal")
        .hasDueDate(date("2026-10-15T16:00:00Z"));
    Assertions.assertThat(job("BoundaryEvent_PrivacyOfficeLegalReminder", process).getDuedate())
        .isEqualTo(date("2026-10-14T16:00:00Z"));
  }

  @Test
  void customer_service_is_reminded_when_its_last_working_day_begins_and_keeps_the_task() {
    ProcessInstance process = filed();
    Task task = task(process);

    ClockUtil.setCurrentTime(date("2026-09-23T16:01:00Z"));
    Assertions.assertThat(executableTimers(process))
        .extracting(Job::getId)
        .containsExactly(job(CUSTOMER_SERVICE_REMINDER, process).getId());
    execute(job(CUSTOMER_SERVICE_REMINDER, process));

    verify(service).remind(NUMBER, ComplaintTier.CUSTOMER_SERVICE);
    assertThat(process)
        .hasPassed("EndEvent_CustomerServiceReminded")
        .isWaitingAtExactly(HANDLE, CUSTOMER_SERVICE);
    Assertions.assertThat(task(process).getId()).isEqualTo(task.getId());
  }

  @Test
  void asking_for_information_stops_the_clock_and_the_reply_moves_every_deadline() {
    ProcessInstance process = filed();
    ClockUtil.setCurrentTime(date("2026-09-22T03:00:00Z")); // Tue

    completeAs(
        "cs.agent",
        process,
        "customerServiceOutcome",
        "REQUEST_INFO",
        "informationQuestion",
        "Which beautician?");

    verify(service).requestInformation(NUMBER, "cs.agent", "Which beautician?");
    assertThat(process)
        .hasPassed("EndEvent_InformationRequested")
        .isWaitingAtExactly(AWAIT_INFORMATION);
    Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    // no deadline runs while waiting; the wait ends with the 5th working day (Wed 09-30)
    Assertions.assertThat(jobsOf(process))
        .extracting(Job::getId)
        .containsExactly(job(INFORMATION_WAIT_OVER, process).getId());
    Assertions.assertThat(job(INFORMATION_WAIT_OVER, process).getDuedate())
        .isEqualTo(date("2026-09-30T16:00:00Z"));

    // the complainant replies on Tue 09-29: 4 working days waited (the service moved the deadlines)
    ClockUtil.setCurrentTime(date("2026-09-29T03:00:00Z"));
    current = view("ORDER", ComplaintTier.CUSTOMER_SERVICE, "OPEN", 4, null);
    starter().onInformationProvided(new ComplaintInformationProvided(NUMBER));

    assertThat(process)
        .hasPassed("Activity_ResumeClock")
        .isWaitingAtExactly(HANDLE, CUSTOMER_SERVICE);
    // issue 17.6: the reply returns the task to the agent who asked
    Assertions.assertThat(
            taskService()
                .createTaskQuery()
                .processInstanceId(process.getId())
                .singleResult()
                .getAssignee())
        .isEqualTo("cs.agent");
    assertThat(process)
        .variables()
        .doesNotContainKeys("customerServiceOutcome", "informationQuestion", "informationAskedBy")
        .containsEntry("pausedWorkingDays", 4);
    // 09-24 + 4 working days = Thu 10-08; 10-15 + 4 = Wed 10-21
    Assertions.assertThat(job(CUSTOMER_SERVICE_DEADLINE, process).getDuedate())
        .isEqualTo(date("2026-10-08T16:00:00Z"));
    Assertions.assertThat(job(FINAL_DEADLINE, process).getDuedate())
        .isEqualTo(date("2026-10-21T16:00:00Z"));
    verify(service, never()).informationNotReceived(anyString());
  }

  @Test
  void without_a_reply_the_wait_limit_resumes_the_clock_and_customer_service_carries_on() {
    ProcessInstance process = filed();
    ClockUtil.setCurrentTime(date("2026-09-22T03:00:00Z"));
    completeAs(
        "cs.agent",
        process,
        "customerServiceOutcome",
        "REQUEST_INFO",
        "informationQuestion",
        "Which beautician?");

    ClockUtil.setCurrentTime(date("2026-09-30T16:01:00Z"));
    execute(job(INFORMATION_WAIT_OVER, process));

    verify(service).informationNotReceived(NUMBER);
    assertThat(process)
        .hasPassed("Activity_ResumeWithoutReply")
        .isWaitingAtExactly(HANDLE, CUSTOMER_SERVICE);
    Assertions.assertThat(job(FINAL_DEADLINE, process).getDuedate())
        .isEqualTo(Date.from(end(CALENDAR.plusWorkingDays(LocalDate.of(2026, 10, 15), 5))));
  }

  @Test
  void a_missed_final_deadline_marks_the_complaint_overdue_and_handling_goes_on() {
    current = view("RECORDING", ComplaintTier.PRIVACY_OFFICE_LEGAL, "OPEN", 0, null);
    ProcessInstance process = filed();

    ClockUtil.setCurrentTime(date("2026-10-15T16:01:00Z"));
    execute(job(FINAL_DEADLINE, process));

    verify(service).markDeadlineMissed(NUMBER);
    assertThat(process)
        .hasPassed("Activity_MarkFinalDeadlineMissed", "EndEvent_FinalDeadlineMissed")
        .isWaitingAtExactly(HANDLE, PRIVACY_OFFICE_LEGAL);
    completeAs(
        "privacy.officer",
        process,
        "answerText",
        "Late, but: the recording was deleted.",
        "resolution",
        "UPHELD");
    assertThat(process).hasPassed(CLOSED).isEnded();
  }

  @Test
  void a_completion_without_a_decision_is_refused_and_the_task_stays_open() {
    ProcessInstance process = filed();
    Task task = task(process);
    signIn("cs.agent", List.of("customer-service"));

    // the handler reads, at the field, what to choose (400), not the domain's exception
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(task.getId(), withVariables("answerText", "Forgot to choose")))
        .isInstanceOfSatisfying(
            FormFieldValidationException.class,
            refusal ->
                Assertions.assertThat(refusal.<Object>getDetail())
                    .isEqualTo("customerServiceOutcome"));
    identityService().clearAuthentication();
    verify(service, never()).answer(anyString(), anyString(), anyString(), anyString());
    assertThat(process).isWaitingAtExactly(HANDLE, CUSTOMER_SERVICE);
  }

  @Test
  void an_answer_the_service_refuses_leaves_the_task_open() {
    ProcessInstance process = filed();
    Task task = task(process);
    when(service.answer(NUMBER, "cs.agent", "ok", "MAYBE"))
        .thenThrow(
            DomainException.invalid(
                "resolution", "must be UPHELD, PARTIALLY_UPHELD or NOT_UPHELD"));
    signIn("cs.agent", List.of("customer-service"));

    assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        task.getId(),
                        withVariables(
                            "customerServiceOutcome",
                            "ANSWER",
                            "answerText",
                            "ok",
                            "resolution",
                            "MAYBE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("resolution")
        .hasMessageContaining("must be UPHELD, PARTIALLY_UPHELD or NOT_UPHELD");
    identityService().clearAuthentication();
    assertThat(process).isWaitingAtExactly(HANDLE, CUSTOMER_SERVICE);
    Assertions.assertThat(task(process).getId()).isEqualTo(task.getId());
    verify(service, never()).close(anyString());
  }

  @Test
  void every_handling_task_resolves_its_camunda_form_with_the_complaint_facts() throws IOException {
    ProcessInstance process = filed();
    String customerService = read(formService().getDeployedTaskForm(task(process).getId()));
    completeAs(
        "cs.agent",
        process,
        "customerServiceOutcome",
        "ESCALATE",
        "customerServiceEscalationReason",
        "Beyond my limit.");
    String supervisor = read(formService().getDeployedTaskForm(task(process).getId()));
    completeAs(
        "cs.head",
        process,
        "supervisorOutcome",
        "ESCALATE",
        "supervisorEscalationReason",
        "Legal question.");
    String privacyOffice = read(formService().getDeployedTaskForm(task(process).getId()));

    String[] facts = {
      "complaintNumber",
      "aboutLabel",
      "orderNumber",
      "complaintText",
      "history",
      "recordingAccess",
      "attachments",
      "finalLastDay",
      "answerText",
      "resolution"
    };
    assertForm(customerService, "complaint-customer-service", facts);
    assertForm(
        customerService,
        "complaint-customer-service",
        "customerServiceLastDay",
        "customerServiceOutcome",
        "customerServiceEscalationReason",
        "informationQuestion");
    assertForm(supervisor, "complaint-supervisor", facts);
    assertForm(
        supervisor,
        "complaint-supervisor",
        "supervisorLastDay",
        "supervisorOutcome",
        "supervisorEscalationReason");
    assertForm(privacyOffice, "complaint-privacy-office-legal", facts);
  }

  @Test
  void
      a_recording_access_application_made_from_the_complaint_shows_in_the_form_with_its_current_state() {
    ProcessInstance process = filed();
    Map<String, Object> before = formVariables("cs.agent", List.of("customer-service"), process);
    Assertions.assertThat((String) before.get("recordingAccess"))
        .startsWith("尚无申请。")
        .contains("None yet.", "Request the recording as evidence")
        .doesNotContain("/api/");
    Assertions.assertThat(before).containsEntry("attachments", "None.");

    // when a handler applies from the complaint and the complainant attaches a photo
    current = withEvidence(current, "AWAITING_DEPARTMENT_HEAD", null);

    // then the task's form shows the application and its state, and the attachment, as it opens
    Map<String, Object> applied = formVariables("cs.agent", List.of("customer-service"), process);
    Assertions.assertThat(applied)
        .containsEntry(
            "recordingAccess",
            "待部门负责人审批 Awaiting the department head  application app-1, applied by cs.agent at"
                + " 2026年9月18日 11:00 (北京时间 China time)")
        .containsEntry(
            "attachments",
            "photo.png  (image/png, 2048 bytes, 2026年9月18日 10:30 (北京时间 China time))");
    // and a link that opens it with the Tasklist sign-in (issue 17)
    Assertions.assertThat((String) applied.get("attachmentLinks"))
        .startsWith("- [photo\\.png](/api/complaints/" + NUMBER + "/attachments/att-1) ");

    // when the approval process grants access, the complaint's form follows without any copying
    current = withEvidence(current, "APPROVED", "grant-9");
    Assertions.assertThat(formVariables("cs.agent", List.of("customer-service"), process))
        .containsEntry(
            "recordingAccess",
            "已批准 Approved  application app-1, applied by cs.agent at 2026年9月18日 11:00"
                + " (北京时间 China time), grant grant-9");
    assertThat(process).isWaitingAtExactly(HANDLE, CUSTOMER_SERVICE);
  }

  @Test
  void a_complaint_not_about_an_order_says_there_is_no_recording_to_apply_for() {
    current = view("SERVICE", ComplaintTier.CUSTOMER_SERVICE, "OPEN", 0, null);
    ProcessInstance process = filed();
    Assertions.assertThat(
            (String)
                formVariables("cs.agent", List.of("customer-service"), process)
                    .get("recordingAccess"))
        .contains("Not about an order");
  }

  static ComplaintView withEvidence(ComplaintView view, String status, String grantId) {
    return new ComplaintView(
        view.number(),
        view.complainant(),
        view.about(),
        view.orderNumber(),
        view.text(),
        view.state(),
        view.tier(),
        view.filedAt(),
        view.deadlines(),
        view.pausedWorkingDays(),
        view.overdue(),
        view.answer(),
        view.closedAt(),
        view.history(),
        "hold-1",
        List.of(
            new ComplaintView.AttachmentView(
                "att-1", "photo.png", "image/png", 2048, FILED.plusSeconds(1800))),
        List.of(
            new ComplaintView.RecordingAccessView(
                "app-1", "cs.agent", FILED.plusSeconds(3600), status, grantId)));
  }

  @Test
  void the_starter_starts_one_process_per_filed_complaint_keyed_by_its_number() {
    starter().onFiled(new ComplaintFiled(NUMBER));

    ProcessInstance process =
        runtimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(NUMBER)
            .singleResult();
    assertThat(process).isStarted().isWaitingAtExactly(HANDLE, CUSTOMER_SERVICE);
  }

  // ---------------------------------------------------------------------------------------------

  private ProcessInstance filed() {
    return EngineDoors.asApplication(
        () ->
            runtimeService()
                .startProcessInstanceByKey(PROCESS_KEY, NUMBER, Map.of("complaintNumber", NUMBER)));
  }

  private static ComplaintProcessStarter starter() {
    ComplaintProcessStarter starter = new ComplaintProcessStarter();
    starter.runtime = runtimeService();
    return starter;
  }

  /**
   * The form's variables as Tasklist reads them ({@code GET /task/{id}/form-variables}) for {@code
   * user}, signed in with the groups the staff directory gives them ({@code groups}: those the test
   * relies on).
   */
  private Map<String, Object> formVariables(
      String user, List<String> groups, ProcessInstance process) {
    String taskId = task(process).getId();
    signIn(user, groups);
    try {
      return formService().getTaskFormVariables(taskId);
    } finally {
      identityService().clearAuthentication();
    }
  }

  /** Signs {@code user} in as Tasklist does; the directory must give them {@code groups}. */
  private static void signIn(String user, List<String> groups) {
    ProcessTestEngine.signIn(identityService(), user);
    Assertions.assertThat(identityService().getCurrentAuthentication().getGroupIds())
        .containsAll(groups);
  }

  /**
   * The plugin outlives each test's mocked {@link ComplaintProcess}; this finds the current one.
   */
  static final class CurrentComplaintProcess implements FormFacts {
    @Override
    public String processKey() {
      return PROCESS_KEY;
    }

    @Override
    public java.util.Set<String> businessGroups() {
      return ComplaintProcess.HANDLER_GROUPS;
    }

    @Override
    public java.util.Set<String> factNames() {
      return ComplaintProcess.FACTS;
    }

    @Override
    public java.util.Set<String> personalInputs() {
      return ComplaintProcess.PERSONAL_INPUTS;
    }

    @Override
    public Map<String, Object> load(
        org.camunda.bpm.engine.delegate.DelegateTask task,
        String user,
        java.util.Set<String> groups) {
      return ((ComplaintProcess) Mocks.get("complaintProcess")).load(task, user, groups);
    }
  }

  private void completeAs(String user, ProcessInstance process, Object... variables) {
    String taskId = task(process).getId();
    ProcessTestEngine.signIn(identityService(), user);
    try {
      Map<String, Object> values = new java.util.HashMap<>();
      for (int i = 0; i < variables.length; i += 2) {
        values.put((String) variables[i], variables[i + 1]);
      }
      taskService().complete(taskId, values);
    } finally {
      identityService().clearAuthentication();
    }
  }

  private ComplaintTier tier() {
    return ComplaintTier.valueOf(current.tier());
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(CHINA).toLocalDate();
  }

  /** The complaint as the incidents context would compute it on {@link #CALENDAR}. */
  static ComplaintView view(
      String about, ComplaintTier tier, String state, int paused, Instant informationDue) {
    LocalDate customerService =
        CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(FILED_ON, 5), paused);
    LocalDate supervisor = CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(FILED_ON, 10), paused);
    LocalDate last = CALENDAR.plusWorkingDays(CALENDAR.plusWorkingDays(FILED_ON, 15), paused);
    return new ComplaintView(
        NUMBER,
        "acc-4711",
        about,
        "SERVICE".equals(about) ? null : ORDER,
        TEXT,
        state,
        tier.name(),
        FILED,
        new ComplaintView.Deadlines(
            customerService,
            end(customerService),
            start(customerService),
            supervisor,
            end(supervisor),
            start(supervisor),
            last,
            end(last),
            start(last),
            informationDue),
        paused,
        false,
        null,
        null,
        List.of(new ComplaintView.HistoryEntry(FILED, "acc-4711", "FILED", tier.name(), null)),
        null,
        List.of(),
        List.of());
  }

  static Instant end(LocalDate day) {
    return WorkingDayCalendar.endOf(day, CHINA);
  }

  static Instant start(LocalDate day) {
    return WorkingDayCalendar.startOf(day, CHINA);
  }

  static Date date(String instant) {
    return Date.from(Instant.parse(instant));
  }

  static WorkingDayCalendar nationalDay2026() {
    List<LocalDate> holidays = new ArrayList<>();
    for (int day = 25; day <= 27; day++) {
      holidays.add(LocalDate.of(2026, 9, day));
    }
    for (int day = 1; day <= 7; day++) {
      holidays.add(LocalDate.of(2026, 10, day));
    }
    return WorkingDayCalendar.of(
        holidays, List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));
  }

  private static List<Job> executableTimers(ProcessInstance process) {
    return managementService()
        .createJobQuery()
        .processInstanceId(process.getId())
        .timers()
        .executable()
        .list();
  }

  private static List<Job> jobsOf(ProcessInstance process) {
    return managementService().createJobQuery().processInstanceId(process.getId()).list();
  }

  private static void assertForm(String form, String id, String... keys) {
    Assertions.assertThat(form).containsPattern("\"id\"\\s*:\\s*\"" + id + "\"");
    for (String key : keys) {
      Assertions.assertThat(form).containsPattern("\"key\"\\s*:\\s*\"" + key + "\"");
    }
  }

  private static String read(InputStream form) throws IOException {
    try (form) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
