package com.meike.privacy.identity.domain.staff;

import java.util.List;
import java.util.Optional;

/** Storage of departments and staff members. */
public interface StaffRepository {

  Optional<StaffMember> member(String username);

  Optional<Department> department(String code);

  /** The department that has {@code function}; there is at most one. */
  Optional<Department> departmentWith(DepartmentFunction function);

  /** All departments, by code. */
  List<Department> departments();

  /** All staff members, by user name. */
  List<StaffMember> members();

  void add(Department department);

  void add(StaffMember member);

  void remove(StaffMember member);
}
