package com.meike.privacy.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffIdentityStoreTest {

  @Test
  void membersOfABusinessGroupAreStaff() {
    assertThat(StaffIdentityStore.rolesOf(Set.of("operations", "department-head")))
        .containsExactlyInAnyOrder("operations", "department-head", Roles.STAFF);
  }

  @Test
  void technicalAdministratorsAloneAreNotStaff() {
    assertThat(StaffIdentityStore.rolesOf(Set.of(Roles.ADMIN))).containsExactly(Roles.ADMIN);
  }

  @Test
  void nobodyWithoutGroupsIsStaff() {
    assertThat(StaffIdentityStore.rolesOf(Set.of())).isEmpty();
  }
}
