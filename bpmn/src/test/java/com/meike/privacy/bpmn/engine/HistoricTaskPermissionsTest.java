package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.staff.StaffGroups;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the History tab of a task opened before historic task permissions existed — its
 * candidates read its history after the next start, once, and nobody else does.
 */
class HistoricTaskPermissionsTest {

  ProcessEngine engine;
  String task;

  @BeforeEach
  void anOlderOpenTask() {
    engine = ProcessTestEngine.build("historic-task-permissions-test");
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "older.bpmn",
            Bpmn.createExecutableProcess("older-case")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("decide")
                .camundaCandidateGroups(StaffGroups.PRIVACY_OFFICER)
                .endEvent()
                .done())
        .deploy();
    EngineDoors.asApplication(
        () -> engine.getRuntimeService().startProcessInstanceByKey("older-case"));
    task = engine.getTaskService().createTaskQuery().singleResult().getId();
    // as the release before historic task permissions left it: the task's grants, none on its
    // history
    engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_TASK)
        .resourceId(task)
        .list()
        .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
    engine.getManagementService().deleteProperty(HistoricTaskPermissions.DONE);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  @DisplayName(
      "issue 17: an open task from before the release shows its history to its candidates after the next start (not to others); a second start adds nothing")
  void an_older_tasks_history_opens_to_its_candidates_once() {
    assertThat(seesHistory("privacy.officer")).as("before the start").isFalse();

    assertThat(HistoricTaskPermissions.backfill(engine)).isOne();

    assertThat(seesHistory("privacy.officer")).isTrue();
    assertThat(seesHistory("cs.agent")).as("not a candidate").isFalse();
    assertThat(HistoricTaskPermissions.backfill(engine)).as("the next start").isZero();
    assertThat(
            engine
                .getAuthorizationService()
                .createAuthorizationQuery()
                .resourceType(Resources.HISTORIC_TASK)
                .resourceId(task)
                .count())
        .isOne();
  }

  /** Whether {@code user}'s History tab finds the task (Tasklist asks the historic task query). */
  boolean seesHistory(String user) {
    boolean[] seen = new boolean[1];
    ProcessTestEngine.as(
        engine.getIdentityService(),
        user,
        () ->
            seen[0] =
                engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task).count()
                    == 1);
    return seen[0];
  }
}
