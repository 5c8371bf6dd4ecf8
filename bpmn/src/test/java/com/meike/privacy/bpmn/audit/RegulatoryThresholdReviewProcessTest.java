package com.meike.privacy.bpmn.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.bpmn.engine.ProcessTestEngine;
import com.meike.privacy.rights.application.RegulatoryCounters;
import com.meike.privacy.rights.application.RegulatoryCounters.CountersView;
import com.meike.privacy.rights.application.RegulatoryCounters.ThresholdView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
 * Every path of {@code regulatory-threshold-review} on an in-memory engine: the daily timer, a
 * standing that needs the privacy office, the same standing not raised twice, a worse one raised
 * again; the counters service is mocked.
 */
@Deployment(
    resources = {
      "processes/regulatory-threshold-review.bpmn",
      "forms/regulatory-threshold-review.form"
    })
@DisplayName("AUD-4: the privacy office is shown a regulatory threshold when it comes near")
class RegulatoryThresholdReviewProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

  ProcessEngine engine;

  static final Instant MORNING = Instant.parse("2026-12-07T01:00:00Z");
  static final String REVIEW = "UserTask_ReviewThresholds";

  RegulatoryCounters counters;

  static ProcessEngine inMemoryEngine() {
    return ProcessTestEngine.build("regulatory-threshold-review-test");
  }

  @AfterAll
  static void closeEngine() {
    EXTENSION.getProcessEngine().close();
  }

  @BeforeEach
  void wire() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(MORNING));
    counters = mock(RegulatoryCounters.class);
    Mocks.register("regulatoryThresholdReview", new RegulatoryThresholdReview(counters));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    BpmnAwareTests.reset();
  }

  static CountersView standing(long abroad, String abroadState) {
    return new CountersView(
        MORNING,
        LocalDate.of(2026, 1, 1),
        abroad,
        10,
        42,
        2_400_000,
        80,
        List.of(
            new ThresholdView(
                "ABROAD_SENSITIVE", "sensitive abroad", 10, 10_000, "BELOW", "未接近 Below", "assess"),
            new ThresholdView(
                "ABROAD",
                "abroad",
                abroad,
                100_000,
                abroadState,
                abroadState,
                "file the standard contract"),
            new ThresholdView(
                "ABROAD_LARGE",
                "abroad (assessment)",
                abroad,
                1_000_000,
                "BELOW",
                "未接近 Below",
                "assess"),
            new ThresholdView(
                "TOTAL_PEOPLE", "people", 2_400_000, 10_000_000, "BELOW", "未接近 Below", "audit")));
  }

  /** Runs the morning's timer job, as the job executor does; returns the instance it started. */
  HistoricProcessInstance morning() {
    Job timer = managementService().createJobQuery().timers().singleResult();
    Assertions.assertThat(timer).as("one daily timer waits").isNotNull();
    managementService().executeJob(timer.getId());
    return historyService()
        .createHistoricProcessInstanceQuery()
        .orderByProcessInstanceStartTime()
        .desc()
        .listPage(0, 1)
        .get(0);
  }

  Task reviewTask() {
    return taskService().createTaskQuery().taskDefinitionKey(REVIEW).singleResult();
  }

  @Test
  @DisplayName("AUD-4: every threshold below — the morning's count ends without a task")
  void nothingNear() {
    when(counters.counters("system")).thenReturn(standing(1_000, "BELOW"));

    HistoricProcessInstance run = morning();

    Assertions.assertThat(run.getEndActivityId()).isEqualTo("EndEvent_NothingNew");
    Assertions.assertThat(reviewTask()).isNull();
  }

  @Test
  @DisplayName(
      "AUD-4: a threshold near raises one task for the privacy officer, with the counts and what the law asks")
  void aThresholdNearIsReviewedOnce() {
    when(counters.counters("system")).thenReturn(standing(86_120, "NEAR"));

    morning();

    Task task = reviewTask();
    Assertions.assertThat(task).isNotNull();
    assertThat(task).hasCandidateGroup("privacy-officer");
    Map<String, Object> facts = taskService().getVariables(task.getId());
    Assertions.assertThat(facts)
        .containsEntry("peopleAbroad", 86_120L)
        .containsEntry("childrenUnder14", 42L)
        .containsEntry("countersAsOf", "2026年12月7日 09:00 (北京时间 China time)");
    Assertions.assertThat((String) facts.get("attention"))
        .contains("86120 / 100000", "file the standard contract");
    Assertions.assertThat(task.getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-12-14T01:00:00Z")));

    assertThatThrownBy(() -> taskService().complete(task.getId(), Map.of("reviewNote", " ")))
        .hasMessageContaining("Say what the privacy office will do");
    taskService()
        .complete(
            task.getId(),
            Map.of("reviewNote", "Standard contract filing started; legal by 2026-12-20"));
    Assertions.assertThat(
            historyService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getEndActivityId())
        .isEqualTo("EndEvent_Reviewed");

    // the next morning, the same standing is not raised again
    ClockUtil.setCurrentTime(Date.from(MORNING.plusSeconds(86_400)));
    HistoricProcessInstance next = morning();
    Assertions.assertThat(next.getEndActivityId()).isEqualTo("EndEvent_NothingNew");
    Assertions.assertThat(reviewTask()).isNull();

    // a worse standing is
    when(counters.counters("system")).thenReturn(standing(100_400, "REACHED"));
    ClockUtil.setCurrentTime(Date.from(MORNING.plusSeconds(2 * 86_400)));
    morning();
    Assertions.assertThat(reviewTask()).isNotNull();
    Assertions.assertThat(
            runtimeService().createProcessInstanceQuery().singleResult().getBusinessKey())
        .isEqualTo(
            "2026:ABROAD_SENSITIVE=BELOW,ABROAD=REACHED,ABROAD_LARGE=BELOW,TOTAL_PEOPLE=BELOW");
  }
}
