package com.meike.privacy.bpmn.partner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.partner.application.DeletionOrderPlaced;
import com.meike.privacy.partner.application.DeletionOrderReplied;
import com.meike.privacy.partner.application.DeletionOrderView;
import com.meike.privacy.partner.application.PartnerDeletionOrders;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code partner-deletion-order} on an in-memory engine, started and moved on by the
 * same CDI observer the server uses; the partner context's service is mocked.
 */
@Deployment(
    resources = {
      "processes/partner-deletion-order.bpmn",
      "forms/partner-deletion-order-chase.form"
    })
class PartnerDeletionOrderProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  ProcessEngine engine;

  static final String ORDER = "6f1c2b7e-8d1a-4a0e-9b3f-2c6d7e8f9a01";
  static final Instant ORDERED = Instant.parse("2026-12-01T02:00:00Z");
  static final String WAIT = "Gateway_AwaitReplies";
  static final String SILENCE = "Event_Silence";
  static final String CHASE = "UserTask_ChasePartners";

  PartnerDeletionOrders orders;
  DeletionOrderProcessStarter starter;
  DeletionOrderView current;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.build("partner-deletion-order-test");
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void wire() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(ORDERED));
    orders = mock(PartnerDeletionOrders.class);
    when(orders.order(ORDER, "system")).thenAnswer(call -> current);
    Mocks.register("deletionOrderProcess", new DeletionOrderProcess(orders));
    starter = new DeletionOrderProcessStarter();
    starter.runtime = engine.getRuntimeService();
    starter.ackTimeout = Duration.ofHours(24);
    current = view(List.of("getui", "sms"), List.of(), List.of());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    BpmnAwareTests.reset();
  }

  static DeletionOrderView view(
      List<String> outstanding, List<String> acknowledged, List<String> failed) {
    List<DeletionOrderView.Recipient> recipients = new ArrayList<>();
    outstanding.forEach(
        p ->
            recipients.add(
                new DeletionOrderView.Recipient(p, "m-" + p, "OUTSTANDING", null, null)));
    acknowledged.forEach(
        p ->
            recipients.add(
                new DeletionOrderView.Recipient(p, "m-" + p, "ACKNOWLEDGED", null, ORDERED)));
    failed.forEach(
        p ->
            recipients.add(
                new DeletionOrderView.Recipient(p, "m-" + p, "FAILED", "store offline", ORDERED)));
    boolean complete = outstanding.isEmpty() && failed.isEmpty();
    return new DeletionOrderView(
        ORDER,
        "u-1",
        "account cancelled",
        "privacy.officer",
        ORDERED,
        complete,
        complete ? ORDERED : null,
        outstanding,
        acknowledged,
        failed,
        recipients);
  }

  ProcessInstance placed() {
    starter.onPlaced(
        new DeletionOrderPlaced(ORDER, current.recipients().size(), current.complete()));
    return runtimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(ORDER)
        .singleResult();
  }

  void replied(String partner, String status, boolean complete) {
    starter.onReplied(
        new DeletionOrderReplied(
            ORDER, partner, status, "FAILED".equals(status) ? "store offline" : null, complete));
  }

  @Test
  void allAcknowledgedInTimeEndsWithoutATask() {
    ProcessInstance process = placed();
    assertThat(process).hasBusinessKey(ORDER).isWaitingAt(WAIT);
    Assertions.assertThat(job(SILENCE, process).getDuedate())
        .isEqualTo(Date.from(ORDERED.plus(Duration.ofHours(24))));

    current = view(List.of("sms"), List.of("getui"), List.of());
    replied("getui", "ACKNOWLEDGED", false);
    assertThat(process).isWaitingAt(WAIT);
    current = view(List.of(), List.of("getui", "sms"), List.of());
    replied("sms", "ACKNOWLEDGED", true);

    assertThat(process).isEnded().hasPassed("EndEvent_AllAcknowledged");
    Assertions.assertThat(taskService().createTaskQuery().count()).isZero();
  }

  @Test
  void anOrderWithNobodyToTellEndsAtOnce() {
    current = view(List.of(), List.of(), List.of());
    Assertions.assertThat(placed()).isNull();
    Assertions.assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .activityId("EndEvent_AlreadyComplete")
                .count())
        .isEqualTo(1);
  }

  @Test
  void silenceBeyondTheTimeoutRaisesATaskForOperationsListingWhoIsOutstanding() {
    ProcessInstance process = placed();
    current = view(List.of("sms"), List.of("getui"), List.of());
    execute(job(SILENCE, process));

    assertThat(process).isWaitingAt(CHASE);
    assertThat(task(process)).hasCandidateGroup("operations");
    assertThat(process)
        .variables()
        .containsEntry("partnersOutstanding", "sms")
        .containsEntry("partnersAcknowledged", "getui")
        .containsEntry("complete", false);

    assertThatThrownBy(
            () ->
                taskService()
                    .complete(task(process).getId(), withVariables("chaseOutcome", "IGNORED")))
        .hasMessageContaining("choose CHASED or ESCALATED");
    taskService().complete(task(process).getId(), withVariables("chaseOutcome", "ESCALATED"));
    // issue 17.6: the escalation reaches the privacy officer, who closes it with a note
    assertThat(process).isWaitingAt("UserTask_PrivacyOfficeEscalation");
    assertThat(task(process)).hasCandidateGroup("privacy-officer");
    assertThatThrownBy(
            () ->
                taskService()
                    .complete(task(process).getId(), withVariables("escalationOutcome", "CLOSED")))
        .hasMessageContaining("is required");
    taskService()
        .complete(
            task(process).getId(),
            withVariables(
                "escalationOutcome", "CLOSED", "escalationNote", "reported sms to the regulator"));
    assertThat(process).isEnded().hasPassed("EndEvent_Escalated");
  }

  @Test
  void thePrivacyOfficerWaitsForThePartnersAgainAndTheLastAcknowledgementEndsItsTask() {
    ProcessInstance process = placed();
    current = view(List.of("sms"), List.of("getui"), List.of());
    execute(job(SILENCE, process));
    taskService().complete(task(process).getId(), withVariables("chaseOutcome", "ESCALATED"));
    taskService()
        .complete(
            task(process).getId(),
            withVariables(
                "escalationOutcome",
                "WAIT_AGAIN",
                "escalationNote",
                "sms promised to delete today"));
    assertThat(process).isWaitingAt(WAIT);
    assertThat(process).variables().doesNotContainKeys("chaseOutcome", "escalationOutcome");

    execute(job(SILENCE, process));
    taskService().complete(task(process).getId(), withVariables("chaseOutcome", "ESCALATED"));
    assertThat(process).isWaitingAt("UserTask_PrivacyOfficeEscalation");
    current = view(List.of(), List.of("getui", "sms"), List.of());
    replied("sms", "ACKNOWLEDGED", true);
    assertThat(process).isEnded().hasPassed("EndEvent_CompletedWhileEscalated");
  }

  @Test
  void aFailureReplyRaisesTheTaskWithTheReasonAndChasingWaitsAgain() {
    ProcessInstance process = placed();
    current = view(List.of("getui"), List.of(), List.of("sms"));
    replied("sms", "FAILED", false);

    assertThat(process).isWaitingAt(CHASE);
    assertThat(process)
        .variables()
        .containsEntry("partnersFailed", "sms: store offline")
        .containsEntry("partnersOutstanding", "getui");
    taskService().complete(task(process).getId(), withVariables("chaseOutcome", "CHASED"));

    assertThat(process).isWaitingAt(WAIT);
    assertThat(process).variables().doesNotContainKey("chaseOutcome");
    current = view(List.of(), List.of("getui", "sms"), List.of());
    replied("sms", "ACKNOWLEDGED", true);
    assertThat(process).isEnded().hasPassed("EndEvent_AllAcknowledged");
  }

  @Test
  void theLastAcknowledgementWhileOperationsChaseEndsTheTask() {
    ProcessInstance process = placed();
    current = view(List.of("getui"), List.of(), List.of("sms"));
    replied("sms", "FAILED", false);
    assertThat(process).isWaitingAt(CHASE);

    current = view(List.of(), List.of("getui", "sms"), List.of());
    replied("getui", "ACKNOWLEDGED", true);
    assertThat(process).isEnded().hasPassed("EndEvent_CompletedWhileChasing");
  }
}
