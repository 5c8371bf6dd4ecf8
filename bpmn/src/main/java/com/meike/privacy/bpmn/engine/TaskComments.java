package com.meike.privacy.bpmn.engine;

import com.meike.privacy.kernel.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Comment;

/**
 * Comments on tasks (Tasklist's "Add Comment", {@code POST /task/{id}/comment}) explain a decision
 * later, so: a person comments only on an open task that is theirs — its claimer or assignee, or a
 * candidate while nobody holds it — and every comment a person adds enters the audit trail with the
 * comment's id and a SHA-256 of its text (the text itself, which may name people, stays in the
 * engine's comment table; the hash proves it unchanged). Camunda checks no permission on adding a
 * comment; editing and deleting comments are refused to people in {@link TaskDoors}.
 */
final class TaskComments extends CommandInterceptor {

  static final String AUDIT_ACTION = "task.comment-added";

  private final Consumer<AuditEvent> audit;

  TaskComments(Consumer<AuditEvent> audit) {
    this.audit = audit;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (!(command instanceof AddCommentCmd)) {
      return next.execute(command);
    }
    CommandContext context = Context.getCommandContext();
    String user = person(context);
    if (user == null) {
      return next.execute(command);
    }
    String taskId = TaskDoors.field(command, AddCommentCmd.class, "taskId");
    if (taskId == null) {
      throw EngineDoors.refused(
          "评论须写在任务上 A comment belongs to a task: open the task and add it there.");
    }
    TaskEntity task =
        context.runWithoutAuthorization(() -> context.getTaskManager().findTaskById(taskId));
    if (task == null) {
      throw EngineDoors.refused(
          "该任务已完成或不存在，不能再评论 This task is completed or does not exist;"
              + " comments are added while it is open.");
    }
    if (!TaskDoors.mayWorkOn(task, user, groups(context))) {
      throw EngineDoors.refused(
          "只有处理该任务的人可以评论 Only whoever works on this task comments on it"
              + (task.getAssignee() != null
                  ? " (it is held by " + task.getAssignee() + ")."
                  : " (claim it first)."));
    }
    T result = next.execute(command);
    if (result instanceof Comment comment && audit != null) {
      audit.accept(
          new AuditEvent(
              user,
              AUDIT_ACTION,
              "task",
              taskId,
              "process "
                  + task.getProcessInstanceId()
                  + ", task '"
                  + task.getTaskDefinitionKey()
                  + "', comment "
                  + comment.getId()
                  + ", sha-256 "
                  + sha256(comment.getFullMessage())));
    }
    return result;
  }

  private static String person(CommandContext context) {
    if (context == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return null;
    }
    Authentication authentication = context.getAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static java.util.Set<String> groups(CommandContext context) {
    java.util.List<String> groups = context.getAuthentication().getGroupIds();
    return groups == null ? java.util.Set.of() : java.util.Set.copyOf(groups);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
