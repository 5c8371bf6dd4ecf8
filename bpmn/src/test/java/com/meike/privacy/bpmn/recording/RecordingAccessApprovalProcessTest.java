package com.meike.privacy.bpmn.recording;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processDefinition;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.ApplicationView.DecisionView;
import com.meike.privacy.recording.application.GrantView;
import com.meike.privacy.recording.application.RecordingAccessService;
import com.meike.privacy.recording.domain.access.ApprovalStep;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
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
import org.mockito.InOrder;

/**
 * Every path of {@code recording-access-approval} (REC-8) on an in-memory engine, with the
 * recording context's service mocked.
 */
@Deployment(
    resources = {
      "processes/recording-access-approval.bpmn",
      "forms/recording-access-application.form",
      "forms/recording-access-department-head-decision.form",
      "forms/recording-access-security-head-decision.form",
      "forms/recording-access-urgent-review.form"
    })
class RecordingAccessApprovalProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  /** Injected by the extension. */
  ProcessEngine engine;

  static final String PROCESS_KEY = "recording-access-approval";
  static final String APPLICATION_ID = "5b0e7c1e-3f5a-4c2e-9a57-0c8d2f6e41a3";
  static final String ORDER_NUMBER = "MK2025110300001234";
  static final String USE = "DISPUTE_EVIDENCE";
  static final String REASON =
      "The customer disputes that the driver asked for an extra fee; the call settles it.";
  static final String APPLICANT = "cs.agent";
  static final String DEPARTMENT_HEAD = "cs.head";
  static final String SECURITY_HEAD = "sec.head";
  static final Instant APPLIED_AT = Instant.parse("2025-11-03T02:15:00Z");
  static final String GRANT_ID = "9d4c2b7a-1e6f-4a3b-8c5d-2f7e9a0b1c3d";
  static final Instant GRANT_EXPIRES_AT = Instant.parse("2025-11-06T10:00:00Z");

  /** Process start; timers are due relative to this. */
  static final Instant T0 = Instant.parse("2025-11-03T02:15:30Z");

  static final Duration REMINDER_AFTER = Duration.ofHours(24);
  static final Duration LAPSE_AFTER = Duration.ofDays(3);

  // Element ids of the BPMN.
  static final String START = "StartEvent_AccessAppliedFor";
  static final String REGISTER = "Activity_RegisterApplication";
  static final String TWO_STEP_APPROVAL = "SubProcess_TwoStepApproval";
  static final String DEPARTMENT_HEAD_DECIDES = "UserTask_DepartmentHeadDecides";
  static final String SECURITY_HEAD_DECIDES = "UserTask_SecurityHeadDecides";
  static final String DEPARTMENT_HEAD_REMINDER_DUE = "BoundaryEvent_DepartmentHeadReminderDue";
  static final String SECURITY_HEAD_REMINDER_DUE = "BoundaryEvent_SecurityHeadReminderDue";
  static final String REMIND_DEPARTMENT_HEAD = "Activity_RemindDepartmentHead";
  static final String REMIND_SECURITY_HEAD = "Activity_RemindSecurityHead";
  static final String DEPARTMENT_HEAD_REMINDED = "EndEvent_DepartmentHeadReminded";
  static final String SECURITY_HEAD_REMINDED = "EndEvent_SecurityHeadReminded";
  static final String REJECTED_BY_DEPARTMENT_HEAD = "EndEvent_RejectedByDepartmentHead";
  static final String REJECTED_BY_SECURITY_HEAD = "EndEvent_RejectedBySecurityHead";
  static final String APPROVED_BY_BOTH_HEADS = "EndEvent_ApprovedByBothHeads";
  static final String FINAL_DEADLINE_PASSED = "BoundaryEvent_FinalDeadlinePassed";
  static final String LAPSE_APPLICATION = "Activity_LapseApplication";
  static final String APPLICATION_LAPSED = "EndEvent_ApplicationLapsed";
  static final String BOTH_APPROVED = "Gateway_BothApproved";
  static final String ISSUE_GRANT = "Activity_IssueTimeLimitedGrant";
  static final String ACCESS_GRANTED = "EndEvent_AccessGranted";
  static final String APPLICATION_REJECTED = "EndEvent_ApplicationRejected";

  RecordingAccessService service;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.withMockedFacts(
        "recording-access-approval-test",
        "recordingAccessProcess",
        new RecordingAccessProcess(
            mock(RecordingAccessService.class), Duration.ofHours(1), Duration.ofHours(1)));
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void registerMockedService() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(T0));
    service = mock(RecordingAccessService.class);
    Mocks.register(
        "recordingAccessProcess", new RecordingAccessProcess(service, REMINDER_AFTER, LAPSE_AFTER));
    when(service.application(APPLICATION_ID, "system", true))
        .thenReturn(application("AWAITING_DEPARTMENT_HEAD"));
  }

  @AfterEach
  void resetEngineState() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  void the_api_start_loads_the_registered_application_and_sets_the_variables_the_approvers_need() {
    // given an application the API registered (it starts the process with its id)

    // when
    ProcessInstance process = startedByApi();

    // then
    verify(service).application(APPLICATION_ID, "system", true);
    verify(service, never()).applyFromProcess(any(), any());
    assertThat(process)
        .hasBusinessKey(APPLICATION_ID)
        .hasPassed(START, REGISTER)
        .isWaitingAtExactly(TWO_STEP_APPROVAL, DEPARTMENT_HEAD_DECIDES);
    assertThat(process)
        .variables()
        .containsEntry("applicationId", APPLICATION_ID)
        .containsEntry("firstApprover", DEPARTMENT_HEAD)
        .containsEntry("secondApprover", SECURITY_HEAD)
        .containsEntry("applicationStatus", "AWAITING_DEPARTMENT_HEAD")
        .containsEntry("reminderAfter", "PT24H")
        .containsEntry("lapseAfter", "PT72H")
        .doesNotContainKeys("reason", "useLabel", "appliedAt");
    assertThat(process).task().isAssignedTo(DEPARTMENT_HEAD);
  }

  @Test
  @DisplayName(
      "REC-8, issue 17: the approver's list tells applications apart — order, applicant, use — and is due when the application lapses")
  void the_task_in_the_list_names_the_order_the_applicant_and_the_use_and_is_due_at_the_lapse() {
    // when
    ProcessInstance process = startedByApi();

    // then the list entry names the case (ids, labels and a member of staff only: no customer data)
    Task decision =
        taskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
    Assertions.assertThat(decision.getName())
        .isEqualTo("部门负责人审批 Department head decides · " + ORDER_NUMBER + " · " + APPLICANT);
    Assertions.assertThat(decision.getDescription())
        .contains(ORDER_NUMBER, "纠纷取证 (dispute evidence, with consent)", APPLICANT)
        .doesNotContain(REASON);
    Assertions.assertThat(decision.getDueDate()).isEqualTo(Date.from(T0.plus(LAPSE_AFTER)));

    // and the head of security's task too
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", true, "Fine.");
    Task second = taskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
    Assertions.assertThat(second.getName())
        .startsWith("安全负责人审批 Head of security decides · " + ORDER_NUMBER);
    Assertions.assertThat(second.getDueDate()).isEqualTo(Date.from(T0.plus(LAPSE_AFTER)));
  }

  @Test
  @DisplayName(
      "REC-8, DATA-3: approvers' forms show the application from the recording context; comments never rest in the engine")
  void the_forms_read_the_application_as_they_open_and_comments_never_rest_in_the_engine() {
    ProcessInstance process = startedByApi();
    when(service.application(APPLICATION_ID, DEPARTMENT_HEAD, false))
        .thenReturn(application("AWAITING_DEPARTMENT_HEAD"));
    Assertions.assertThat(formVariables(DEPARTMENT_HEAD, process))
        .containsEntry("orderNumber", ORDER_NUMBER)
        .containsEntry("useLabel", "纠纷取证 (dispute evidence, with consent)")
        .containsEntry("reason", REASON)
        .containsEntry("applicant", APPLICANT)
        .containsEntry("appliedAt", "2025年11月3日 10:15 (北京时间 China time)")
        // issue 17, item 4: whether there is anything to hear (the mock's order has none)
        .containsEntry("recordings", "此订单没有可收听的录音 This order has no recording to hear");
    // an engine administrator (ALL on every task) reads no fact; the order number is an id the
    // list shows (issue 17), so Cockpit sees it as the complaint process's variables already were
    Assertions.assertThat(formVariables("admin", process))
        .doesNotContainKeys("reason", "useLabel", "appliedAt");
    verify(service, never()).application(eq(APPLICATION_ID), eq("admin"), anyBoolean());

    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", true, "Fine by me.");
    when(service.application(APPLICATION_ID, SECURITY_HEAD, false))
        .thenReturn(awaitingSecurityHead());
    when(service.recordingsToHear(APPLICATION_ID, SECURITY_HEAD, false)).thenReturn(2);
    Assertions.assertThat(formVariables(SECURITY_HEAD, process))
        .containsEntry("recordings", "此订单有 2 段录音 This order has 2 recordings")
        .containsEntry("reason", REASON)
        .containsEntry("departmentHeadApproved", true)
        .containsEntry("departmentHeadComment", "Fine by me.");

    verify(service)
        .decide(APPLICATION_ID, ApprovalStep.DEPARTMENT_HEAD, DEPARTMENT_HEAD, true, "Fine by me.");
    Assertions.assertThat(runtimeService().getVariables(process.getId()))
        .doesNotContainKeys("departmentHeadComment", "reason");
    Assertions.assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .variableName("departmentHeadComment")
                .count())
        .isZero();
    Assertions.assertThat(
            historyService().createHistoricVariableInstanceQuery().variableName("reason").count())
        .isZero();
  }

  @Test
  @DisplayName(
      "REC-7: an urgent access is reviewed afterwards by the privacy office; the review form shows the condition and the urgency")
  void an_urgent_access_is_reviewed_afterwards_by_the_privacy_office() {
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());
    whenSecurityHeadDecides(true).thenReturn(approvedByBoth());
    when(service.issueGrant(APPLICATION_ID)).thenReturn(grant());
    ApplicationView urgent = urgent(approvedByBoth(), "PENDING");
    when(service.application(APPLICATION_ID, "system", true)).thenReturn(urgent);
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", true, "Urgent.");
    decideAs(SECURITY_HEAD, process, "securityHead", true, "Urgent, granted.");

    assertThat(process).hasPassed(ISSUE_GRANT).isWaitingAtExactly("UserTask_ReviewUrgentAccess");
    assertThat(process).task().hasCandidateGroup("privacy-officer");
    assertThat(process).variables().containsEntry("reviewAfterwards", true);
    when(service.application(APPLICATION_ID, "privacy.officer", true)).thenReturn(urgent);
    Assertions.assertThat(formVariables("privacy.officer", process))
        .containsEntry(
            "conditionLabel",
            com.meike.privacy.recording.domain.access.UseCondition.URGENCY_RECORDED.label())
        .containsEntry(
            "conditionDetail", "紧急情况 Urgency: " + URGENCY + " · 事后复核 Review afterwards: PENDING");

    when(service.reviewUrgentAccess(
            APPLICATION_ID, "privacy.officer", false, "No threat on the call-back."))
        .thenReturn(urgent(approvedByBoth(), "NOT_JUSTIFIED"));
    String reviewTask = task(process).getId();
    ProcessTestEngine.as(
        identityService(),
        "privacy.officer",
        () -> {
          taskService().claim(reviewTask, "privacy.officer");
          taskService()
              .complete(
                  reviewTask,
                  withVariables(
                      "reviewJustified", false, "reviewComment", "No threat on the call-back."));
        });

    verify(service)
        .reviewUrgentAccess(
            APPLICATION_ID, "privacy.officer", false, "No threat on the call-back.");
    assertThat(process)
        .isEnded()
        .hasPassed("EndEvent_ReviewedAfterwards")
        .hasNotPassed(ACCESS_GRANTED);
    Assertions.assertThat(
            historyService()
                .createHistoricVariableInstanceQuery()
                .variableName("reviewComment")
                .count())
        .isZero();
  }

  @Test
  @DisplayName("REC-7: the approvers' forms show which condition of the use is met")
  void the_approvers_form_shows_the_condition_met() {
    ProcessInstance process = startedByApi();
    ApplicationView consented =
        withCondition(
            application("AWAITING_DEPARTMENT_HEAD"),
            new ApplicationView.ConditionView(
                "CUSTOMER_CONSENT",
                com.meike.privacy.recording.domain.access.UseCondition.CUSTOMER_CONSENT.label(),
                41L,
                null,
                null,
                null,
                null,
                null,
                null));
    when(service.application(APPLICATION_ID, DEPARTMENT_HEAD, false)).thenReturn(consented);
    Assertions.assertThat(formVariables(DEPARTMENT_HEAD, process))
        .containsEntry(
            "conditionLabel",
            com.meike.privacy.recording.domain.access.UseCondition.CUSTOMER_CONSENT.label())
        .hasEntrySatisfying(
            "conditionDetail", detail -> Assertions.assertThat((String) detail).contains("#41"));
  }

  static final String URGENCY = "The customer reported a threat right after the visit.";

  private static ApplicationView urgent(ApplicationView view, String reviewState) {
    return withCondition(
        view,
        new ApplicationView.ConditionView(
            "URGENCY_RECORDED",
            com.meike.privacy.recording.domain.access.UseCondition.URGENCY_RECORDED.label(),
            null,
            null,
            URGENCY,
            reviewState,
            null,
            null,
            null));
  }

  private static ApplicationView withCondition(
      ApplicationView v, ApplicationView.ConditionView condition) {
    return new ApplicationView(
        v.id(),
        v.orderNumber(),
        v.use(),
        v.reason(),
        v.applicant(),
        v.appliedAt(),
        v.status(),
        v.firstApprover(),
        v.secondApprover(),
        v.decisions(),
        v.grantId(),
        condition);
  }

  private Map<String, Object> formVariables(String user, ProcessInstance process) {
    String taskId = task(process).getId();
    ProcessTestEngine.signIn(identityService(), user);
    try {
      return formService().getTaskFormVariables(taskId);
    } finally {
      identityService().clearAuthentication();
    }
  }

  @Test
  void the_tasklist_start_form_applies_on_behalf_of_the_initiator() {
    // given a staff member logged in to Tasklist, and no application yet
    ApplicationRequest request = new ApplicationRequest(ORDER_NUMBER, USE, REASON);
    when(service.applyFromProcess(request, APPLICANT))
        .thenReturn(application("AWAITING_DEPARTMENT_HEAD"));
    String definitionId = processDefinition(PROCESS_KEY).getId();

    // when the start form is submitted (what Tasklist does)
    ProcessTestEngine.signIn(identityService(), APPLICANT);
    ProcessInstance process =
        formService()
            .submitStartForm(
                definitionId,
                withVariables("orderNumber", ORDER_NUMBER, "use", USE, "reason", REASON));
    identityService().clearAuthentication();

    // then the initiator applied, and the process carries the new application
    verify(service).applyFromProcess(request, APPLICANT);
    verify(service, never()).application(anyString(), anyString(), anyBoolean());
    assertThat(process)
        .hasBusinessKey(APPLICATION_ID)
        .isWaitingAtExactly(TWO_STEP_APPROVAL, DEPARTMENT_HEAD_DECIDES);
    assertThat(process)
        .variables()
        .containsEntry("applicationId", APPLICATION_ID)
        .containsEntry("applicant", APPLICANT)
        .containsEntry("firstApprover", DEPARTMENT_HEAD);
    assertThat(process).task().isAssignedTo(DEPARTMENT_HEAD);
  }

  @Test
  void an_application_the_service_refuses_does_not_start_a_process() {
    // given an order number the service rejects
    ApplicationRequest request = new ApplicationRequest("12345", USE, REASON);
    when(service.applyFromProcess(request, APPLICANT))
        .thenThrow(
            DomainException.invalid(
                "orderNumber", com.meike.privacy.kernel.order.OrderNumber.MESSAGE));
    String definitionId = processDefinition(PROCESS_KEY).getId();

    // when / then the applicant reads, at the field, what an order number looks like (400)
    assertThatThrownBy(
            () ->
                ProcessTestEngine.as(
                    identityService(),
                    APPLICANT,
                    () ->
                        formService()
                            .submitStartForm(
                                definitionId,
                                withVariables(
                                    "orderNumber", "12345", "use", USE, "reason", REASON))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("订单号是 MK 加 16 位数字")
        .hasMessageContaining("An order number is MK followed by 16 digits");
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void both_heads_approve_and_a_time_limited_grant_is_issued() {
    // given
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());
    whenSecurityHeadDecides(true).thenReturn(approvedByBoth());
    when(service.issueGrant(APPLICATION_ID)).thenReturn(grant());

    // when
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", true, "Customer consented on the call.");
    assertThat(process).isWaitingAtExactly(TWO_STEP_APPROVAL, SECURITY_HEAD_DECIDES);
    assertThat(process).task().isAssignedTo(SECURITY_HEAD);
    decideAs(SECURITY_HEAD, process, "securityHead", true, "Limited to this order.");

    // then
    InOrder inOrder = inOrder(service);
    inOrder
        .verify(service)
        .decide(
            APPLICATION_ID,
            ApprovalStep.DEPARTMENT_HEAD,
            DEPARTMENT_HEAD,
            true,
            "Customer consented on the call.");
    inOrder
        .verify(service)
        .decide(
            APPLICATION_ID,
            ApprovalStep.SECURITY_HEAD,
            SECURITY_HEAD,
            true,
            "Limited to this order.");
    inOrder.verify(service).issueGrant(APPLICATION_ID);
    assertThat(process)
        .hasPassedInOrder(
            DEPARTMENT_HEAD_DECIDES, SECURITY_HEAD_DECIDES, APPROVED_BY_BOTH_HEADS, ISSUE_GRANT)
        .isEnded();
    assertThat(process).hasPassed(ACCESS_GRANTED).hasNotPassed(APPLICATION_REJECTED);
    Assertions.assertThat(historicVariable(process, "grantId")).isEqualTo(GRANT_ID);
    Assertions.assertThat(historicVariable(process, "grantExpiresAt"))
        .isEqualTo("2025-11-06T10:00:00Z");
    Assertions.assertThat(historicVariable(process, "applicationStatus")).isEqualTo("APPROVED");
  }

  @Test
  void the_department_head_rejects_and_the_head_of_security_is_never_asked() {
    // given
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(false).thenReturn(rejectedBy(ApprovalStep.DEPARTMENT_HEAD));

    // when
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", false, "Not a dispute case.");

    // then
    verify(service)
        .decide(
            APPLICATION_ID,
            ApprovalStep.DEPARTMENT_HEAD,
            DEPARTMENT_HEAD,
            false,
            "Not a dispute case.");
    verify(service, never()).issueGrant(anyString());
    assertThat(process)
        .hasPassed(REJECTED_BY_DEPARTMENT_HEAD, BOTH_APPROVED, APPLICATION_REJECTED)
        .hasNotPassed(SECURITY_HEAD_DECIDES, ISSUE_GRANT, ACCESS_GRANTED)
        .isEnded();
    Assertions.assertThat(historicVariable(process, "applicationStatus")).isEqualTo("REJECTED");
  }

  @Test
  void the_head_of_security_rejects_and_no_grant_is_issued() {
    // given
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());
    whenSecurityHeadDecides(false).thenReturn(rejectedBy(ApprovalStep.SECURITY_HEAD));
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", true, "Fine by me.");

    // when
    decideAs(SECURITY_HEAD, process, "securityHead", false, "Evidence is already in the chat log.");

    // then
    verify(service)
        .decide(
            APPLICATION_ID,
            ApprovalStep.SECURITY_HEAD,
            SECURITY_HEAD,
            false,
            "Evidence is already in the chat log.");
    verify(service, never()).issueGrant(anyString());
    assertThat(process)
        .hasPassed(SECURITY_HEAD_DECIDES, REJECTED_BY_SECURITY_HEAD, APPLICATION_REJECTED)
        .hasNotPassed(APPROVED_BY_BOTH_HEADS, ISSUE_GRANT, ACCESS_GRANTED)
        .isEnded();
    Assertions.assertThat(historicVariable(process, "applicationStatus")).isEqualTo("REJECTED");
  }

  @Test
  void nobody_but_the_approver_the_step_is_routed_to_completes_it() {
    // given the privacy officer tries to complete the task routed to the department head
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());

    // when / then the server's task door refuses (403) before the service is asked
    assertThatThrownBy(
            () -> decideAs("privacy.officer", process, "departmentHead", true, "Standing in."))
        .isInstanceOf(AuthorizationException.class);
    verify(service, never()).decide(anyString(), any(), anyString(), anyBoolean(), any());
    assertThat(process).isWaitingAtExactly(TWO_STEP_APPROVAL, DEPARTMENT_HEAD_DECIDES);
  }

  @Test
  void without_an_authenticated_user_the_assignee_is_the_approver() {
    // given
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());

    // when the task is completed by the engine API without authentication
    complete(
        task(process),
        withVariables("departmentHeadApproved", true, "departmentHeadComment", "Via the API."));

    // then
    verify(service)
        .decide(
            APPLICATION_ID, ApprovalStep.DEPARTMENT_HEAD, DEPARTMENT_HEAD, true, "Via the API.");
    assertThat(process).isWaitingAtExactly(TWO_STEP_APPROVAL, SECURITY_HEAD_DECIDES);
  }

  @Test
  void a_decision_the_service_refuses_fails_the_completion_and_leaves_the_task_open() {
    // given someone the step is not routed to
    ProcessInstance process = startedByApi();
    Task departmentHeadTask = task(process);
    when(service.decide(
            eq(APPLICATION_ID),
            eq(ApprovalStep.DEPARTMENT_HEAD),
            eq(DEPARTMENT_HEAD),
            anyBoolean(),
            any()))
        .thenThrow(DomainException.forbidden("the applicant's own head may not decide"));

    // when / then the approver reads the refusal as one sentence (403)
    assertThatThrownBy(
            () ->
                ProcessTestEngine.as(
                    identityService(),
                    DEPARTMENT_HEAD,
                    () ->
                        taskService()
                            .complete(
                                departmentHeadTask.getId(),
                                withVariables(
                                    "departmentHeadApproved",
                                    true,
                                    "departmentHeadComment",
                                    "Self-approved"))))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("您不能执行此操作")
        .hasMessageContaining("You may not do this: the applicant's own head may not decide");
    assertThat(process).isWaitingAtExactly(TWO_STEP_APPROVAL, DEPARTMENT_HEAD_DECIDES);
    Assertions.assertThat(task(process).getId()).isEqualTo(departmentHeadTask.getId());
    assertThat(process)
        .variables()
        .doesNotContainKeys("departmentHeadApproved", "departmentHeadComment")
        .containsEntry("applicationStatus", "AWAITING_DEPARTMENT_HEAD");
  }

  @Test
  void a_completion_without_a_decision_is_refused_and_the_task_stays_open() {
    // given
    ProcessInstance process = startedByApi();
    Task departmentHeadTask = task(process);

    // when / then the approver reads, at the field, what to choose (400)
    assertThatThrownBy(
            () ->
                ProcessTestEngine.as(
                    identityService(),
                    DEPARTMENT_HEAD,
                    () ->
                        taskService()
                            .complete(
                                departmentHeadTask.getId(),
                                withVariables("departmentHeadComment", "Forgot to choose"))))
        .isInstanceOfSatisfying(
            FormFieldValidationException.class,
            refusal ->
                Assertions.assertThat(refusal.<Object>getDetail())
                    .isEqualTo("departmentHeadApproved"));
    verify(service, never()).decide(anyString(), any(), anyString(), anyBoolean(), any());
    assertThat(process).isWaitingAtExactly(TWO_STEP_APPROVAL, DEPARTMENT_HEAD_DECIDES);
  }

  @Test
  void the_department_head_is_reminded_after_a_day_and_the_task_stays() {
    // given
    ProcessInstance process = startedByApi();
    Task departmentHeadTask = task(process);
    Job reminder = job(DEPARTMENT_HEAD_REMINDER_DUE, process);
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(Date.from(T0.plus(REMINDER_AFTER)));
    Assertions.assertThat(executableTimers(process)).isEmpty();

    // when a day passes
    ClockUtil.setCurrentTime(Date.from(T0.plus(REMINDER_AFTER).plusSeconds(60)));
    Assertions.assertThat(executableTimers(process))
        .extracting(Job::getId)
        .containsExactly(reminder.getId());
    execute(reminder);

    // then
    verify(service).remind(APPLICATION_ID, ApprovalStep.DEPARTMENT_HEAD);
    assertThat(process)
        .hasPassed(REMIND_DEPARTMENT_HEAD, DEPARTMENT_HEAD_REMINDED)
        .isWaitingAtExactly(TWO_STEP_APPROVAL, DEPARTMENT_HEAD_DECIDES);
    Assertions.assertThat(task(process).getId()).isEqualTo(departmentHeadTask.getId());
    Assertions.assertThat(jobsOf(process)).extracting(Job::getId).doesNotContain(reminder.getId());
  }

  @Test
  void the_head_of_security_is_reminded_after_a_day_and_the_task_stays() {
    // given the department head approved an hour after the application
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());
    Instant approvedAt = T0.plus(Duration.ofHours(1));
    ClockUtil.setCurrentTime(Date.from(approvedAt));
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", true, "Fine by me.");
    Task securityHeadTask = task(process);
    Job reminder = job(SECURITY_HEAD_REMINDER_DUE, process);
    Assertions.assertThat(reminder.getDuedate())
        .isEqualTo(Date.from(approvedAt.plus(REMINDER_AFTER)));

    // when a day passes
    ClockUtil.setCurrentTime(Date.from(approvedAt.plus(REMINDER_AFTER).plusSeconds(60)));
    Assertions.assertThat(executableTimers(process))
        .extracting(Job::getId)
        .containsExactly(reminder.getId());
    execute(reminder);

    // then
    verify(service).remind(APPLICATION_ID, ApprovalStep.SECURITY_HEAD);
    verify(service, never()).remind(APPLICATION_ID, ApprovalStep.DEPARTMENT_HEAD);
    assertThat(process)
        .hasPassed(REMIND_SECURITY_HEAD, SECURITY_HEAD_REMINDED)
        .isWaitingAtExactly(TWO_STEP_APPROVAL, SECURITY_HEAD_DECIDES);
    Assertions.assertThat(task(process).getId()).isEqualTo(securityHeadTask.getId());
  }

  @Test
  void the_application_lapses_when_the_department_head_has_not_decided_by_the_final_deadline() {
    // given
    ProcessInstance process = startedByApi();
    when(service.lapse(APPLICATION_ID)).thenReturn(application("LAPSED"));
    Job deadline = job(FINAL_DEADLINE_PASSED, process);
    Assertions.assertThat(deadline.getDuedate()).isEqualTo(Date.from(T0.plus(LAPSE_AFTER)));

    // when three days pass
    ClockUtil.setCurrentTime(Date.from(T0.plus(LAPSE_AFTER).plusSeconds(60)));
    execute(deadline);

    // then
    verify(service).lapse(APPLICATION_ID);
    verify(service, never()).decide(anyString(), any(), anyString(), anyBoolean(), any());
    verify(service, never()).issueGrant(anyString());
    assertThat(process)
        .hasPassed(LAPSE_APPLICATION, APPLICATION_LAPSED)
        .hasNotPassed(SECURITY_HEAD_DECIDES, BOTH_APPROVED)
        .isEnded();
    Assertions.assertThat(cancelled(process, DEPARTMENT_HEAD_DECIDES)).isTrue();
    Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    Assertions.assertThat(jobsOf(process)).isEmpty();
    Assertions.assertThat(historicVariable(process, "applicationStatus")).isEqualTo("LAPSED");
  }

  @Test
  void the_application_lapses_when_the_head_of_security_has_not_decided_by_the_final_deadline() {
    // given the department head approved, the head of security did not decide
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());
    when(service.lapse(APPLICATION_ID)).thenReturn(application("LAPSED"));
    ClockUtil.setCurrentTime(Date.from(T0.plus(Duration.ofHours(2))));
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", true, "Fine by me.");
    assertThat(process).isWaitingAtExactly(TWO_STEP_APPROVAL, SECURITY_HEAD_DECIDES);

    // when three days pass after the application (not after the first approval)
    ClockUtil.setCurrentTime(Date.from(T0.plus(LAPSE_AFTER).plusSeconds(60)));
    execute(job(FINAL_DEADLINE_PASSED, process));

    // then
    verify(service).lapse(APPLICATION_ID);
    verify(service, never())
        .decide(anyString(), eq(ApprovalStep.SECURITY_HEAD), anyString(), anyBoolean(), any());
    verify(service, never()).issueGrant(anyString());
    assertThat(process)
        .hasPassed(DEPARTMENT_HEAD_DECIDES, LAPSE_APPLICATION, APPLICATION_LAPSED)
        .hasNotPassed(APPROVED_BY_BOTH_HEADS, BOTH_APPROVED)
        .isEnded();
    Assertions.assertThat(cancelled(process, DEPARTMENT_HEAD_DECIDES)).isFalse();
    Assertions.assertThat(cancelled(process, SECURITY_HEAD_DECIDES)).isTrue();
    Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
    Assertions.assertThat(historicVariable(process, "applicationStatus")).isEqualTo("LAPSED");
  }

  @Test
  void the_start_event_and_both_decision_tasks_resolve_their_camunda_forms() throws IOException {
    // given
    ProcessInstance process = startedByApi();
    whenDepartmentHeadDecides(true).thenReturn(awaitingSecurityHead());
    String startForm =
        read(formService().getDeployedStartForm(processDefinition(PROCESS_KEY).getId()));
    String departmentHeadForm = read(formService().getDeployedTaskForm(task(process).getId()));
    decideAs(DEPARTMENT_HEAD, process, "departmentHead", true, "Fine by me.");

    // when
    String securityHeadForm = read(formService().getDeployedTaskForm(task(process).getId()));

    // then each form is the one its formRef names and asks for what the process reads
    assertForm(startForm, "recording-access-application", "orderNumber", "use", "reason");
    // the form repeats the kernel's one order-number format (a form cannot compute it)
    Assertions.assertThat(startForm)
        .contains("^" + com.meike.privacy.kernel.order.OrderNumberFormat.REGEX + "$");
    assertForm(
        departmentHeadForm,
        "recording-access-department-head-decision",
        "orderNumber",
        "useLabel",
        "reason",
        "applicant",
        "appliedAt",
        "departmentHeadApproved",
        "departmentHeadComment");
    assertForm(
        securityHeadForm,
        "recording-access-security-head-decision",
        "orderNumber",
        "useLabel",
        "reason",
        "applicant",
        "appliedAt",
        "departmentHeadApproved",
        "departmentHeadComment",
        "securityHeadApproved",
        "securityHeadComment");
  }

  private void assertForm(String form, String id, String... keys) {
    Assertions.assertThat(form).containsPattern("\"id\"\\s*:\\s*\"" + Pattern.quote(id) + "\"");
    for (String key : keys) {
      Assertions.assertThat(form).containsPattern("\"key\"\\s*:\\s*\"" + key + "\"");
    }
  }

  private String read(InputStream form) throws IOException {
    try (form) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_delegate_refuses_durations_that_would_fire_at_once() {
    Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new RecordingAccessProcess(service, Duration.ZERO, LAPSE_AFTER))
        .withMessageContaining("meike.recording-access.reminder-after");
    Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new RecordingAccessProcess(service, REMINDER_AFTER, Duration.ofHours(-1)))
        .withMessageContaining("meike.recording-access.lapse-after");
    verifyNoMoreInteractions(service);
  }

  // ---------------------------------------------------------------------------------------------

  private ProcessInstance startedByApi() {
    return EngineDoors.asApplication(
        () ->
            runtimeService()
                .startProcessInstanceByKey(PROCESS_KEY, Map.of("applicationId", APPLICATION_ID)));
  }

  private void decideAs(
      String user, ProcessInstance process, String prefix, boolean approved, String comment) {
    String taskId = task(process).getId();
    ProcessTestEngine.as(
        identityService(),
        user,
        () ->
            taskService()
                .complete(
                    taskId,
                    withVariables(prefix + "Approved", approved, prefix + "Comment", comment)));
  }

  private org.mockito.stubbing.OngoingStubbing<ApplicationView> whenDepartmentHeadDecides(
      boolean approved) {
    return when(
        service.decide(
            eq(APPLICATION_ID),
            eq(ApprovalStep.DEPARTMENT_HEAD),
            anyString(),
            eq(approved),
            any()));
  }

  private org.mockito.stubbing.OngoingStubbing<ApplicationView> whenSecurityHeadDecides(
      boolean approved) {
    return when(
        service.decide(
            eq(APPLICATION_ID), eq(ApprovalStep.SECURITY_HEAD), anyString(), eq(approved), any()));
  }

  private static List<Job> executableTimers(ProcessInstance process) {
    return managementService()
        .createJobQuery()
        .processInstanceId(process.getId())
        .timers()
        .executable()
        .list();
  }

  /** Was the activity left because the final deadline cancelled it (rather than completed)? */
  private static boolean cancelled(ProcessInstance process, String activityId) {
    return historyService()
            .createHistoricActivityInstanceQuery()
            .processInstanceId(process.getId())
            .activityId(activityId)
            .canceled()
            .count()
        == 1;
  }

  private static List<Job> jobsOf(ProcessInstance process) {
    return managementService().createJobQuery().processInstanceId(process.getId()).list();
  }

  private static Object historicVariable(ProcessInstance process, String name) {
    return historyService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(process.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }

  private static ApplicationView application(String status, DecisionView... decisions) {
    return new ApplicationView(
        APPLICATION_ID,
        ORDER_NUMBER,
        USE,
        REASON,
        APPLICANT,
        APPLIED_AT,
        status,
        DEPARTMENT_HEAD,
        SECURITY_HEAD,
        List.of(decisions),
        null);
  }

  private static DecisionView departmentHeadApproved() {
    return new DecisionView(
        "DEPARTMENT_HEAD", DEPARTMENT_HEAD, true, "Fine by me.", T0.plus(Duration.ofHours(1)));
  }

  private static ApplicationView awaitingSecurityHead() {
    return application("AWAITING_SECURITY_HEAD", departmentHeadApproved());
  }

  private static ApplicationView approvedByBoth() {
    return application(
        "APPROVED",
        departmentHeadApproved(),
        new DecisionView(
            "SECURITY_HEAD",
            SECURITY_HEAD,
            true,
            "Limited to this order.",
            T0.plus(Duration.ofHours(5))));
  }

  private static ApplicationView rejectedBy(ApprovalStep step) {
    DecisionView rejection =
        new DecisionView(
            step.name(),
            step == ApprovalStep.DEPARTMENT_HEAD ? DEPARTMENT_HEAD : SECURITY_HEAD,
            false,
            "Rejected",
            T0.plus(Duration.ofHours(3)));
    return step == ApprovalStep.DEPARTMENT_HEAD
        ? application("REJECTED", rejection)
        : application("REJECTED", departmentHeadApproved(), rejection);
  }

  private static GrantView grant() {
    return new GrantView(
        GRANT_ID,
        APPLICATION_ID,
        ORDER_NUMBER,
        USE,
        APPLICANT,
        T0.plus(Duration.ofHours(5)),
        GRANT_EXPIRES_AT,
        null,
        "ACTIVE");
  }
}
