package com.meike.privacy.identity.application;

import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * The staff directory: departments, their heads and members. Credentials and groups live in the
 * process engine's identity service; the directory only knows who belongs where.
 */
@Local
public interface StaffDirectory {

  /** A staff member by user name. */
  Optional<StaffMemberView> member(String username);

  /** The head of the department {@code username} belongs to. */
  Optional<String> headOfDepartmentOf(String username);

  /** The head of the department that has {@code function} (security, privacy office, legal). */
  Optional<String> headOf(DepartmentFunction function);

  /** All departments with their heads and members. */
  List<DepartmentView> departments();

  /**
   * The demo staff (defined once, in {@code identity/demo-staff.json}); seeded only in the demo
   * configuration.
   */
  List<DemoStaffMember> demoStaff();

  /** A member as other contexts see them. */
  record StaffMemberView(
      String username, String displayName, String departmentCode, String departmentName) {}

  /** A department with its head and members' user names. */
  record DepartmentView(
      String code, String name, DepartmentFunction function, String head, List<String> members) {}

  /** One demo staff member: user, name, department (may be null) and engine groups. */
  record DemoStaffMember(
      String username, String firstName, String lastName, String department, List<String> groups) {}
}
