package com.meike.privacy.bpmn.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.testsupport.InMemoryEngine;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GrantOnlyAuthorizationsTest {

  static final String PERSON = "rev.test";

  ProcessEngine engine;
  ProcessEngine older;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
    if (older != null) {
      older.close();
    }
  }

  @Test
  void a_revoke_is_refused_with_a_sentence_and_grants_still_open_what_they_grant() {
    engine = ProcessTestEngine.build("grant-only");
    AuthorizationService authorizations = engine.getAuthorizationService();

    Authorization revoke = revokeReadOfP(authorizations);
    assertThatThrownBy(() -> authorizations.saveAuthorization(revoke))
        .isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("撤销型授权")
        .hasMessageContaining("a REVOKE authorization is not accepted");
    assertThat(
            authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                .count())
        .isZero();

    grantReadOfEveryProcess(authorizations);
    assertThat(readsProcess(authorizations, "p")).isTrue();
    assertThat(readsProcess(authorizations, "q")).isTrue();
    assertThat(
            authorizations.isUserAuthorized(
                "someone.else", null, Permissions.READ, Resources.PROCESS_DEFINITION, "p"))
        .isFalse();
  }

  @Test
  void a_revoke_saved_before_the_rule_is_still_honoured() {
    // An older release's engine (no rules) saved a revoke in the database.
    older = InMemoryEngine.build("grant-only-older", configuration -> {});
    AuthorizationService before = older.getAuthorizationService();
    before.saveAuthorization(revokeReadOfP(before));

    engine =
        ProcessTestEngine.build(
            "grant-only-newer",
            configuration -> {
              configuration.setJdbcUrl("jdbc:h2:mem:grant-only-older;DB_CLOSE_DELAY=-1");
              configuration.setDatabaseSchemaUpdate("true");
            });
    AuthorizationService authorizations = engine.getAuthorizationService();
    grantReadOfEveryProcess(authorizations);

    assertThat(readsProcess(authorizations, "p")).isFalse();
    assertThat(readsProcess(authorizations, "q")).isTrue();
  }

  @Test
  void a_group_grants_at_once_and_a_check_reads_no_group_of_every_authorization() throws Exception {
    engine = ProcessTestEngine.build("grant-only-groups");
    AuthorizationService authorizations = engine.getAuthorizationService();
    grantReadOfProcess(authorizations, "readers", "p");
    try (H2Statements statements = new H2Statements("grant-only-groups")) {

      // a person of the granted group reads, one of another group does not
      assertThat(readsProcessAsMemberOf(authorizations, List.of("writers", "readers"), "p"))
          .isTrue();
      assertThat(readsProcessAsMemberOf(authorizations, List.of("writers"), "p")).isFalse();
      // a group granted after the first checks opens the process in the very next one
      grantReadOfProcess(authorizations, "writers", "p");
      assertThat(readsProcessAsMemberOf(authorizations, List.of("writers"), "p")).isTrue();
      assertThat(readsProcessAsMemberOf(authorizations, List.of("writers"), "q")).isFalse();

      // issue 11: no check read the group of every row of the table first
      assertThat(statements.executions("%DISTINCT(A.GROUP_ID_)%")).isZero();
      assertThat(statements.executions("%ACT_RU_AUTHORIZATION%")).isPositive();
    }
  }

  private static void grantReadOfProcess(
      AuthorizationService authorizations, String group, String key) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(key);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  private static boolean readsProcessAsMemberOf(
      AuthorizationService authorizations, List<String> groups, String key) {
    return authorizations.isUserAuthorized(
        PERSON, groups, Permissions.READ, Resources.PROCESS_DEFINITION, key);
  }

  private static Authorization revokeReadOfP(AuthorizationService authorizations) {
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(PERSON);
    revoke.setResource(Resources.PROCESS_DEFINITION);
    revoke.setResourceId("p");
    revoke.removePermission(Permissions.READ);
    return revoke;
  }

  private static void grantReadOfEveryProcess(AuthorizationService authorizations) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(PERSON);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(Authorization.ANY);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  private static boolean readsProcess(AuthorizationService authorizations, String key) {
    return authorizations.isUserAuthorized(
        PERSON, null, Permissions.READ, Resources.PROCESS_DEFINITION, key);
  }
}
