package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.identity.domain.staff.Department;
import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import com.meike.privacy.identity.domain.staff.StaffMember;
import com.meike.privacy.identity.domain.staff.StaffRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The staff directory on the shared database. Read-only: the directory is maintained elsewhere. */
@Stateless
public class DefaultStaffDirectory implements StaffDirectory {

  @Inject private StaffRepository repository;

  /** For the container. */
  public DefaultStaffDirectory() {}

  /** Outside a container (tests, tools): on the given storage. */
  public DefaultStaffDirectory(StaffRepository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<StaffMemberView> member(String username) {
    return find(username)
        .map(
            m -> {
              Optional<Department> department = m.departmentCode().flatMap(repository::department);
              return new StaffMemberView(
                  m.username(),
                  m.displayName(),
                  m.departmentCode().orElse(null),
                  department.map(Department::name).orElse(null));
            });
  }

  /**
   * The head recorded for the member's department. Empty when the member is unknown, belongs to no
   * department, or the department has no head. For a head this is the head themself; callers that
   * must not let someone approve their own application check for that.
   */
  @Override
  public Optional<String> headOfDepartmentOf(String username) {
    return find(username)
        .flatMap(StaffMember::departmentCode)
        .flatMap(repository::department)
        .flatMap(Department::head);
  }

  @Override
  public Optional<String> headOf(DepartmentFunction function) {
    if (function == null) {
      return Optional.empty();
    }
    return repository.departmentWith(function).flatMap(Department::head);
  }

  @Override
  public List<DepartmentView> departments() {
    Map<String, List<String>> membersByDepartment =
        repository.members().stream()
            .filter(m -> m.departmentCode().isPresent())
            .collect(
                Collectors.groupingBy(
                    m -> m.departmentCode().get(),
                    Collectors.mapping(StaffMember::username, Collectors.toList())));
    return repository.departments().stream()
        .map(
            d ->
                new DepartmentView(
                    d.code(),
                    d.name(),
                    d.function().orElse(null),
                    d.head().orElse(null),
                    membersByDepartment.getOrDefault(d.code(), List.of()).stream()
                        .sorted()
                        .toList()))
        .toList();
  }

  /** From the file shipped with this module; does not touch the database. */
  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<DemoStaffMember> demoStaff() {
    return DemoStaffFile.read().staff().stream()
        .map(
            s ->
                new DemoStaffMember(
                    s.username(), s.firstName(), s.lastName(), s.department(), s.groups()))
        .toList();
  }

  private Optional<StaffMember> find(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return repository.member(username);
  }
}
