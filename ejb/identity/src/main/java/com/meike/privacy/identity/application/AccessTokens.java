package com.meike.privacy.identity.application;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Signed bearer tokens of app users: JWTs (RS256) with {@code sub} = account id, {@code groups} =
 * the role, issuer {@value #ISSUER} and an expiry. Keys come from configuration.
 */
public interface AccessTokens {

  String ISSUER = "meike-privacy";

  /** The role every bearer of a valid token holds, besides its groups. */
  String APP_USER_ROLE = "app-user";

  /** A new token for the account. */
  Issued issue(String accountId, String role);

  /** The bearer of a valid token (signature, issuer, audience, expiry); empty for anything else. */
  Optional<Bearer> verify(String token);

  record Issued(String token, Instant expiresAt) {}

  record Bearer(String accountId, Set<String> groups) {}
}
