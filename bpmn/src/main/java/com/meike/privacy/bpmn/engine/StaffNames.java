package com.meike.privacy.bpmn.engine;

import com.meike.privacy.identity.application.StaffDirectory;

/** How forms and task lists name a member of staff: a name and department, never a login. */
public final class StaffNames {

  private StaffNames() {}

  /**
   * "显示名 (部门)" of a member of staff, or their login when there is no directory (process tests) or
   * the directory does not know them.
   */
  public static String of(StaffDirectory directory, String username) {
    if (username == null || directory == null) {
      return username;
    }
    return directory
        .member(username)
        .map(
            member ->
                member.displayName()
                    + (member.departmentName() == null ? "" : " (" + member.departmentName() + ")"))
        .orElse(username);
  }
}
