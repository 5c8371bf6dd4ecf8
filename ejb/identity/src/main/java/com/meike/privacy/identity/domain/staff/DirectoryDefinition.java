package com.meike.privacy.identity.domain.staff;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A staff directory written down: departments and staff, as the demo directory file holds them.
 * Checked when made: codes and user names are unique, each function belongs to one department at
 * most, every member's department exists, and every head is a member of the department they head.
 */
public record DirectoryDefinition(List<DepartmentEntry> departments, List<StaffEntry> staff) {

  /** A department as written down. {@code function} may be null. */
  public record DepartmentEntry(
      String code, String name, DepartmentFunction function, String head) {

    public Department toDepartment() {
      return new Department(code, name, function, head);
    }
  }

  /**
   * A staff member as written down: sign-in name, first and last name, department code (null for
   * none) and the process engine groups they are in.
   */
  public record StaffEntry(
      String username, String firstName, String lastName, String department, List<String> groups) {

    public StaffEntry {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** The name colleagues see: first name, then last name. */
    public String displayName() {
      return firstName + " " + lastName;
    }

    public StaffMember toStaffMember() {
      return new StaffMember(username, displayName(), department);
    }
  }

  public DirectoryDefinition {
    departments = departments == null ? List.of() : List.copyOf(departments);
    staff = staff == null ? List.of() : List.copyOf(staff);

    Map<String, DepartmentEntry> byCode = new HashMap<>();
    Set<DepartmentFunction> functions = EnumSet.noneOf(DepartmentFunction.class);
    for (DepartmentEntry d : departments) {
      if (d.code() == null || byCode.putIfAbsent(d.code(), d) != null) {
        throw new IllegalArgumentException("department code missing or repeated: " + d.code());
      }
      if (d.function() != null && !functions.add(d.function())) {
        throw new IllegalArgumentException("more than one department has function " + d.function());
      }
      d.toDepartment();
    }
    Map<String, String> departmentOf = new HashMap<>();
    Set<String> usernames = new HashSet<>();
    for (StaffEntry s : staff) {
      if (s.username() == null || !usernames.add(s.username())) {
        throw new IllegalArgumentException("user name missing or repeated: " + s.username());
      }
      if (s.firstName() == null || s.lastName() == null) {
        throw new IllegalArgumentException("first and last name required for " + s.username());
      }
      if (s.department() != null && !byCode.containsKey(s.department())) {
        throw new IllegalArgumentException(
            s.username() + " belongs to unknown department " + s.department());
      }
      s.toStaffMember();
      departmentOf.put(s.username(), s.department());
    }
    for (DepartmentEntry d : departments) {
      if (d.head() != null && !Objects.equals(departmentOf.get(d.head()), d.code())) {
        throw new IllegalArgumentException(
            "head " + d.head() + " is not a member of department " + d.code());
      }
    }
  }

  /** The departments whose codes are not in {@code existingCodes}, in written order. */
  public List<DepartmentEntry> departmentsMissingFrom(Set<String> existingCodes) {
    return departments.stream().filter(d -> !existingCodes.contains(d.code())).toList();
  }

  /** The staff whose user names are not in {@code existingUsernames}, in written order. */
  public List<StaffEntry> staffMissingFrom(Set<String> existingUsernames) {
    return staff.stream().filter(s -> !existingUsernames.contains(s.username())).toList();
  }
}
