package com.meike.privacy.bpmn.complaint;

import static com.meike.privacy.bpmn.complaint.ComplaintEscalationProcessTest.NUMBER;
import static com.meike.privacy.bpmn.complaint.ComplaintEscalationProcessTest.ORDER;
import static com.meike.privacy.bpmn.complaint.ComplaintEscalationProcessTest.view;
import static com.meike.privacy.bpmn.complaint.ComplaintEscalationProcessTest.withEvidence;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.engine.MockedFormFacts;
import com.meike.privacy.bpmn.engine.PersonalDataPlugin;
import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.bpmn.recording.RecordingAccessProcess;
import com.meike.privacy.bpmn.recording.RecordingAccessProcessStarter;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.RecordingAccessService;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Issue 17, item 5 / REC-7: customer service decides in the complaint task to request the visit
 * recording as dispute evidence. On the server's engine rules ({@link ProcessTestEngine}): the
 * decision applies through the incidents context (mocked here) for the complaint — never for an
 * order the process or the form names — with the deciding agent as applicant; the application's own
 * event starts {@code recording-access-approval} as the application, inside the agent's completion;
 * the task comes back to the agent, whose form shows the application's state.
 */
@Deployment(
    resources = {
      "processes/complaint-escalation.bpmn",
      "forms/complaint-customer-service.form",
      "forms/complaint-supervisor.form",
      "forms/complaint-privacy-office-legal.form",
      "processes/recording-access-approval.bpmn",
      "forms/recording-access-application.form",
      "forms/recording-access-department-head-decision.form",
      "forms/recording-access-security-head-decision.form",
      "forms/recording-access-urgent-review.form"
    })
class ComplaintRecordingRequestProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  ProcessEngine engine;

  static final String APPLICATION = "app-1";
  static final String REASON = "顾客否认美容师迟到，需听取上门录音 The customer denies the visit went as logged.";
  static final String SECOND_REASON =
      "王女士称录音中有争议，需再听一次 Ms Wang asks us to hear the recording again.";

  ComplaintService complaints;
  RecordingAccessService recordings;
  ComplaintView current;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.build(
        "complaint-recording-request-test",
        configuration ->
            configuration
                .getProcessEnginePlugins()
                .add(
                    new PersonalDataPlugin(
                        List.of(
                            new MockedFormFacts(
                                "complaintProcess",
                                new ComplaintProcess(mock(ComplaintService.class))),
                            new MockedFormFacts(
                                "recordingAccessProcess",
                                new RecordingAccessProcess(
                                    mock(RecordingAccessService.class),
                                    Duration.ofHours(24),
                                    Duration.ofDays(3)))))));
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void registerMockedServices() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(ComplaintEscalationProcessTest.FILED));
    complaints = mock(ComplaintService.class);
    recordings = mock(RecordingAccessService.class);
    Mocks.register("complaintProcess", new ComplaintProcess(complaints));
    Mocks.register(
        "recordingAccessProcess",
        new RecordingAccessProcess(recordings, Duration.ofHours(24), Duration.ofDays(3)));
    current = view("ORDER", ComplaintTier.CUSTOMER_SERVICE, "OPEN", 0, null);
    when(complaints.complaint(eq(NUMBER), anyString())).thenAnswer(call -> current);
    when(complaints.complaintForHandler(eq(NUMBER), anyString(), any()))
        .thenAnswer(call -> current);
    when(recordings.application(APPLICATION, "system", true))
        .thenReturn(
            new ApplicationView(
                APPLICATION,
                ORDER,
                "DISPUTE_EVIDENCE",
                "Complaint " + NUMBER + ": " + REASON,
                "cs.agent",
                ComplaintEscalationProcessTest.FILED,
                "AWAITING_DEPARTMENT_HEAD",
                "cs.head",
                "sec.head",
                List.of(),
                null));
    // The incidents context applies as the real one does: the recording context registers the
    // application and raises its event, on which bpmn's RecordingAccessProcessStarter starts the
    // approval as the application (here the same start, inside the agent's completion).
    when(complaints.applyForRecordingAccess(eq(NUMBER), anyString(), any(), anyString()))
        .thenAnswer(
            call -> {
              EngineDoors.asApplication(
                  () ->
                      runtimeService()
                          .startProcessInstanceByKey(
                              RecordingAccessProcessStarter.PROCESS_KEY,
                              APPLICATION,
                              Map.of("applicationId", APPLICATION)));
              current = withEvidence(current, "AWAITING_DEPARTMENT_HEAD", null);
              return new ComplaintView.RecordingAccessView(
                  APPLICATION,
                  call.getArgument(1),
                  Instant.now(),
                  "AWAITING_DEPARTMENT_HEAD",
                  null);
            });
    when(complaints.escalate(eq(NUMBER), any(), anyString(), anyString()))
        .thenAnswer(call -> current = view("ORDER", call.getArgument(1), "OPEN", 0, null));
    when(complaints.answer(eq(NUMBER), anyString(), anyString(), anyString()))
        .thenAnswer(call -> current = inState("ANSWERED"));
    when(complaints.close(NUMBER)).thenAnswer(call -> current = inState("CLOSED"));
  }

  @AfterEach
  void reset() {
    identityService().clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  @Test
  @DisplayName(
      "REC-7, CMP-1 (issue 17): customer service requests the visit recording from the complaint task; the approval starts for the complaint's order with the agent as applicant, and the task comes back to the agent showing its state")
  void the_agent_requests_the_recording_from_the_complaint_task() {
    ProcessInstance complaint = filed();

    // when the agent claims the complaint and decides to request the recording (the form also
    // names another order: the decision does not take it)
    decide(
        "cs.agent",
        complaint,
        Map.of(
            "customerServiceOutcome",
            "REQUEST_RECORDING",
            "recordingReason",
            REASON,
            "orderNumber",
            "MK2099010100000001"));

    // then the incidents context applied for this complaint, as the agent, with the agent's groups
    verify(complaints)
        .applyForRecordingAccess(
            eq(NUMBER),
            eq("cs.agent"),
            argThat(groups -> groups.contains("customer-service")),
            eq(REASON));
    // and the approval process runs for the application, waiting for the department head
    ProcessInstance approval = approval();
    assertThat(approval).isWaitingAt("UserTask_DepartmentHeadDecides");
    assertThat(approval).task().isAssignedTo("cs.head");

    // and the complaint is not answered: its task is back with the agent
    assertThat(complaint)
        .isWaitingAtExactly("SubProcess_HandleComplaint", "UserTask_CustomerService");
    assertThat(complaint).task().isAssignedTo("cs.agent");
    verify(complaints, never()).answer(anyString(), anyString(), any(), any());
    verify(complaints, never()).close(anyString());
    // the reason went into the application; the engine keeps neither it nor the choice
    assertThat(complaint)
        .variables()
        .doesNotContainKeys("recordingReason", "customerServiceOutcome")
        .containsEntry("decision", "REQUEST_RECORDING");

    // and the agent's form shows the application and its state
    identityService().setAuthentication("cs.agent", List.of("customer-service"));
    Map<String, Object> form;
    try {
      form = formService().getTaskFormVariables(task(complaint).getId());
    } finally {
      identityService().clearAuthentication();
    }
    Assertions.assertThat((String) form.get("recordingAccess"))
        .startsWith("待部门负责人审批 Awaiting the department head  application " + APPLICATION)
        .contains("applied by cs.agent");
  }

  @Test
  @DisplayName(
      "REC-7, CMP-1 (issue 17): the supervisor requests the visit recording from their complaint task; the approval starts with the supervisor as applicant, the task comes back to the same supervisor, who then answers")
  void the_supervisor_requests_the_recording_and_then_answers() {
    ProcessInstance complaint = filed();
    decide(
        "cs.agent",
        complaint,
        Map.of(
            "customerServiceOutcome",
            "ESCALATE",
            "customerServiceEscalationReason",
            "Asks for compensation beyond my limit."));
    assertThat(complaint).isWaitingAtExactly("SubProcess_HandleComplaint", "UserTask_Supervisor");

    // when the supervisor requests the recording: the application is made as the supervisor, and
    // the task is back with them
    requestsTheRecording(
        "cs.head", "cs-supervisor", complaint, "supervisorOutcome", "UserTask_Supervisor");
    // and the complaint is not escalated further
    verify(complaints, never())
        .escalate(anyString(), eq(ComplaintTier.PRIVACY_OFFICE_LEGAL), anyString(), anyString());
    Assertions.assertThat(formOf("cs.head", complaint).get("recordingAccess"))
        .asString()
        .startsWith("待部门负责人审批 Awaiting the department head  application " + APPLICATION);

    // and the supervisor answers from the same task: the complaint is closed
    answers("cs.head", complaint, "supervisorOutcome");
    assertThat(complaint).hasPassed("EndEvent_RecordingRequestedBySupervisor").isEnded();
  }

  @Test
  @DisplayName(
      "REC-7, CMP-1 (issue 17): legal requests the visit recording from the privacy office's complaint task; the approval starts with legal's counsel as applicant, the task comes back to them, who then answer")
  void the_privacy_office_requests_the_recording_and_then_answers() {
    current = view("RECORDING", ComplaintTier.PRIVACY_OFFICE_LEGAL, "OPEN", 0, null);
    ProcessInstance complaint = filed();
    assertThat(complaint)
        .isWaitingAtExactly("SubProcess_HandleComplaint", "UserTask_PrivacyOfficeLegal");

    // when legal's counsel requests the recording: the application is made as the counsel, and the
    // task is back with them, not with the group
    requestsTheRecording(
        "legal.counsel", "legal", complaint, "privacyOfficeOutcome", "UserTask_PrivacyOfficeLegal");

    // and the counsel answers from the same task: the complaint is closed
    answers("legal.counsel", complaint, "privacyOfficeOutcome");
    assertThat(complaint).hasPassed("EndEvent_RecordingRequestedByPrivacyOfficeLegal").isEnded();
  }

  @Test
  @DisplayName(
      "REC-7 (issue 17): every tier's complaint form offers the recording as evidence and asks why (required, 10 characters at least) only when it is chosen")
  void every_complaint_form_offers_the_recording_and_requires_a_reason() throws Exception {
    for (String[] form :
        new String[][] {
          {"complaint-customer-service", "customerServiceOutcome"},
          {"complaint-supervisor", "supervisorOutcome"},
          {"complaint-privacy-office-legal", "privacyOfficeOutcome"}
        }) {
      jakarta.json.JsonArray components;
      try (java.io.InputStream in =
              getClass().getClassLoader().getResourceAsStream("forms/" + form[0] + ".form");
          jakarta.json.JsonReader reader = jakarta.json.Json.createReader(in)) {
        components = reader.readObject().getJsonArray("components");
      }
      jakarta.json.JsonObject decision = component(components, form[1]);
      Assertions.assertThat(decision.getJsonArray("values"))
          .as(form[0])
          .extracting(value -> value.asJsonObject().getString("value"))
          .contains("ANSWER", "REQUEST_RECORDING");
      Assertions.assertThat(decision.getJsonObject("validate").getBoolean("required"))
          .as(form[0])
          .isTrue();
      jakarta.json.JsonObject reason = component(components, "recordingReason");
      Assertions.assertThat(reason.getJsonObject("validate").getBoolean("required"))
          .as(form[0])
          .isTrue();
      Assertions.assertThat(reason.getJsonObject("validate").getInt("minLength"))
          .as(form[0])
          .isEqualTo(10);
      Assertions.assertThat(reason.getJsonObject("conditional").getString("hide"))
          .as(form[0])
          .isEqualTo("=" + form[1] + " != \"REQUEST_RECORDING\"");
    }
  }

  private static jakarta.json.JsonObject component(jakarta.json.JsonArray components, String key) {
    return components.getValuesAs(jakarta.json.JsonObject.class).stream()
        .filter(component -> key.equals(component.getString("key", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key));
  }

  /**
   * {@code user} (of {@code group}) submits the complaint's form with the decision to request the
   * recording; then the application was made for this complaint as the user, the approval waits for
   * the department head, and the complaint's task is back with the user, unanswered, without the
   * reason or the choice.
   */
  private void requestsTheRecording(
      String user, String group, ProcessInstance complaint, String outcome, String taskKey) {
    submit(user, complaint, Map.of(outcome, "REQUEST_RECORDING", "recordingReason", REASON));

    verify(complaints)
        .applyForRecordingAccess(
            eq(NUMBER), eq(user), argThat(groups -> groups.contains(group)), eq(REASON));
    assertThat(approval()).isWaitingAt("UserTask_DepartmentHeadDecides");
    assertThat(complaint).isWaitingAtExactly("SubProcess_HandleComplaint", taskKey);
    assertThat(complaint).task().isAssignedTo(user);
    verify(complaints, never()).answer(anyString(), anyString(), any(), any());
    assertThat(complaint)
        .variables()
        .doesNotContainKeys("recordingReason", outcome)
        .containsEntry("decision", "REQUEST_RECORDING");
  }

  /** The complaint as it is now, in another state. */
  private ComplaintView inState(String state) {
    return view(current.about(), ComplaintTier.valueOf(current.tier()), state, 0, null);
  }

  /** {@code user} answers from the complaint's task (decision field {@code outcome}). */
  private void answers(String user, ProcessInstance complaint, String outcome) {
    String answer = "我们听取了录音并退还上门费用 We heard the recording and refund the visit.";
    submit(
        user, complaint, Map.of(outcome, "ANSWER", "answerText", answer, "resolution", "UPHELD"));
    verify(complaints).answer(NUMBER, user, answer, "UPHELD");
  }

  private ProcessInstance approval() {
    ProcessInstance approval =
        runtimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("recording-access-approval")
            .processInstanceBusinessKey(APPLICATION)
            .singleResult();
    Assertions.assertThat(approval).isNotNull();
    return approval;
  }

  /** The form's variables as {@code user} opens the complaint's task. */
  private Map<String, Object> formOf(String user, ProcessInstance process) {
    Map<String, Object> form = new HashMap<>();
    ProcessTestEngine.as(
        identityService(),
        user,
        () -> form.putAll(formService().getTaskFormVariables(task(process).getId())));
    return form;
  }

  /** Signs in as {@code user}, claims the task if nobody holds it and submits its form. */
  private void submit(String user, ProcessInstance process, Map<String, Object> variables) {
    ProcessTestEngine.as(
        identityService(),
        user,
        () -> {
          String task = task(process).getId();
          if (taskService().createTaskQuery().taskId(task).singleResult().getAssignee() == null) {
            taskService().claim(task, user);
          }
          formService().submitTaskForm(task, new HashMap<>(variables));
        });
  }

  @Test
  @DisplayName(
      "DATA-3, REC-7 (issue 17): the reason the agent types for the recording reaches the application only; the engine's runtime and history (variables, their updates, submitted form fields, the operation log) never hold it, whether the form is submitted as Tasklist does or the task completed over REST")
  void the_recording_reason_is_never_kept_by_the_engine() {
    ProcessInstance complaint = filed();
    String task = task(complaint).getId();

    // when the agent submits the form as Tasklist does (the form's own submission)
    ProcessTestEngine.as(
        identityService(),
        "cs.agent",
        () -> {
          taskService().claim(task, "cs.agent");
          formService()
              .submitTaskForm(
                  task,
                  Map.of("customerServiceOutcome", "REQUEST_RECORDING", "recordingReason", REASON));
        });
    // and, the task being back with the agent, a second application goes through REST's
    // complete (plain variables, no form handler)
    decide(
        "cs.agent",
        complaint,
        Map.of("customerServiceOutcome", "REQUEST_RECORDING", "recordingReason", SECOND_REASON));

    // then both reasons reached the application
    verify(complaints).applyForRecordingAccess(eq(NUMBER), eq("cs.agent"), any(), eq(REASON));
    verify(complaints)
        .applyForRecordingAccess(eq(NUMBER), eq("cs.agent"), any(), eq(SECOND_REASON));
    // and no table of the engine holds either, under any name
    Assertions.assertThat(engineTexts())
        .isNotEmpty()
        .noneMatch(text -> text.contains("美容师") || text.contains("denies the visit"))
        .noneMatch(text -> text.contains("王女士") || text.contains("recording again"));
    Assertions.assertThat(
            engine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .variableName("recordingReason")
                .includeDeleted()
                .count())
        .isZero();
  }

  /**
   * Every value the engine keeps of variables and submissions: runtime variables, historic variable
   * instances (deleted ones too), historic details (variable updates and submitted form fields) and
   * the user operation log.
   */
  private List<String> engineTexts() {
    List<String> texts = new java.util.ArrayList<>();
    runtimeService()
        .createVariableInstanceQuery()
        .list()
        .forEach(v -> texts.add(v.getName() + "=" + v.getValue()));
    engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .includeDeleted()
        .list()
        .forEach(v -> texts.add(v.getName() + "=" + v.getValue()));
    engine
        .getHistoryService()
        .createHistoricDetailQuery()
        .list()
        .forEach(
            detail -> {
              if (detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update) {
                texts.add(update.getVariableName() + "=" + update.getValue());
              } else if (detail instanceof org.camunda.bpm.engine.history.HistoricFormField field) {
                texts.add(field.getFieldId() + "=" + field.getFieldValue());
              } else {
                texts.add(detail.toString());
              }
            });
    engine
        .getHistoryService()
        .createUserOperationLogQuery()
        .list()
        .forEach(
            entry ->
                texts.add(
                    entry.getProperty() + "=" + entry.getOrgValue() + "->" + entry.getNewValue()));
    return texts;
  }

  @Test
  @DisplayName(
      "REC-7 (issue 17): a complaint that names no order has no recording to request; the agent reads why and the task stays")
  void a_complaint_without_an_order_has_no_recording_to_request() {
    current = view("SERVICE", ComplaintTier.CUSTOMER_SERVICE, "OPEN", 0, null);
    ProcessInstance complaint = filed();

    assertThatThrownBy(
            () ->
                decide(
                    "cs.agent",
                    complaint,
                    Map.of(
                        "customerServiceOutcome", "REQUEST_RECORDING", "recordingReason", REASON)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("没有")
        .hasMessageContaining("no order")
        .hasMessageNotContaining("ENGINE-")
        .hasMessageNotContaining("Exception");
    verify(complaints, never()).applyForRecordingAccess(any(), any(), any(), any());
    assertThat(complaint)
        .isWaitingAtExactly("SubProcess_HandleComplaint", "UserTask_CustomerService");
    Assertions.assertThat(
            runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("recording-access-approval")
                .count())
        .isZero();
  }

  private ProcessInstance filed() {
    return EngineDoors.asApplication(
        () ->
            runtimeService()
                .startProcessInstanceByKey(
                    "complaint-escalation", NUMBER, Map.of("complaintNumber", NUMBER)));
  }

  /** Signs in as {@code user}, claims the task and completes it with {@code variables}. */
  private void decide(String user, ProcessInstance process, Map<String, Object> variables) {
    ProcessTestEngine.signIn(identityService(), user);
    try {
      String task = task(process).getId();
      if (taskService().createTaskQuery().taskId(task).singleResult().getAssignee() == null) {
        taskService().claim(task, user);
      }
      taskService().complete(task, new HashMap<>(variables));
    } finally {
      identityService().clearAuthentication();
    }
  }
}
