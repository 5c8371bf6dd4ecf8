package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.bpmn.identity.StaffDirectoryGroups;
import com.meike.privacy.identity.application.StaffGroupsChanged;
import com.meike.privacy.kernel.staff.StaffGroups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SHUT-1 in Tasklist's "Start process" (issue 17): the shutdown is offered to the privacy office
 * and to whoever the staff directory names head of operations — not to the rest of operations — and
 * the offer moves with the head, through the directory's own change of groups.
 */
class ShutdownStarterTest {

  ProcessEngine engine;

  @BeforeEach
  void engine() {
    engine = ProcessTestEngine.build("shutdown-starter-test");
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "shutdown.bpmn",
            Bpmn.createExecutableProcess(ShutdownStarter.PROCESS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("approve")
                .camundaCandidateGroups(StaffGroups.PRIVACY_OFFICER)
                .endEvent()
                .done())
        .deploy();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  @DisplayName(
      "SHUT-1 (issue 17): \"Start process\" offers the shutdown to the head of operations and the privacy officer, not to an operations member")
  void only_the_head_of_operations_and_the_privacy_office_are_offered_the_shutdown() {
    assertThat(offers("ops.head")).isTrue();
    assertThat(offers("privacy.officer")).isTrue();
    assertThat(offers("ops.agent")).isFalse();
    ProcessTestEngine.signIn(engine.getIdentityService(), "ops.agent");
    try {
      assertThatThrownBy(
              () -> engine.getRuntimeService().startProcessInstanceByKey(ShutdownStarter.PROCESS))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  @DisplayName(
      "SHUT-1 (issue 17): when the directory appoints another head of operations, the offer moves to them with the groups, in the same change")
  void the_offer_moves_with_the_head_the_directory_appoints() {
    StaffDirectoryGroups directory =
        new StaffDirectoryGroups(engine.getIdentityService(), engine.getAuthorizationService());
    // what the directory raises when ops.agent is appointed head of operations
    directory.onChanged(
        new StaffGroupsChanged("ops.head", StaffGroups.directoryGroupsOf("operations", false)));
    directory.onChanged(
        new StaffGroupsChanged("ops.agent", StaffGroups.directoryGroupsOf("operations", true)));

    assertThat(offers("ops.agent")).isTrue();
    assertThat(offers("ops.head")).isFalse();
    assertThat(userGrants()).containsExactly("ops.agent");

    // and when the head leaves the directory altogether
    directory.onChanged(
        new StaffGroupsChanged("ops.agent", StaffGroups.directoryGroupsOf(null, false)));
    assertThat(offers("ops.agent")).isFalse();
    assertThat(userGrants()).isEmpty();
  }

  @Test
  @DisplayName(
      "SHUT-1 (issue 17): at the engine's start, operations' old group grant is withdrawn and the grant follows the groups again")
  void a_start_withdraws_the_old_group_grant_and_reconciles_the_head() {
    Authorization old =
        engine
            .getAuthorizationService()
            .createAuthorizationQuery()
            .groupIdIn(StaffGroups.OPERATIONS)
            .resourceType(Resources.PROCESS_DEFINITION)
            .resourceId(ShutdownStarter.PROCESS)
            .singleResult();
    old.addPermission(Permissions.CREATE_INSTANCE); // as the release before this one granted
    engine.getAuthorizationService().saveAuthorization(old);
    Authorization stray =
        engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    stray.setUserId("cs.agent"); // a grant the groups no longer justify
    stray.setResource(Resources.PROCESS_DEFINITION);
    stray.setResourceId(ShutdownStarter.PROCESS);
    stray.addPermission(Permissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(stray);
    assertThat(offers("ops.agent")).isTrue();

    EngineSetup.authorize(engine.getAuthorizationService());
    ShutdownStarter.reconcile(engine.getIdentityService(), engine.getAuthorizationService());

    assertThat(offers("ops.agent")).isFalse();
    assertThat(offers("cs.agent")).isFalse();
    assertThat(offers("ops.head")).isTrue();
    assertThat(userGrants()).containsExactly("ops.head");
  }

  /** Whether Tasklist's start dialog offers it to {@code user}. */
  private boolean offers(String user) {
    ProcessTestEngine.signIn(engine.getIdentityService(), user);
    try {
      return ProcessTestEngine.startable(engine).contains(ShutdownStarter.PROCESS);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<String> userGrants() {
    return engine
        .getAuthorizationService()
        .createAuthorizationQuery()
        .resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(ShutdownStarter.PROCESS)
        .list()
        .stream()
        .map(Authorization::getUserId)
        .filter(user -> user != null)
        .toList();
  }
}
