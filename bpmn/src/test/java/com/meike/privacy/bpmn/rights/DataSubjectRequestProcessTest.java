package com.meike.privacy.bpmn.rights;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.engine.MockedFormFacts;
import com.meike.privacy.bpmn.engine.PersonalDataPlugin;
import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.rights.application.DataSubjectRequests;
import com.meike.privacy.rights.application.RequestView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Every path of {@code data-subject-request} (DSR-1..7, ID-7) on an in-memory engine, with the
 * rights context's service mocked; the deadlines are computed on a calendar with the National Day
 * holiday of 2026, so the timers fall where the calendar says.
 */
@Deployment(
    resources = {
      "processes/data-subject-request.bpmn",
      "forms/dsr-verify-identity.form",
      "forms/dsr-answer.form"
    })
class DataSubjectRequestProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  ProcessEngine engine;

  static final String KEY = "data-subject-request";
  static final String ID = "6f1c2a8e-0000-4000-8000-000000000015";

  /** The end of the 10th working day after Monday 2026-09-28 across National Day: 2026-10-19. */
  static final Instant FEE_ACCEPT_BY = Instant.parse("2026-10-19T16:00:00Z");

  /** Monday 2026-09-28, 10:00 in Shanghai. */
  static final Instant NOW = Instant.parse("2026-09-28T02:00:00Z");

  DataSubjectRequests service;
  RequestView current;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.build(
        "data-subject-request-test",
        configuration -> {
          configuration
              .getProcessEnginePlugins()
              .add(
                  new PersonalDataPlugin(
                      List.of(
                          new MockedFormFacts(
                              "dataSubjectRequestProcess",
                              new DataSubjectRequestProcess(mock(DataSubjectRequests.class))))));
        });
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  static WorkingDayCalendar nationalDay() {
    List<LocalDate> holidays = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      holidays.add(LocalDate.of(2026, 10, d));
    }
    return WorkingDayCalendar.of(holidays, List.of(LocalDate.of(2026, 10, 10)));
  }

  static RequestView view(String kind, String verification, String state) {
    return view(kind, verification, state, LocalDate.of(2026, 9, 28), 15, null);
  }

  /**
   * A view whose clock runs {@code days} working days from {@code day0} (none while awaiting
   * verification or a fee, or once closed), with {@code fee} if one was charged.
   */
  static RequestView view(
      String kind,
      String verification,
      String state,
      LocalDate day0,
      int days,
      RequestView.FeeView fee) {
    boolean running = List.of("IN_PROGRESS", "FULFILLED", "REFUSED").contains(state);
    WorkingDayCalendar calendar = nationalDay();
    LocalDate last = calendar.plusWorkingDays(day0, days);
    return new RequestView(
        ID,
        "acc-1",
        "acc-1",
        "APP",
        "",
        kind,
        "",
        null,
        null,
        verification,
        state,
        false,
        NOW,
        running ? NOW : null,
        running ? last : null,
        running ? WorkingDayCalendar.endOf(last, WorkingDayCalendar.CHINA) : null,
        running
            ? WorkingDayCalendar.endOf(
                calendar.plusWorkingDays(day0, Math.max(0, days - 5)), WorkingDayCalendar.CHINA)
            : null,
        running
            ? WorkingDayCalendar.endOf(
                calendar.plusWorkingDays(day0, days - 1), WorkingDayCalendar.CHINA)
            : null,
        false,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        fee);
  }

  @BeforeEach
  void mockedService() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    service = mock(DataSubjectRequests.class);
    Mocks.register("dataSubjectRequestProcess", new DataSubjectRequestProcess(service));
    when(service.request(eq(ID), anyString())).thenAnswer(call -> current);
    when(service.verifyByStaff(
            eq(ID), anyString(), anyBoolean(), org.mockito.ArgumentMatchers.any()))
        .thenAnswer(
            call ->
                current =
                    view(
                        current.kind(),
                        current.verification(),
                        (boolean) call.getArgument(2) ? "IN_PROGRESS" : "NOT_VERIFIED"));
    when(service.verificationLapsed(ID))
        .thenAnswer(call -> current = view(current.kind(), current.verification(), "NOT_VERIFIED"));
    when(service.fulfil(eq(ID), anyString(), anyString(), org.mockito.ArgumentMatchers.anyMap()))
        .thenAnswer(call -> current = view(current.kind(), current.verification(), "FULFILLED"));
    when(service.refuse(eq(ID), anyString(), anyString(), anyString()))
        .thenAnswer(call -> current = view(current.kind(), current.verification(), "REFUSED"));
    when(service.chargeFee(eq(ID), anyString(), any(BigDecimal.class), anyString()))
        .thenAnswer(
            call ->
                current =
                    view(
                        current.kind(),
                        current.verification(),
                        "AWAITING_FEE",
                        LocalDate.of(2026, 9, 28),
                        15,
                        new RequestView.FeeView(
                            call.getArgument(2),
                            "CNY",
                            call.getArgument(3),
                            NOW,
                            FEE_ACCEPT_BY,
                            null,
                            10)));
    when(service.feeLapsed(ID))
        .thenAnswer(
            call ->
                current =
                    view(
                        current.kind(),
                        current.verification(),
                        "FEE_LAPSED",
                        LocalDate.of(2026, 9, 28),
                        15,
                        current.fee()));
    when(service.escalate(ID)).thenAnswer(call -> current);
    when(service.markOverdue(ID)).thenAnswer(call -> current);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    BpmnAwareTests.reset();
  }

  ProcessInstance start(String kind, String verification) {
    current = view(kind, verification, "AWAITING_VERIFICATION");
    return EngineDoors.asApplication(
        () -> runtimeService().startProcessInstanceByKey(KEY, ID, withVariables("requestId", ID)));
  }

  void complete(ProcessInstance process, String user, java.util.Map<String, Object> variables) {
    String id = task(process).getId();
    taskService().claim(id, user);
    taskService().complete(id, variables);
  }

  void codeVerified() {
    current = view(current.kind(), current.verification(), "IN_PROGRESS");
    runtimeService()
        .createMessageCorrelation(DataSubjectRequestProcessStarter.IDENTITY_VERIFIED)
        .processInstanceBusinessKey(ID)
        .correlateAllWithResult();
  }

  @Test
  @DisplayName(
      "DSR-5, DSR-6: an app request waits for the code; verification starts the 15-working-day timers across National Day")
  void codeThenTimersAcrossAHoliday() {
    ProcessInstance process = start("ACCESS", "PHONE_CODE");
    assertThat(process).isWaitingAt("Gateway_AwaitCode");
    verify(service, never())
        .fulfil(anyString(), anyString(), anyString(), org.mockito.ArgumentMatchers.anyMap());
    codeVerified();
    assertThat(process).isWaitingAt("UserTask_Answer");
    assertThat(task(process)).hasCandidateGroup("customer-service");
    // Tasklist sorts and shows the task by the request's legal deadline (issue 17)
    Assertions.assertThat(task(process).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-10-23T16:00:00Z")));
    Assertions.assertThat(task(process).getName())
        .isEqualTo("答复请求 Answer the request · 请求 Request " + ID.substring(0, 8));
    Assertions.assertThat(job("BoundaryEvent_Deadline", process).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-10-23T16:00:00Z")));
    Assertions.assertThat(job("BoundaryEvent_Reminder", process).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-10-16T16:00:00Z")));
    Assertions.assertThat(job("BoundaryEvent_Escalation", process).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-10-22T16:00:00Z")));
    assertThat(process)
        .variables()
        .containsEntry("lastDay", "2026-10-23")
        .doesNotContainKeys("details", "answerText");
  }

  @Test
  @DisplayName("DSR-5: without a code in 10 days nothing happens and the request closes unverified")
  void noCode() {
    ProcessInstance process = start("DELETION", "PHONE_CODE");
    execute(job("Event_WindowOver", process));
    verify(service).verificationLapsed(ID);
    assertThat(process).isEnded().hasPassed("EndEvent_Lapsed");
    verify(service, never())
        .fulfil(anyString(), anyString(), anyString(), org.mockito.ArgumentMatchers.anyMap());
  }

  @Test
  @DisplayName("DSR-5, ID-7: customer service cannot verify a cancellation: nothing is acted on")
  void staffCannotVerify() {
    ProcessInstance process = start("CANCELLATION", "STAFF");
    assertThat(process).isWaitingAt("UserTask_VerifyIdentity");
    assertThat(task(process)).hasCandidateGroup("customer-service");
    complete(process, "cs.agent", withVariables("verified", "false"));
    assertThat(process).isEnded().hasPassed("EndEvent_NotVerified");
    verify(service, never())
        .fulfil(anyString(), anyString(), anyString(), org.mockito.ArgumentMatchers.anyMap());
  }

  @Test
  @DisplayName(
      "ID-7, DSR-2: a verified cancellation goes to the privacy officer and is carried out on FULFIL")
  void cancellationFulfilled() {
    ProcessInstance process = start("CANCELLATION", "STAFF");
    complete(
        process,
        "cs.agent",
        withVariables("verified", "true", "verificationMethod", "call-back, ID card"));
    assertThat(process).isWaitingAt("UserTask_Answer");
    assertThat(task(process)).hasCandidateGroup("privacy-officer");
    complete(
        process, "privacy.officer", withVariables("decision", "FULFIL", "answerText", "账户已注销。"));
    verify(service).fulfil(eq(ID), eq("privacy.officer"), eq("账户已注销。"), eq(java.util.Map.of()));
    assertThat(process).isEnded().hasPassed("EndEvent_Answered");
    assertThat(process).variables().doesNotContainKeys("answerText", "verificationMethod");
  }

  @Test
  @DisplayName(
      "DSR-2 (CORRECTION): the handler's corrected values reach the service on FULFIL and leave no process variable")
  void correctionCarriesTheCorrectedValues() {
    ProcessInstance process = start("CORRECTION", "PHONE_CODE");
    codeVerified();
    complete(
        process,
        "cs.agent",
        withVariables(
            "decision",
            "FULFIL",
            "answerText",
            "已更正。",
            "corrected_contactPhone",
            "+8613900000000",
            "corrected_contactName",
            " "));
    verify(service)
        .fulfil(
            eq(ID),
            eq("cs.agent"),
            eq("已更正。"),
            eq(java.util.Map.of("contactPhone", "+8613900000000")));
    assertThat(process).isEnded().hasPassed("EndEvent_Answered");
    assertThat(process)
        .variables()
        .doesNotContainKeys("answerText", "corrected_contactPhone", "corrected_contactName");
  }

  @Test
  @DisplayName(
      "DSR-2 (CORRECTION): when the correction or the notice to its recipients cannot be made, nothing is answered and the task stays open with the values")
  void correctionThatCannotReachItsRecipientsStaysOpen() {
    ProcessInstance process = start("CORRECTION", "PHONE_CODE");
    codeVerified();
    when(service.fulfil(eq(ID), eq("cs.agent"), anyString(), anyMap()))
        .thenThrow(DomainException.conflict("no context holds serviceAddress about the person"));
    taskService().claim(task(process).getId(), "cs.agent");

    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        task(process).getId(),
                        withVariables(
                            "decision",
                            "FULFIL",
                            "answerText",
                            "已更正。",
                            "corrected_serviceAddress",
                            "上海市新地址2号")))
        .isInstanceOf(RuntimeException.class);

    assertThat(process).isWaitingAt("UserTask_Answer");
    verify(service)
        .fulfil(
            eq(ID), eq("cs.agent"), eq("已更正。"), eq(java.util.Map.of("serviceAddress", "上海市新地址2号")));
  }

  @Test
  @DisplayName("DSR-2: a refusal names its ground; without one the task stays open")
  void refusal() {
    ProcessInstance process = start("DELETION", "PHONE_CODE");
    codeVerified();
    when(service.refuse(eq(ID), eq("privacy.officer"), isNull(), anyString()))
        .thenThrow(DomainException.invalid("refusalGround", "required"));
    taskService().claim(task(process).getId(), "privacy.officer");
    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        task(process).getId(),
                        withVariables("decision", "REFUSE", "answerText", "不能删除。")))
        .isInstanceOf(RuntimeException.class);
    assertThat(process).isWaitingAt("UserTask_Answer");
    taskService()
        .complete(
            task(process).getId(),
            withVariables(
                "decision", "REFUSE", "refusalGround", "CRIMINAL_JUSTICE", "answerText", "不能删除。"));
    verify(service).refuse(eq(ID), eq("privacy.officer"), eq("CRIMINAL_JUSTICE"), eq("不能删除。"));
    assertThat(process).isEnded();
    // Cockpit shows the ground as people read it, not its code
    assertThat(process)
        .variables()
        .containsEntry(
            "refusalGroundLabel",
            com.meike.privacy.rights.application.RefusalGrounds.label("CRIMINAL_JUSTICE"))
        .doesNotContainKey("refusalGround");
  }

  @Test
  @DisplayName(
      "DSR-6: reminder, then escalation to the privacy officer before the deadline, then overdue; the answer still closes it")
  void reminderEscalationOverdue() {
    ProcessInstance process = start("ACCESS", "PHONE_CODE");
    codeVerified();
    execute(job("BoundaryEvent_Reminder", process));
    verify(service).remind(ID);
    execute(job("BoundaryEvent_Escalation", process));
    verify(service).escalate(ID);
    assertThat(task(process)).hasCandidateGroup("privacy-officer");
    execute(job("BoundaryEvent_Deadline", process));
    verify(service).markOverdue(ID);
    assertThat(process).isWaitingAt("UserTask_Answer");
    complete(process, "privacy.officer", withVariables("decision", "FULFIL", "answerText", "已生成。"));
    assertThat(process)
        .isEnded()
        .hasPassed(
            "EndEvent_Answered", "EndEvent_Escalated", "EndEvent_Overdue", "EndEvent_Reminded");
  }

  @Test
  @DisplayName(
      "DSR-6: a fee charged for a repeated request pauses the clock; accepted, the answer task returns with the days that were left")
  void feeAccepted() {
    ProcessInstance process = start("ACCESS", "PHONE_CODE");
    codeVerified();
    complete(
        process,
        "cs.agent",
        withVariables("decision", "CHARGE", "feeAmount", 20L, "feeReason", "三十天内第三次同类请求"));
    verify(service).chargeFee(ID, "cs.agent", new BigDecimal("20"), "三十天内第三次同类请求");
    assertThat(process).isWaitingAt("Gateway_AwaitFee");
    // the clock is paused: no answer task, no reminder, escalation or deadline timer
    Assertions.assertThat(
            taskService().createTaskQuery().processInstanceId(process.getId()).count())
        .isZero();
    Assertions.assertThat(job("Event_FeeDeadline", process).getDuedate())
        .isEqualTo(Date.from(FEE_ACCEPT_BY));
    assertThat(process).variables().doesNotContainKey("feeReason");

    // the person accepts on Monday 2026-10-12 with 10 working days left: last day 2026-10-26
    current =
        view("ACCESS", "PHONE_CODE", "IN_PROGRESS", LocalDate.of(2026, 10, 12), 10, current.fee());
    runtimeService()
        .createMessageCorrelation(DataSubjectRequestProcessStarter.FEE_ACCEPTED)
        .processInstanceBusinessKey(ID)
        .correlateAllWithResult();
    assertThat(process).isWaitingAt("UserTask_Answer");
    Assertions.assertThat(job("BoundaryEvent_Deadline", process).getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-10-26T16:00:00Z")));
    Assertions.assertThat(task(process).getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-10-26T16:00:00Z")));
    complete(process, "cs.agent", withVariables("decision", "FULFIL", "answerText", "已生成。"));
    verify(service).fulfil(eq(ID), eq("cs.agent"), eq("已生成。"), anyMap());
    assertThat(process).isEnded().hasPassed("Event_FeeAccepted", "EndEvent_Answered");
  }

  @Test
  @DisplayName(
      "DSR-6: a fee not accepted by its deadline closes the request as lapsed; nothing is carried out")
  void feeLapsed() {
    ProcessInstance process = start("DELETION", "PHONE_CODE");
    codeVerified();
    complete(
        process,
        "privacy.officer",
        withVariables("decision", "CHARGE", "feeAmount", "15.50", "feeReason", "超出合理限度的请求"));
    verify(service).chargeFee(ID, "privacy.officer", new BigDecimal("15.50"), "超出合理限度的请求");
    execute(job("Event_FeeDeadline", process));
    verify(service).feeLapsed(ID);
    assertThat(process).isEnded().hasPassed("EndEvent_FeeLapsed").hasNotPassed("EndEvent_Answered");
    verify(service, never()).fulfil(anyString(), anyString(), anyString(), anyMap());
  }

  @Test
  @DisplayName(
      "DSR-6: a fee the service refuses (negative, no reason) or an amount that is no number leaves the task open")
  void badFeeLeavesTheTaskOpen() {
    ProcessInstance process = start("ACCESS", "PHONE_CODE");
    codeVerified();
    when(service.chargeFee(eq(ID), anyString(), eq(new BigDecimal("-5")), anyString()))
        .thenThrow(DomainException.invalid("feeAmount", "a fee is a positive amount in CNY"));
    taskService().claim(task(process).getId(), "cs.agent");
    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        task(process).getId(),
                        withVariables("decision", "CHARGE", "feeAmount", -5L, "feeReason", "重复")))
        .hasRootCauseInstanceOf(DomainException.class);
    Assertions.assertThatThrownBy(
            () ->
                taskService()
                    .complete(
                        task(process).getId(),
                        withVariables("decision", "CHARGE", "feeAmount", "二十", "feeReason", "重复")))
        .hasRootCauseInstanceOf(DomainException.class)
        .rootCause()
        .isInstanceOfSatisfying(
            DomainException.class, e -> Assertions.assertThat(e.field()).isEqualTo("feeAmount"));
    assertThat(process).isWaitingAt("UserTask_Answer");
  }

  @Test
  @DisplayName(
      "DSR-4: an EXPLANATION goes to the privacy office and is answered with the rule and its inputs")
  void explanationAnswered() {
    ProcessInstance process = start("EXPLANATION", "PHONE_CODE");
    codeVerified();
    assertThat(task(process)).hasCandidateGroup("privacy-officer");
    Assertions.assertThat(
            taskService()
                .createTaskQuery()
                .processInstanceId(process.getId())
                .taskCandidateGroup("customer-service")
                .count())
        .isZero();
    String rule = "规则：评分1–2的差评自动保全该订单录音（ORD-4）。输入：您的评分2、订单号。如不同意，可一键投诉，由专人复核。";
    complete(process, "privacy.officer", withVariables("decision", "FULFIL", "answerText", rule));
    verify(service).fulfil(ID, "privacy.officer", rule, java.util.Map.of());
    assertThat(process).isEnded().hasPassed("EndEvent_Answered");
    assertThat(process).variables().doesNotContainKey("answerText");
  }

  @Test
  @DisplayName(
      "DSR-6: the answer form tells the handler the fee a returning task was charged with and whether it was accepted")
  void answerFormShowsTheFee() {
    RequestView.FeeView waiting =
        new RequestView.FeeView(
            new BigDecimal("20.00"), "CNY", "重复请求", NOW, FEE_ACCEPT_BY, null, 10);
    Assertions.assertThat(DataSubjectRequestProcess.feeFact(null)).isEqualTo("—");
    Assertions.assertThat(DataSubjectRequestProcess.feeFact(waiting))
        .contains("20.00 元 CNY")
        .contains("待申请人确认");
    RequestView.FeeView accepted =
        new RequestView.FeeView(
            new BigDecimal("20.00"),
            "CNY",
            "重复请求",
            NOW,
            FEE_ACCEPT_BY,
            Instant.parse("2026-10-12T02:00:00Z"),
            10);
    Assertions.assertThat(DataSubjectRequestProcess.feeFact(accepted))
        .contains("20.00 元 CNY")
        .contains("2026年10月12日 10:00")
        .contains("accepted by the person");
  }
}
