package com.meike.privacy.bpmn.identity;

import com.meike.privacy.bpmn.engine.DirectoryGroupsGuard;
import com.meike.privacy.bpmn.engine.ShutdownStarter;
import com.meike.privacy.identity.application.StaffGroupsChanged;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The engine's side of the staff directory (issue 17, item 7): when the directory changes a
 * member's department or head, their memberships of the directory's groups ({@link
 * StaffGroups#DIRECTORY_GROUPS}) follow in the same transaction — or the directory's change rolls
 * back (an unknown Camunda user is 404). Other groups (supervisors, administrators) stay as they
 * are. Camunda Admin cannot change the directory's groups ({@link DirectoryGroupsGuard}). The head
 * of operations' own grant to start a shutdown moves with them ({@link ShutdownStarter}).
 */
@ApplicationScoped
public class StaffDirectoryGroups {

  @Inject IdentityService identity;
  @Inject AuthorizationService authorizations;

  /** For the container. */
  public StaffDirectoryGroups() {}

  /** Outside a container (process tests): on the given engine's services. */
  public StaffDirectoryGroups(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  public void onChanged(@Observes StaffGroupsChanged changed) {
    Authentication caller = identity.getCurrentAuthentication();
    identity
        .clearAuthentication(); // the directory checked its caller; the engine applies its decision
    try {
      DirectoryGroupsGuard.asDirectory(() -> apply(changed.username(), changed.directoryGroups()));
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private void apply(String username, Set<String> wanted) {
    if (identity.createUserQuery().userId(username).count() == 0) {
      throw DomainException.notFound(
          "Camunda has no user " + username + ": create the user in Admin first");
    }
    Set<String> held =
        identity.createGroupQuery().groupMember(username).list().stream()
            .map(Group::getId)
            .filter(StaffGroups.DIRECTORY_GROUPS::contains)
            .collect(Collectors.toSet());
    for (String group : held) {
      if (!wanted.contains(group)) {
        identity.deleteMembership(username, group);
      }
    }
    for (String group : wanted) {
      if (!held.contains(group)) {
        identity.createMembership(username, group);
      }
    }
    ShutdownStarter.follow(authorizations, username, wanted);
  }
}
