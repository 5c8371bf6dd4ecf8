package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.domain.staff.Department;
import com.meike.privacy.identity.domain.staff.DirectoryDefinition;
import com.meike.privacy.identity.domain.staff.StaffMember;
import com.meike.privacy.identity.domain.staff.StaffRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the demo staff directory ({@code identity/demo-staff.json}) into the database, in one
 * container-managed transaction. Idempotent: adds only the departments and staff members that are
 * missing and leaves existing rows as they are, so it can run at every start and never undoes a
 * change made since. Called by {@code IdentitySchema} only in the demo configuration.
 */
@Stateless
public class DemoDirectorySeeder {

  /** What one run added. */
  public record Seeded(int departments, int staff) {}

  @Inject private StaffRepository repository;

  /** For the container. */
  public DemoDirectorySeeder() {}

  /** Outside a container (tests, tools): on the given storage. */
  public DemoDirectorySeeder(StaffRepository repository) {
    this.repository = repository;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Seeded seedMissing() {
    return seedMissing(DemoStaffFile.read());
  }

  /** Adds what {@code definition} has and the database lacks; departments first, then staff. */
  Seeded seedMissing(DirectoryDefinition definition) {
    Set<String> codes =
        repository.departments().stream().map(Department::code).collect(Collectors.toSet());
    Set<String> usernames =
        repository.members().stream().map(StaffMember::username).collect(Collectors.toSet());
    var departments = definition.departmentsMissingFrom(codes);
    var staff = definition.staffMissingFrom(usernames);
    departments.forEach(d -> repository.add(d.toDepartment()));
    staff.forEach(s -> repository.add(s.toStaffMember()));
    return new Seeded(departments.size(), staff.size());
  }
}
