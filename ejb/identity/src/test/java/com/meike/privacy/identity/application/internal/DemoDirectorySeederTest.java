package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.identity.application.internal.DemoDirectorySeeder.Seeded;
import com.meike.privacy.identity.domain.staff.Department;
import com.meike.privacy.identity.domain.staff.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoDirectorySeederTest {

  private InMemoryStaffRepository repository;
  private DemoDirectorySeeder seeder;

  @BeforeEach
  void emptyDirectory() {
    repository = new InMemoryStaffRepository();
    seeder = new DemoDirectorySeeder(repository);
  }

  @Test
  void anEmptyDirectoryGetsTheWholeDemoDirectory() {
    assertThat(seeder.seedMissing(DemoStaffFile.read())).isEqualTo(new Seeded(5, 9));
    assertThat(repository.departments)
        .containsOnlyKeys("customer-service", "operations", "security", "privacy-office", "legal");
    assertThat(repository.members).hasSize(9);
  }

  @Test
  void seedingAgainAddsNothing() {
    seeder.seedMissing(DemoStaffFile.read());

    assertThat(seeder.seedMissing(DemoStaffFile.read())).isEqualTo(new Seeded(0, 0));
    assertThat(repository.members).hasSize(9);
  }

  @Test
  void onlyMissingEntriesAreAddedAndExistingOnesAreKeptAsTheyAre() {
    repository.add(new Department("operations", "Operations (renamed)", null, "ops.agent"));
    repository.add(new StaffMember("ops.agent", "Wei Zhang", "operations"));

    assertThat(seeder.seedMissing(DemoStaffFile.read())).isEqualTo(new Seeded(4, 8));
    assertThat(repository.departments.get("operations").name()).isEqualTo("Operations (renamed)");
    assertThat(repository.departments.get("operations").head()).contains("ops.agent");
  }
}
