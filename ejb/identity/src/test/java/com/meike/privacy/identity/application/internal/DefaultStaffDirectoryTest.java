package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.meike.privacy.identity.application.StaffDirectory.DemoStaffMember;
import com.meike.privacy.identity.application.StaffDirectory.DepartmentView;
import com.meike.privacy.identity.application.StaffDirectory.StaffMemberView;
import com.meike.privacy.identity.domain.staff.Department;
import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import com.meike.privacy.identity.domain.staff.StaffMember;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultStaffDirectoryTest {

  private InMemoryStaffRepository repository;
  private DefaultStaffDirectory directory;

  @BeforeEach
  void demoDirectory() {
    repository = new InMemoryStaffRepository();
    new DemoDirectorySeeder(repository).seedMissing(DemoStaffFile.read());
    directory = new DefaultStaffDirectory(repository);
  }

  @Test
  void memberShowsNameAndDepartment() {
    assertThat(directory.member("cs.agent"))
        .contains(
            new StaffMemberView("cs.agent", "Na Li", "customer-service", "客服部 Customer service"));
    assertThat(directory.member("admin"))
        .contains(new StaffMemberView("admin", "System Administrator", null, null));
  }

  @Test
  void unknownOrBlankUserNamesFindNobody() {
    assertThat(directory.member("nobody")).isEmpty();
    assertThat(directory.member(null)).isEmpty();
    assertThat(directory.member(" ")).isEmpty();
    assertThat(directory.headOfDepartmentOf(null)).isEmpty();
  }

  @Test
  void headOfDepartmentIsTheHeadOfTheApplicantsOwnDepartment() {
    assertThat(directory.headOfDepartmentOf("cs.agent")).contains("cs.head");
    assertThat(directory.headOfDepartmentOf("ops.agent")).contains("ops.head");
    assertThat(directory.headOfDepartmentOf("legal.counsel")).contains("legal.counsel");
  }

  @Test
  void staffOutsideAnyDepartmentOrInOneWithoutHeadHaveNoHead() {
    repository.add(new Department("archive", "Archive", null, null));
    repository.add(new StaffMember("arch.clerk", "Lei Ma", "archive"));

    assertThat(directory.headOfDepartmentOf("admin")).isEmpty();
    assertThat(directory.headOfDepartmentOf("arch.clerk")).isEmpty();
    assertThat(directory.headOfDepartmentOf("nobody")).isEmpty();
  }

  @Test
  void headsOfFunctionsAreFoundByFunction() {
    assertThat(directory.headOf(DepartmentFunction.SECURITY)).contains("sec.head");
    assertThat(directory.headOf(DepartmentFunction.PRIVACY_OFFICE)).contains("privacy.officer");
    assertThat(directory.headOf(DepartmentFunction.LEGAL)).contains("legal.counsel");
    assertThat(directory.headOf(null)).isEmpty();
  }

  @Test
  void aFunctionNoDepartmentHasHasNoHead() {
    InMemoryStaffRepository empty = new InMemoryStaffRepository();

    assertThat(new DefaultStaffDirectory(empty).headOf(DepartmentFunction.SECURITY)).isEmpty();
  }

  @Test
  void departmentsListTheirHeadsAndMembers() {
    List<DepartmentView> departments = directory.departments();

    assertThat(departments)
        .extracting(
            DepartmentView::code,
            DepartmentView::function,
            DepartmentView::head,
            DepartmentView::members)
        .containsExactly(
            tuple("customer-service", null, "cs.head", List.of("cs.agent", "cs.head")),
            tuple(
                "legal",
                DepartmentFunction.LEGAL,
                "legal.counsel",
                List.of("legal.associate", "legal.counsel")),
            tuple("operations", null, "ops.head", List.of("ops.agent", "ops.head")),
            tuple(
                "privacy-office",
                DepartmentFunction.PRIVACY_OFFICE,
                "privacy.officer",
                List.of("privacy.officer")),
            tuple("security", DepartmentFunction.SECURITY, "sec.head", List.of("sec.head")));
  }

  @Test
  void demoStaffComesFromTheFileWithoutTheDatabase() {
    List<DemoStaffMember> demo =
        new DefaultStaffDirectory(new InMemoryStaffRepository()).demoStaff();

    assertThat(demo).hasSize(9);
    assertThat(demo.get(0))
        .isEqualTo(
            new DemoStaffMember(
                "admin", "System", "Administrator", null, List.of("camunda-admin")));
    assertThat(demo)
        .filteredOn(m -> m.groups().contains("department-head"))
        .extracting(DemoStaffMember::username)
        .containsExactly("cs.head", "ops.head", "sec.head", "privacy.officer", "legal.counsel");
  }
}
