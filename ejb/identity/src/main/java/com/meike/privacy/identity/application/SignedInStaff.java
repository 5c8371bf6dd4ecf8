package com.meike.privacy.identity.application;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Who signed in to the staff web apps (Camunda's Tasklist, Cockpit, Admin) in this browser session
 * (issue 17: one sign-in for Tasklist and {@code /api}). The EAR's web modules share one HTTP
 * session ({@code META-INF/jboss-all.xml}); the web apps keep their own record of the sign-in in
 * it, which only the module that knows the engine reads ({@code bpmn}'s {@code TasklistSignIn}) —
 * this context does not import Camunda.
 */
public interface SignedInStaff {

  /**
   * The staff member signed in to the web apps in {@code session}, with their current roles (read
   * from the engine now, not from the sign-in); empty when the session carries no sign-in or the
   * account no longer exists.
   */
  Optional<CredentialValidationResult> of(HttpSession session);
}
