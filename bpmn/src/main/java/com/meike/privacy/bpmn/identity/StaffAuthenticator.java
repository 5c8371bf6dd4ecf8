package com.meike.privacy.bpmn.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Checks a staff member's password against the engine's identity service — the one place staff
 * credentials live — so the same account works for Tasklist, /engine-rest and /api. The engine
 * throttles repeated wrong passwords per user.
 */
@Stateless
public class StaffAuthenticator {

  @Inject IdentityService identity;

  /** The member's groups when the password is right, empty otherwise (unknown user included). */
  public Optional<Set<String>> authenticate(String username, String password) {
    if (username == null
        || username.isBlank()
        || password == null
        || !identity.checkPassword(username, password)) {
      return Optional.empty();
    }
    return Optional.of(groupsOf(username));
  }

  /** The groups of a staff member (for callers already authenticated otherwise). */
  public Set<String> groupsOf(String username) {
    return identity.createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId)
        .collect(Collectors.toUnmodifiableSet());
  }
}
