package com.meike.privacy.identity.infrastructure.security;

import com.meike.privacy.identity.application.AccessTokens;
import com.meike.privacy.identity.application.SignedInStaff;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one Jakarta Security authentication mechanism of the EAR. It lives in this EJB module, not in
 * the API's WAR, because WildFly applies a deployment's mechanism to every WAR of the EAR ({@code
 * /api}, {@code /engine-rest}, {@code /camunda}), and each must be able to resolve it: a mechanism
 * bean inside {@code api.war} is invisible to the other WARs (they then fail with a
 * NullPointerException). It handles:
 *
 * <ul>
 *   <li>{@code Authorization: Basic} — staff, validated by the identity stores (the API's {@code
 *       StaffIdentityStore}: the engine's identity service), exactly as the standard Basic
 *       mechanism did;
 *   <li>{@code Authorization: Bearer} — app users, a JWT issued at registration ({@link
 *       AccessTokens}); roles are its groups plus {@value AccessTokens#APP_USER_ROLE};
 *   <li>no credentials, a reading request ({@code GET}, {@code HEAD}) to a protected resource, and
 *       a browser session signed in to Tasklist ({@link SignedInStaff}; the EAR's modules share one
 *       session) — the staff member of that sign-in, with their current groups (issue 17: a link in
 *       a task form opens an attachment with the Tasklist login, no second sign-in). A change
 *       through {@code /api} always needs credentials of its own, so a session never carries a
 *       forged cross-site change there.
 * </ul>
 *
 * Bad credentials of either kind are refused with 401. Wrong staff passwords slow their client
 * address down ({@link LoginThrottle}); the engine delays the account briefly; nothing locks it.
 * Without credentials, a protected resource answers 401 with the Basic challenge of realm {@value
 * #REALM}; an unprotected one goes ahead anonymously.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "meike-privacy";
  static final String CHALLENGE = "Basic realm=\"" + REALM + "\"";

  /** Request attribute: seconds a throttled client address must wait (the 401 page says so). */
  public static final String RETRY_AFTER_ATTRIBUTE = "meike.login.retry-after";

  @Inject IdentityStoreHandler identityStores;
  @Inject AccessTokens tokens;

  /**
   * Read directly (not through the registration EJB): one primary-key select on a pooled connection
   * per bearer request, without a transaction or a persistence context (issue 11).
   */
  @Inject AppAccountRepository accounts;

  @Inject Clock clock;

  /** The Tasklist sign-in of a browser session (bpmn); unresolvable where no engine is deployed. */
  @Inject Instance<SignedInStaff> signedInStaff;

  /**
   * Failures before an address is slowed down (the in-container tests, all from 127.0.0.1, lift
   * it).
   */
  @Inject
  @ConfigProperty(name = "meike.security.login-free-failures", defaultValue = "5")
  int freeFailures;

  private volatile LoginThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && startsWithIgnoreCase(authorization, "Basic ")) {
      String address = request.getRemoteAddr();
      Optional<Duration> wait = throttle().waitFor(address);
      if (wait.isPresent()) {
        // Not even checked: a guesser learns nothing, and the account itself is not delayed
        // further.
        long seconds = Math.max(1, wait.get().toSeconds());
        response.setHeader("Retry-After", Long.toString(seconds));
        request.setAttribute(RETRY_AFTER_ATTRIBUTE, seconds);
        return challenge(response, context);
      }
      Optional<UsernamePasswordCredential> credential = basic(authorization.substring(6).strip());
      if (credential.isPresent()) {
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
      }
      throttle().failed(address);
      return challenge(response, context);
    }
    if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
      Optional<AccessTokens.Bearer> bearer = tokens.verify(authorization.substring(7).strip());
      // A valid token of a deleted account opens nothing (one primary-key read per request).
      if (bearer.isPresent() && accounts.exists(bearer.get().accountId())) {
        Set<String> roles = new HashSet<>(bearer.get().groups());
        roles.add(AccessTokens.APP_USER_ROLE);
        return context.notifyContainerAboutLogin(bearer.get().accountId(), roles);
      }
      return challenge(response, context);
    }
    if (context.isProtected()) {
      Optional<CredentialValidationResult> signedIn = signedIn(request);
      if (signedIn.isPresent()) {
        return context.notifyContainerAboutLogin(signedIn.get());
      }
      return challenge(response, context);
    }
    return context.doNothing();
  }

  /** The Tasklist sign-in of the request's session, for a reading request only. */
  private Optional<CredentialValidationResult> signedIn(HttpServletRequest request) {
    if (!READING.contains(request.getMethod()) || !signedInStaff.isResolvable()) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    return session == null ? Optional.empty() : signedInStaff.get().of(session);
  }

  /** The requests a browser session authenticates: reading only. */
  static final Set<String> READING = Set.of("GET", "HEAD");

  private LoginThrottle throttle() {
    LoginThrottle current = throttle;
    if (current == null) {
      synchronized (this) {
        if (throttle == null) {
          throttle = new LoginThrottle(clock, freeFailures);
        }
        current = throttle;
      }
    }
    return current;
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return context.responseUnauthorized();
  }

  static Optional<UsernamePasswordCredential> basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
