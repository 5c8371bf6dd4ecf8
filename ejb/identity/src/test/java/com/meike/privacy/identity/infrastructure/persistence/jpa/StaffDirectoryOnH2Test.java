package com.meike.privacy.identity.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.application.StaffDirectory.StaffMemberView;
import com.meike.privacy.identity.application.internal.DefaultStaffDirectory;
import com.meike.privacy.identity.application.internal.DemoDirectorySeeder;
import com.meike.privacy.identity.application.internal.DemoDirectorySeeder.Seeded;
import com.meike.privacy.identity.domain.staff.Department;
import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import com.meike.privacy.identity.domain.staff.StaffMember;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real migration, mapping and queries on H2: Flyway creates the schema, Hibernate (test scope)
 * maps the entities against it ({@code validate}), the demo directory is seeded and read.
 */
class StaffDirectoryOnH2Test {

  private ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("identity", Department.class, StaffMember.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Like a container-managed transaction: one entity manager, committed at the end. */
  private <T> T inTransaction(Function<JpaStaffRepository, T> work) {
    return db.inTransaction(em -> work.apply(new JpaStaffRepository(em)));
  }

  @Test
  void seedingIsIdempotentAndTheDirectoryAnswersFromTheDatabase() {
    Seeded first = inTransaction(repo -> new DemoDirectorySeeder(repo).seedMissing());
    Seeded second = inTransaction(repo -> new DemoDirectorySeeder(repo).seedMissing());

    assertThat(first).isEqualTo(new Seeded(5, 9));
    assertThat(second).isEqualTo(new Seeded(0, 0));

    inTransaction(
        repo -> {
          DefaultStaffDirectory directory = new DefaultStaffDirectory(repo);
          assertThat(directory.member("privacy.officer"))
              .contains(
                  new StaffMemberView(
                      "privacy.officer", "Min Zhao", "privacy-office", "个人信息保护办公室 Privacy office"));
          assertThat(directory.headOfDepartmentOf("cs.agent")).contains("cs.head");
          assertThat(directory.headOf(DepartmentFunction.SECURITY)).contains("sec.head");
          assertThat(directory.headOf(DepartmentFunction.LEGAL)).contains("legal.counsel");
          assertThat(directory.departments()).hasSize(5);
          assertThat(repo.members())
              .extracting(StaffMember::username)
              .startsWith("admin", "cs.agent", "cs.head");
          return null;
        });
  }

  @Test
  void theDatabaseKeepsOneDepartmentPerFunctionAndMembersInKnownDepartments() {
    inTransaction(repo -> new DemoDirectorySeeder(repo).seedMissing());

    assertThatThrownBy(
            () ->
                inTransaction(
                    repo -> {
                      repo.add(
                          new Department("infosec", "Infosec", DepartmentFunction.SECURITY, null));
                      return null;
                    }))
        .isInstanceOf(PersistenceException.class);
    assertThatThrownBy(
            () ->
                inTransaction(
                    repo -> {
                      repo.add(new StaffMember("drifter", "No Where", "nowhere"));
                      return null;
                    }))
        .isInstanceOf(PersistenceException.class);
  }
}
