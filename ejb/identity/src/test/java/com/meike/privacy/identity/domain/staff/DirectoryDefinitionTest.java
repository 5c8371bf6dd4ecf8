package com.meike.privacy.identity.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.domain.staff.DirectoryDefinition.DepartmentEntry;
import com.meike.privacy.identity.domain.staff.DirectoryDefinition.StaffEntry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryDefinitionTest {

  private static final DepartmentEntry SECURITY =
      new DepartmentEntry("security", "Security", DepartmentFunction.SECURITY, "sec.head");
  private static final DepartmentEntry OPERATIONS =
      new DepartmentEntry("operations", "Operations", null, "ops.head");
  private static final StaffEntry SEC_HEAD =
      new StaffEntry("sec.head", "Jie", "Chen", "security", List.of("security-head"));
  private static final StaffEntry OPS_HEAD =
      new StaffEntry("ops.head", "Yang", "Liu", "operations", List.of("operations"));
  private static final StaffEntry ADMIN =
      new StaffEntry("admin", "System", "Administrator", null, List.of("camunda-admin"));

  @Test
  void aConsistentDirectoryIsAccepted() {
    DirectoryDefinition definition =
        new DirectoryDefinition(List.of(SECURITY, OPERATIONS), List.of(SEC_HEAD, OPS_HEAD, ADMIN));

    assertThat(definition.departments()).hasSize(2);
    assertThat(definition.staff()).hasSize(3);
  }

  @Test
  void missingPartsAreFoundByCodeAndUserName() {
    DirectoryDefinition definition =
        new DirectoryDefinition(List.of(SECURITY, OPERATIONS), List.of(SEC_HEAD, OPS_HEAD, ADMIN));

    assertThat(definition.departmentsMissingFrom(Set.of("security"))).containsExactly(OPERATIONS);
    assertThat(definition.staffMissingFrom(Set.of("admin", "ops.head"))).containsExactly(SEC_HEAD);
    assertThat(definition.departmentsMissingFrom(Set.of("security", "operations"))).isEmpty();
  }

  @Test
  void entriesBecomeDirectoryRecords() {
    Department department = SECURITY.toDepartment();
    StaffMember member = SEC_HEAD.toStaffMember();

    assertThat(department.code()).isEqualTo("security");
    assertThat(department.function()).contains(DepartmentFunction.SECURITY);
    assertThat(department.head()).contains("sec.head");
    assertThat(member.displayName()).isEqualTo("Jie Chen");
    assertThat(member.departmentCode()).contains("security");
    assertThat(ADMIN.toStaffMember().departmentCode()).isEmpty();
  }

  @Test
  void headMustBelongToTheDepartmentTheyHead() {
    StaffEntry secHeadElsewhere =
        new StaffEntry("sec.head", "Jie", "Chen", "operations", List.of());

    assertThatThrownBy(
            () ->
                new DirectoryDefinition(
                    List.of(SECURITY, OPERATIONS), List.of(secHeadElsewhere, OPS_HEAD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sec.head");
    assertThatThrownBy(() -> new DirectoryDefinition(List.of(SECURITY), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void membersMustBelongToAKnownDepartment() {
    assertThatThrownBy(() -> new DirectoryDefinition(List.of(), List.of(OPS_HEAD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("operations");
  }

  @Test
  void codesUserNamesAndFunctionsAreUnique() {
    DepartmentEntry secondSecurity =
        new DepartmentEntry("infosec", "Infosec", DepartmentFunction.SECURITY, null);

    assertThatThrownBy(
            () -> new DirectoryDefinition(List.of(OPERATIONS, OPERATIONS), List.of(OPS_HEAD)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DirectoryDefinition(List.of(), List.of(ADMIN, ADMIN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new DirectoryDefinition(List.of(SECURITY, secondSecurity), List.of(SEC_HEAD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SECURITY");
  }

  @Test
  void entriesThatCannotBeStoredAreRefused() {
    StaffEntry tooLong =
        new StaffEntry("x".repeat(StaffMember.USERNAME_LENGTH + 1), "A", "B", null, List.of());
    StaffEntry noName = new StaffEntry("nobody", null, "B", null, List.of());

    assertThatThrownBy(() -> new DirectoryDefinition(List.of(), List.of(tooLong)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DirectoryDefinition(List.of(), List.of(noName)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void absentListsAreEmptyAndListsAreCopied() {
    DirectoryDefinition empty = new DirectoryDefinition(null, null);
    StaffEntry noGroups = new StaffEntry("admin", "System", "Administrator", null, null);

    assertThat(empty.departments()).isEmpty();
    assertThat(empty.staff()).isEmpty();
    assertThat(noGroups.groups()).isEmpty();
    assertThatThrownBy(() -> empty.staff().add(ADMIN))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
