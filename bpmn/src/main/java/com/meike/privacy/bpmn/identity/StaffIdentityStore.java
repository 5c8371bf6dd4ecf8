package com.meike.privacy.bpmn.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;

/**
 * Validates staff credentials against the engine's identity service (one account for Tasklist,
 * /engine-rest and /api). Groups become roles; members of any business group also get {@link
 * #STAFF_ROLE}. The EAR's authentication mechanism (identity's {@code ApiAuthenticationMechanism})
 * calls it through the identity store handler for HTTP Basic.
 *
 * <p>It lives in this EJB module, not in a WAR, because the identity store handler is one instance
 * for the whole EAR and collects the stores it can see the first time it is used: a store inside
 * one WAR is missed when the first Basic request after a deployment goes to another WAR (e.g.
 * /engine-rest), and every Basic login then fails until the next deployment.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  /** The role of every member of a business staff group. */
  public static final String STAFF_ROLE = "staff";

  /** The technical administrators' group: alone, it does not make someone staff. */
  public static final String ADMIN_GROUP = "camunda-admin";

  @Inject StaffAuthenticator authenticator;

  /**
   * Found by {@link IdentityStore#validate(jakarta.security.enterprise.credential.Credential)} by
   * its parameter type.
   */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return authenticator
        .authenticate(credential.getCaller(), credential.getPasswordAsString())
        .map(groups -> new CredentialValidationResult(credential.getCaller(), rolesOf(groups)))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  static Set<String> rolesOf(Set<String> groups) {
    Set<String> roles = new HashSet<>(groups);
    if (groups.stream().anyMatch(group -> !group.equals(ADMIN_GROUP))) {
      roles.add(STAFF_ROLE);
    }
    return roles;
  }
}
