package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NewTaskAuthorizationsTest {

  static final String ENGINE = "new-task-authorizations";
  static final String FIRST = "ops.head";
  static final String SECOND = "sec.head";

  /** Camunda's read of a person's grant of one task before it grants one. */
  static final String LOOK_UP =
      "SELECT * FROM ACT_RU_AUTHORIZATION WHERE TYPE_ = ? AND USER_ID_ = ?%";

  ProcessEngine engine;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void the_assignee_of_a_new_task_may_work_it_and_reassigning_it_back_and_forth_doubles_nothing()
      throws Exception {
    engine = ProcessTestEngine.build(ENGINE);
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "two-steps.bpmn",
            Bpmn.createExecutableProcess("two-steps")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("first")
                .camundaAssignee(FIRST)
                .userTask("second")
                .camundaAssignee(SECOND)
                .endEvent()
                .done())
        .deploy();
    TaskService tasks = engine.getTaskService();
    try (H2Statements statements = new H2Statements(ENGINE)) {

      // a new task: its assignee is granted it (and its history) without a look-up first
      String process =
          EngineDoors.asApplication(
              () -> engine.getRuntimeService().startProcessInstanceByKey("two-steps").getId());
      assertThat(statements.executions(LOOK_UP)).isZero();
      Task first = tasks.createTaskQuery().processInstanceId(process).singleResult();
      assertThat(grants(FIRST, first.getId())).isEqualTo(2);

      // an existing task is looked up: handed to another and back, its assignee holds one grant
      tasks.setAssignee(first.getId(), SECOND);
      tasks.setAssignee(first.getId(), FIRST);
      assertThat(statements.executions(LOOK_UP)).isPositive();
      assertThat(grants(FIRST, first.getId())).isEqualTo(2);

      // the assignee works the task, as the server's task permission (TASK_WORK) allows
      ProcessTestEngine.as(engine.getIdentityService(), FIRST, () -> tasks.complete(first.getId()));
      Task second = tasks.createTaskQuery().processInstanceId(process).singleResult();
      assertThat(second.getAssignee()).isEqualTo(SECOND);
      assertThat(grants(SECOND, second.getId())).isEqualTo(2);
    }
  }

  /** The assignee's grants of a task: on the task and on its history. */
  private long grants(String user, String taskId) {
    return engine
            .getAuthorizationService()
            .createAuthorizationQuery()
            .userIdIn(user)
            .resourceType(Resources.TASK)
            .resourceId(taskId)
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .count()
        + engine
            .getAuthorizationService()
            .createAuthorizationQuery()
            .userIdIn(user)
            .resourceType(Resources.HISTORIC_TASK)
            .resourceId(taskId)
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .count();
  }
}
