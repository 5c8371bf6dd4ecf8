package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.domain.staff.Department;
import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import com.meike.privacy.identity.domain.staff.StaffMember;
import com.meike.privacy.identity.domain.staff.StaffRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The repository contract in memory, for tests of the services. */
final class InMemoryStaffRepository implements StaffRepository {

  final Map<String, Department> departments = new TreeMap<>();
  final Map<String, StaffMember> members = new TreeMap<>();

  @Override
  public Optional<StaffMember> member(String username) {
    return Optional.ofNullable(members.get(username));
  }

  @Override
  public Optional<Department> department(String code) {
    return Optional.ofNullable(departments.get(code));
  }

  @Override
  public Optional<Department> departmentWith(DepartmentFunction function) {
    return departments.values().stream()
        .filter(d -> d.function().equals(Optional.of(function)))
        .findFirst();
  }

  @Override
  public List<Department> departments() {
    return List.copyOf(departments.values());
  }

  @Override
  public List<StaffMember> members() {
    return List.copyOf(members.values());
  }

  @Override
  public void add(Department department) {
    if (departments.putIfAbsent(department.code(), department) != null) {
      throw new IllegalStateException("duplicate department " + department.code());
    }
  }

  @Override
  public void add(StaffMember member) {
    if (members.putIfAbsent(member.username(), member) != null) {
      throw new IllegalStateException("duplicate member " + member.username());
    }
  }

  @Override
  public void remove(StaffMember member) {
    members.remove(member.username());
  }
}
