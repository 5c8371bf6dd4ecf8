package com.meike.privacy.bpmn.engine;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Camunda's default task authorizations (the assignee's and the candidates' permission on the task
 * and on its history), without first asking the database whether the person already holds one for a
 * task that the same command has just created. Such a task's id is new and none of its rows is
 * written yet, so the answer is always "none" — Camunda's own read would not see rows this command
 * has not written either. A task that already existed (reassigned, claimed, a candidate added
 * later) is looked up as before, so its authorization is extended, never doubled. Issue 11: a
 * process start or completion that creates a user task ran this read twice per person (task and
 * task history), four times per approval.
 */
public class NewTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity getGrantAuthorization(
      String taskId, String userId, String groupId, Resource resource) {
    if (createdInThisCommand(taskId)) {
      return null;
    }
    return super.getGrantAuthorization(taskId, userId, groupId, resource);
  }

  /** Inserted by the running command and not yet flushed: nothing of it is in the database. */
  static boolean createdInThisCommand(String taskId) {
    CommandContext command = Context.getCommandContext();
    if (taskId == null || command == null) {
      return false;
    }
    CachedDbEntity cached =
        command.getDbEntityManager().getDbEntityCache().getCachedEntity(TaskEntity.class, taskId);
    return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
  }
}
