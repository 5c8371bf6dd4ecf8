package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.testsupport.InMemoryEngine;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tasklist's filters (issue 17) on an in-memory engine, as EngineSetup creates them. */
class TaskFiltersTest {

  static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    engine =
        InMemoryEngine.build(
            "task-filters-test", config -> ServerEngineRules.apply(config, comment -> {}));
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "complaint.bpmn",
            Bpmn.createExecutableProcess("complaint-escalation")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work")
                .camundaCandidateGroups("customer-service")
                .endEvent()
                .done())
        .deploy();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  @DisplayName(
      "issue 17: a claimed complaint stays in the group's filter; every kind of work has a bilingual filter sorted by due date; a second start updates, never duplicates")
  void claimed_tasks_stay_in_the_kind_of_work_filter_and_filters_are_idempotent() {
    EngineSetup.createFilters(
        engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
    EngineSetup.createFilters(
        engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService());
    assertThat(engine.getFilterService().createFilterQuery().count())
        .isEqualTo(TaskFilters.all().size());
    for (String key :
        List.of("breach-notification", "data-subject-request", "shutdown-data-disposal")) {
      assertThat(TaskFilters.KINDS_OF_WORK)
          .anyMatch(definition -> definition.processKeys().contains(key));
    }

    EngineDoors.asApplication(
        () -> engine.getRuntimeService().startProcessInstanceByKey("complaint-escalation"));
    Task task = engine.getTaskService().createTaskQuery().singleResult();
    engine.getTaskService().claim(task.getId(), "cs.agent");

    Filter complaints =
        engine.getFilterService().createFilterQuery().filterName("客诉 Complaints").singleResult();
    assertThat(complaints.getProperties()).containsKey("variables");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> shown =
        (List<Map<String, String>>) complaints.getProperties().get("variables");
    assertThat(shown).extracting(v -> v.get("name")).contains("complaintNumber");

    engine.getIdentityService().setAuthentication("cs.colleague", List.of("customer-service"));
    try {
      List<Task> listed = engine.getFilterService().list(complaints.getId());
      assertThat(listed).extracting(Task::getId).containsExactly(task.getId());
      assertThat(listed.get(0).getAssignee()).isEqualTo("cs.agent");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
