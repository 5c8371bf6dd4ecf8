package com.meike.privacy.bpmn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffIdentityStoreTest {

  @Test
  void membersOfABusinessGroupAreStaff() {
    assertThat(StaffIdentityStore.rolesOf(Set.of("operations", "department-head")))
        .containsExactlyInAnyOrder("operations", "department-head", StaffIdentityStore.STAFF_ROLE);
  }

  @Test
  void technicalAdministratorsAloneAreNotStaff() {
    assertThat(StaffIdentityStore.rolesOf(Set.of(StaffIdentityStore.ADMIN_GROUP)))
        .containsExactly(StaffIdentityStore.ADMIN_GROUP);
  }

  @Test
  void nobodyWithoutGroupsIsStaff() {
    assertThat(StaffIdentityStore.rolesOf(Set.of())).isEmpty();
  }
}
