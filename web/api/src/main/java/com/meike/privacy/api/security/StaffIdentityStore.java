package com.meike.privacy.api.security;

import com.meike.privacy.bpmn.identity.StaffAuthenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;

/**
 * Validates staff credentials against the engine's identity service (one account for Tasklist,
 * /engine-rest and /api). Groups become roles; members of any business group also get
 * {@link Roles#STAFF}. The EAR's authentication mechanism (identity's {@code
 * ApiAuthenticationMechanism}) calls it through the identity store handler for HTTP Basic.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @Inject StaffAuthenticator authenticator;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return authenticator.authenticate(credential.getCaller(), credential.getPasswordAsString())
        .map(groups -> new CredentialValidationResult(credential.getCaller(), rolesOf(groups)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  static Set<String> rolesOf(Set<String> groups) {
    Set<String> roles = new HashSet<>(groups);
    if (groups.stream().anyMatch(group -> !group.equals(Roles.ADMIN))) {
      roles.add(Roles.STAFF);
    }
    return roles;
  }
}
