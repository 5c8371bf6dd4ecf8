package com.meike.privacy.bpmn.engine;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasklist's History tab and comments for tasks opened before historic task permissions were
 * switched on (issue 17, {@link ServerEngineRules}): the engine grants them as a task gets its
 * assignee and candidates, so an older open task has none and its History tab stays empty for the
 * people it is for. Once per database, at start-up, every open task's assignee and candidate users
 * and groups get what the engine grants a new task's ({@code READ} and {@code READ_VARIABLE} on
 * that task's history); a grant already there is left alone. An engine property marks it done, so
 * later starts read one row.
 */
final class HistoricTaskPermissions {

  /** The engine property (ACT_GE_PROPERTY) that says the backfill ran on this database. */
  static final String DONE = "meike.historic-task-permissions-backfilled";

  /** Page size: a database with many open tasks is read in pages, not at once. */
  static final int PAGE = 500;

  private static final Logger LOG = Logger.getLogger(HistoricTaskPermissions.class.getName());

  private HistoricTaskPermissions() {}

  /**
   * Grants the open tasks' people their history, once per database.
   *
   * @return how many grants were added (0 when it ran on this database before)
   */
  static int backfill(ProcessEngine engine) {
    if (engine.getManagementService().getProperties().containsKey(DONE)) {
      return 0;
    }
    TaskService tasks = engine.getTaskService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    int added = 0;
    long open = tasks.createTaskQuery().count();
    for (int first = 0; first < open; first += PAGE) {
      for (Task task : tasks.createTaskQuery().orderByTaskId().asc().listPage(first, PAGE)) {
        Set<String> users = new HashSet<>();
        Set<String> groups = new HashSet<>();
        if (task.getAssignee() != null) {
          users.add(task.getAssignee());
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (link.getUserId() != null) {
            users.add(link.getUserId());
          }
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
        for (String user : users) {
          added += grant(authorizations, task.getId(), user, null);
        }
        for (String group : groups) {
          added += grant(authorizations, task.getId(), null, group);
        }
      }
    }
    try {
      engine.getManagementService().setProperty(DONE, String.valueOf(added));
    } catch (ProcessEngineException e) {
      // another node of a cluster, starting at the same moment, marked it first
      LOG.info("historic task permissions: marked done by another node: " + e.getMessage());
    }
    LOG.info("historic task permissions: " + added + " grant(s) added for open tasks");
    return added;
  }

  private static int grant(
      AuthorizationService authorizations, String taskId, String user, String group) {
    var existing =
        authorizations
            .createAuthorizationQuery()
            .resourceType(Resources.HISTORIC_TASK)
            .resourceId(taskId);
    if (user != null) {
      existing.userIdIn(user);
    } else {
      existing.groupIdIn(group);
    }
    if (existing.count() > 0) {
      return 0;
    }
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setResource(Resources.HISTORIC_TASK);
    authorization.setResourceId(taskId);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.addPermission(org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ);
    authorization.addPermission(
        org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ_VARIABLE);
    try {
      authorizations.saveAuthorization(authorization);
      return 1;
    } catch (ProcessEngineException e) {
      // another node of a cluster, starting at the same moment, granted it first (unique per
      // task, group or user): the grant is there, which is all this needs
      return 0;
    }
  }
}
