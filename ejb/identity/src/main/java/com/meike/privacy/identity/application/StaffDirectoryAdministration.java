package com.meike.privacy.identity.application;

import jakarta.ejb.Local;

/**
 * The one place staff, their department and who heads it are managed (issue 17, item 7), for the
 * privacy office. Each change also sets the member's groups in the process engine, in the same
 * transaction ({@link StaffGroupsChanged}): the directory and the engine's groups cannot disagree.
 * Every change is audited.
 */
@Local
public interface StaffDirectoryAdministration {

  /**
   * Records {@code username} (an existing Camunda user) with a name in a department, or moves them.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code username},
   *     {@code displayName} or {@code department}; CONFLICT when a head would leave the department
   *     they head; NOT_FOUND when the engine has no such user
   */
  StaffDirectory.StaffMemberView place(
      String actor, String username, String displayName, String department);

  /**
   * Removes {@code username} from the directory and its groups (NOT_FOUND, or CONFLICT for a head).
   */
  void remove(String actor, String username);

  /**
   * {@code username}, a member of the department, heads it from now on; the former head no longer
   * does.
   */
  StaffDirectory.DepartmentView appointHead(String actor, String department, String username);
}
