package com.meike.privacy.bpmn.identity;

import com.meike.privacy.identity.application.SignedInStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;

/**
 * The sign-in of Camunda's web apps in a browser session, for {@code /api} (issue 17: one sign-in
 * for Tasklist and {@code /api}). After a successful login Tasklist keeps an {@code
 * Authentications} object under the session attribute {@value #SESSION_ATTRIBUTE} (Camunda's {@code
 * AuthenticationUtil}); its classes live in the web apps' WAR, which this module cannot see, so it
 * is read through its public getters ({@code getAuthentications()}, then {@code
 * getProcessEngineName()} and {@code getName()} of each). Only the user id is taken: whether the
 * account still exists and its groups are asked of the engine now.
 */
@ApplicationScoped
public class TasklistSignIn implements SignedInStaff {

  /** Where Camunda's web apps keep the session's sign-in. */
  static final String SESSION_ATTRIBUTE = "authenticatedUser";

  /** The engine whose sign-in counts (the one engine of the EAR). */
  static final String ENGINE = "default";

  @Inject IdentityService identity;
  @Inject StaffAuthenticator authenticator;

  @Override
  public Optional<CredentialValidationResult> of(HttpSession session) {
    Object authentications;
    try {
      authentications = session.getAttribute(SESSION_ATTRIBUTE);
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
    return userOf(authentications)
        .filter(user -> identity.createUserQuery().userId(user).count() == 1)
        .map(
            user ->
                new CredentialValidationResult(
                    user, StaffIdentityStore.rolesOf(authenticator.groupsOf(user))));
  }

  /** The user id the web apps signed in for the engine {@value #ENGINE}, if any. */
  static Optional<String> userOf(Object authentications) {
    if (authentications == null) {
      return Optional.empty();
    }
    try {
      Object all = getter(authentications, "getAuthentications");
      if (!(all instanceof List<?> list)) {
        return Optional.empty();
      }
      for (Object authentication : list) {
        if (authentication != null
            && ENGINE.equals(getter(authentication, "getProcessEngineName"))
            && getter(authentication, "getName") instanceof String user
            && !user.isBlank()) {
          return Optional.of(user);
        }
      }
      return Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another shape than Camunda's: no sign-in (the browser is asked for credentials)
      return Optional.empty();
    }
  }

  private static Object getter(Object target, String name) throws ReflectiveOperationException {
    Method method = target.getClass().getMethod(name);
    return method.invoke(target);
  }
}
