package com.meike.privacy.bpmn.engine;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The engine's authorization checker plus the rules its permissions cannot express (issue 12, items
 * 1, 2, 4, 6). Every refusal is an {@link AuthorizationException}, which Camunda's REST API and
 * Tasklist answer with 403 and the message — a task listener's exception would be wrapped and
 * answered with 500.
 *
 * <ul>
 *   <li>Claims: only a candidate of a task (named, or in a candidate group) claims it, for
 *       themselves; a claimed task is worked on (completed, form submitted, BPMN error or
 *       escalation) only by whoever claimed it. A candidate may complete an unclaimed task in one
 *       step (the same as Tasklist's claim, then complete). So nobody else — a colleague, a
 *       department head, an administrator — completes a task someone holds or that is not theirs.
 *   <li>Unclaim: whoever holds a claimable task may give it back (Camunda would ask for
 *       TASK_ASSIGN); everyone else needs TASK_ASSIGN — granted to the process's supervisors. A
 *       task may be handed only to one of its candidates; a task the process assigned to one person
 *       (an approver) cannot be handed on or given back.
 *   <li>Who a task is for (candidates, owner, delegation) and its properties (due date, name,
 *       priority) are set by its process only. The one exception is the follow-up date, a personal
 *       reminder: whoever holds a task sets it (Tasklist's "Set follow-up date").
 *   <li>Comments explain a decision later: they are added by whoever works on the task ({@link
 *       TaskComments}) and never edited or deleted by a person.
 *   <li>Starts: see {@link EngineDoors} — a process the application starts is not started by a
 *       person, nor at an activity other than its start event.
 *   <li>Domain decisions come from a task's completion and from the application only (issue 12,
 *       "admin must not forge decisions"): no person — an administrator included, who holds ALL on
 *       every resource so that Cockpit works — correlates a message or a signal into a running
 *       process, moves its tokens (modification, migration, restart), or sets a process's or a
 *       task's variables, one by one or as a batch. Cockpit still shows everything, retries failed
 *       jobs, suspends and cancels instances ({@link #PERSONS_REFUSED_BATCHES} lists the batches
 *       refused).
 * </ul>
 *
 * Rules about people apply to people: calls without an authenticated user (the application's own
 * code, the job executor) and engines with authorization off pass as before.
 */
public class TaskDoors extends AuthorizationCommandChecker {

  /** Batches that would do as a batch what a person may not do one by one. */
  static final Set<String> PERSONS_REFUSED_BATCHES =
      Set.of(
          "CREATE_BATCH_MODIFY_PROCESS_INSTANCES", "CREATE_BATCH_MIGRATE_PROCESS_INSTANCES",
          "CREATE_BATCH_RESTART_PROCESS_INSTANCES", "CREATE_BATCH_SET_VARIABLES");

  static final String DECISIONS =
      "A running process changes through its tasks and the application only:"
          + " nobody, an administrator included, ";

  @Override
  public void checkUpdateProcessInstance(ExecutionEntity execution) {
    refusePeople("correlates messages or signals into it or modifies it.");
    super.checkUpdateProcessInstance(execution);
  }

  @Override
  public void checkUpdateProcessInstanceById(String processInstanceId) {
    refusePeople("correlates messages or signals into it or modifies it.");
    super.checkUpdateProcessInstanceById(processInstanceId);
  }

  @Override
  public void checkUpdateProcessInstanceVariables(ExecutionEntity execution) {
    refusePeople("sets its variables.");
    super.checkUpdateProcessInstanceVariables(execution);
  }

  @Override
  public void checkUpdateTaskVariable(TaskEntity task) {
    refusePeople("sets a task's variables other than by completing it.");
    super.checkUpdateTaskVariable(task);
  }

  @Override
  public void checkMigrateProcessInstance(ExecutionEntity execution, ProcessDefinition target) {
    refusePeople("migrates it.");
    super.checkMigrateProcessInstance(execution, target);
  }

  @Override
  public void checkCreateBatch(Permission permission) {
    if (permission != null && PERSONS_REFUSED_BATCHES.contains(permission.getName())) {
      refusePeople("modifies, migrates, restarts or sets variables of processes as a batch.");
    }
    super.checkCreateBatch(permission);
  }

  private static void refusePeople(String what) {
    if (person() != null) {
      throw EngineDoors.refused(DECISIONS + what);
    }
  }

  @Override
  public void checkCreateProcessInstance(ProcessDefinition definition) {
    if (EngineDoors.startedByApplication() || EngineDoors.startedOnSchedule(definition.getKey())) {
      return; // the application checked the caller, or the engine's timer starts it; on their
      // behalf
    }
    EngineDoors.StartRule rule = EngineDoors.START_RULES.get(definition.getKey());
    if (rule == null || !rule.staffMayStart()) {
      throw EngineDoors.refused(
          "The process '"
              + definition.getKey()
              + "' is started by the application only, not through Tasklist or the engine's REST API.");
    }
    if (command() instanceof StartProcessInstanceAtActivitiesCmd) {
      throw EngineDoors.refused(
          "流程只能从开始事件启动。 A process starts at its start event; start instructions are not allowed.");
    }
    super.checkCreateProcessInstance(definition);
  }

  @Override
  public void checkTaskWork(TaskEntity task) {
    String user = person();
    if (user != null) {
      Command<?> command = command();
      if (command instanceof ClaimTaskCmd) {
        checkClaim(task, user, field(command, ClaimTaskCmd.class, "userId"));
      } else if (command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd) {
        throw EngineDoors.refused(
            "评论一经写下不能修改或删除 A comment explains a decision later:"
                + " it cannot be changed or deleted; add another comment instead.");
      } else if (command instanceof CompleteTaskCmd
          || command instanceof SubmitTaskFormCmd
          || command instanceof HandleTaskBpmnErrorCmd
          || command instanceof HandleTaskEscalationCmd) {
        checkWork(task, user);
      }
    }
    super.checkTaskWork(task);
  }

  @Override
  public void checkTaskAssign(TaskEntity task) {
    String user = person();
    if (user == null) {
      super.checkTaskAssign(task);
      return;
    }
    Command<?> command = command();
    if ((command instanceof SaveTaskCmd || command instanceof SetTaskFollowUpDateCmd)
        && user.equals(task.getAssignee())
        && onlyFollowUpChanged(task)) {
      return; // a personal reminder on one's own task
    }
    if (!(command instanceof AssignTaskCmd)) {
      throw EngineDoors.refused(PROCESS_SETS);
    }
    String newAssignee = field(command, AbstractAddIdentityLinkCmd.class, "userId");
    boolean claimable = hasCandidates(task);
    if (!claimable) {
      throw EngineDoors.refused(
          "此任务由流程指定给 "
              + task.getAssignee()
              + "，不能转交或退回。 This task was assigned by its process to "
              + task.getAssignee()
              + "; it cannot be handed on or given back.");
    }
    if (newAssignee == null && user.equals(task.getAssignee())) {
      return; // giving back one's own claim
    }
    if (newAssignee != null && !isCandidate(task, newAssignee, groupsOf(newAssignee))) {
      throw EngineDoors.refused(
          newAssignee + " 不是此任务的候选人。 " + newAssignee + " is not a candidate of this task.");
    }
    super.checkTaskAssign(task); // a supervisor: TASK_ASSIGN on the process definition
  }

  static final String PROCESS_SETS =
      "到期日、负责人和候选人由流程设定；跟进日期可由任务的处理人设定"
          + " The due date and who a task is for are set by its process; whoever holds the task may set"
          + " its follow-up date.";

  /** Whether, of the task's changed properties, only the follow-up date differs (to the second). */
  static boolean onlyFollowUpChanged(TaskEntity task) {
    for (Map.Entry<String, PropertyChange> change : task.getPropertyChanges().entrySet()) {
      if (!TaskEntity.FOLLOW_UP_DATE.equals(change.getKey())
          && !sameValue(change.getValue().getOrgValue(), change.getValue().getNewValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameValue(Object before, Object after) {
    if (before instanceof java.util.Date a && after instanceof java.util.Date b) {
      return a.getTime() / 1000 == b.getTime() / 1000; // Tasklist sends dates back to the second
    }
    return java.util.Objects.equals(before, after);
  }

  /** Whoever holds the task, or a candidate while nobody does. */
  static boolean mayWorkOn(TaskEntity task, String user, Set<String> groups) {
    return task.getAssignee() != null
        ? task.getAssignee().equals(user)
        : isCandidate(task, user, groups);
  }

  private void checkClaim(TaskEntity task, String user, String claimant) {
    if (!user.equals(claimant)) {
      throw EngineDoors.refused(
          "只能为自己认领任务。 A task is claimed by the person claiming it, for themselves.");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw EngineDoors.refused(
          "此任务已由 "
              + task.getAssignee()
              + " 认领。 This task is claimed by "
              + task.getAssignee()
              + ": only they work on it until they give it back or a supervisor reassigns it.");
    }
    if (task.getAssignee() == null && !isCandidate(task, user, groupsOfCaller())) {
      throw EngineDoors.refused("只有此任务的候选人可以认领。 Only a candidate of this task can claim it.");
    }
  }

  private void checkWork(TaskEntity task, String user) {
    if (task.getAssignee() != null) {
      if (!task.getAssignee().equals(user)) {
        throw EngineDoors.refused(
            "此任务属于 "
                + task.getAssignee()
                + "，只有其本人可以完成。 This task is "
                + (hasCandidates(task) ? "claimed by " : "assigned to ")
                + task.getAssignee()
                + ": only they can complete it.");
      }
      return;
    }
    if (!isCandidate(task, user, groupsOfCaller())) {
      throw EngineDoors.refused("只有此任务的候选人可以完成它。 Only a candidate of this task can complete it.");
    }
  }

  private static boolean hasCandidates(TaskEntity task) {
    return task.getIdentityLinks().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
  }

  private static boolean isCandidate(TaskEntity task, String user, Set<String> groups) {
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (user.equals(link.getUserId())
              || (link.getGroupId() != null && groups.contains(link.getGroupId())))) {
        return true;
      }
    }
    return false;
  }

  /** The authenticated person, when the engine checks authorizations for this call; else null. */
  private static String person() {
    CommandContext context = Context.getCommandContext();
    if (context == null
        || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
        || !context.isAuthorizationCheckEnabled()) {
      return null;
    }
    Authentication authentication = context.getAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static Set<String> groupsOfCaller() {
    List<String> groups = Context.getCommandContext().getAuthentication().getGroupIds();
    return groups == null ? Set.of() : Set.copyOf(groups);
  }

  private static Set<String> groupsOf(String user) {
    CommandContext context = Context.getCommandContext();
    List<Group> groups =
        context.runWithoutAuthorization(
            () ->
                context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(user).list());
    return groups.stream().map(Group::getId).collect(java.util.stream.Collectors.toSet());
  }

  private static Command<?> command() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation == null ? null : invocation.getCommand();
  }

  /**
   * The user a claim or assignment names. Camunda hands the checker only the task, so the command's
   * field is read; Camunda 7 CE is frozen at 7.24, so these fields no longer move.
   */
  static String field(Object command, Class<?> declaring, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return (String) field.get(command);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Cannot read " + declaring.getSimpleName() + "." + name, e);
    }
  }
}
