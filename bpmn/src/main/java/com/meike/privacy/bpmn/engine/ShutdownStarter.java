package com.meike.privacy.bpmn.engine;

import com.meike.privacy.kernel.staff.StaffGroups;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;

/**
 * Who is offered "停运数据处置 Shutdown data disposal" in Tasklist's "Start process" (SHUT-1, issue 17):
 * the privacy office by its group's grant ({@link EngineSetup#STARTERS}) and the head of operations
 * by a grant to that one person — the rest of operations only works on the process's tasks. The
 * person's grant follows the staff directory's groups: {@code StaffDirectoryGroups} moves it in the
 * directory's own transaction when a head is appointed or leaves, and every start of the engine
 * brings it in line with the groups (an upgrade, the demo staff).
 */
public final class ShutdownStarter {

  static final String PROCESS = "shutdown-data-disposal";

  private ShutdownStarter() {}

  /** Gives {@code username} the start of the process, or takes it, as their groups now say. */
  public static void follow(
      AuthorizationService authorizations, String username, Set<String> directoryGroups) {
    if (StaffGroups.headsOperations(directoryGroups)) {
      grant(authorizations, username);
    } else {
      Authorization held = grantOf(authorizations, username);
      if (held != null) {
        authorizations.deleteAuthorization(held.getId());
      }
    }
  }

  /** At the engine's start: the grant to every head of operations, and to nobody else. */
  static void reconcile(IdentityService identity, AuthorizationService authorizations) {
    Set<String> heads =
        identity.createUserQuery().memberOfGroup(StaffGroups.OPERATIONS).list().stream()
            .map(User::getId)
            .collect(Collectors.toCollection(HashSet::new));
    heads.retainAll(
        identity.createUserQuery().memberOfGroup(StaffGroups.DEPARTMENT_HEAD).list().stream()
            .map(User::getId)
            .collect(Collectors.toSet()));
    for (Authorization grant :
        authorizations
            .createAuthorizationQuery()
            .resourceType(Resources.PROCESS_DEFINITION)
            .resourceId(PROCESS)
            .list()) {
      if (grant.getUserId() != null
          && !Authorization.ANY.equals(grant.getUserId())
          && !heads.contains(grant.getUserId())) {
        authorizations.deleteAuthorization(grant.getId());
      }
    }
    heads.forEach(head -> grant(authorizations, head));
  }

  private static void grant(AuthorizationService authorizations, String username) {
    if (grantOf(authorizations, username) != null) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(username);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(PROCESS);
    grant.addPermission(Permissions.READ);
    grant.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(grant);
  }

  private static Authorization grantOf(AuthorizationService authorizations, String username) {
    return authorizations
        .createAuthorizationQuery()
        .userIdIn(username)
        .resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(PROCESS)
        .singleResult();
  }
}
