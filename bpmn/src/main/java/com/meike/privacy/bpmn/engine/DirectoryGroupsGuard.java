package com.meike.privacy.bpmn.engine;

import com.meike.privacy.kernel.staff.StaffGroups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The engine's identity store, except that a person (Camunda Admin, {@code /engine-rest}) cannot
 * add anyone to or remove anyone from a group the staff directory keeps ({@link
 * StaffGroups#DIRECTORY_GROUPS}): department membership and heads are managed in the directory,
 * which sets these groups itself (issue 17, item 7), so the two never disagree.
 */
public class DirectoryGroupsGuard extends DbIdentityServiceProvider {

  static final String MANAGED_BY_DIRECTORY =
      "部门及负责人由员工名录管理，请在 /api/staff-directory 中修改。"
          + " Departments and their heads are managed in the staff directory (PUT /api/staff-directory/members/{user},"
          + " PUT /api/staff-directory/departments/{department}/head): the group '%s' follows it.";

  private static final ThreadLocal<Boolean> DIRECTORY = ThreadLocal.withInitial(() -> false);

  /** Runs the directory's own changes of its groups. */
  public static void asDirectory(Runnable change) {
    boolean outer = DIRECTORY.get();
    DIRECTORY.set(true);
    try {
      change.run();
    } finally {
      DIRECTORY.set(outer);
    }
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    guard(groupId);
    return super.createMembership(userId, groupId);
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    guard(groupId);
    return super.deleteMembership(userId, groupId);
  }

  private static void guard(String groupId) {
    if (DIRECTORY.get() || !StaffGroups.DIRECTORY_GROUPS.contains(groupId)) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    boolean person =
        context != null
            && context.getAuthentication() != null
            && context.getAuthentication().getUserId() != null;
    if (person) {
      throw EngineDoors.refused(String.format(MANAGED_BY_DIRECTORY, groupId));
    }
  }
}
