package com.meike.privacy.identity.infrastructure.token;

import com.meike.privacy.identity.application.AccessTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * {@link AccessTokens} as RS256 JWTs (jose4j). Configuration: {@value #SIGNING_KEY} (RSA private
 * key, PKCS#8, PEM or bare Base64), {@value #VERIFICATION_KEY} (its public key, X.509
 * SubjectPublicKeyInfo, PEM or bare Base64), {@value #VALIDITY} (ISO-8601, default PT12H). No key
 * has a default: without them no token is issued (server error) and none is accepted.
 */
@ApplicationScoped
public class JwtAccessTokens implements AccessTokens {

  public static final String SIGNING_KEY = "meike.identity.token-signing-key";
  public static final String VERIFICATION_KEY = "meike.identity.token-verification-key";
  public static final String VALIDITY = "meike.identity.token-validity";

  static final String AUDIENCE = "meike-privacy-api";
  static final int CLOCK_SKEW_SECONDS = 30;

  @Inject Config config;
  @Inject Clock clock;

  private volatile PrivateKey signingKey;
  private volatile PublicKey verificationKey;
  private volatile Duration validity;

  /** For the container. */
  public JwtAccessTokens() {}

  /** Outside a container (tests, tools). */
  public JwtAccessTokens(
      PrivateKey signingKey, PublicKey verificationKey, Duration validity, Clock clock) {
    this.signingKey = signingKey;
    this.verificationKey = verificationKey;
    this.validity = validity;
    this.clock = clock;
  }

  @Override
  public Issued issue(String accountId, String role) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(validity()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setAudience(AUDIENCE);
    claims.setSubject(accountId);
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
    claims.setStringListClaim("groups", List.of(role));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(signingKey());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setHeader("typ", "JWT");
    try {
      return new Issued(jws.getCompactSerialization(), expiresAt);
    } catch (JoseException e) {
      throw new IllegalStateException("could not sign a token", e);
    }
  }

  @Override
  public Optional<Bearer> verify(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String digest = digest(token);
    long now = clock.millis() / 1000;
    Verified known = verified.get(digest);
    if (known != null) {
      if (now < known.expiresAt() + CLOCK_SKEW_SECONDS) {
        return Optional.of(known.bearer());
      }
      verified.remove(digest, known);
      return Optional.empty();
    }
    Optional<Verified> checked = verifySignature(token);
    checked.ifPresent(result -> remember(digest, result));
    return checked.map(Verified::bearer);
  }

  /**
   * The full check (signature, algorithm, issuer, audience, subject, expiry) — an RSA signature
   * verification and JSON parsing, about a tenth of an app request's CPU (issue 11). Its outcome
   * for a token depends only on the token and the verification key, except the expiry, which {@link
   * #verify} checks again on every use.
   */
  private Optional<Verified> verifySignature(String token) {
    PublicKey key;
    try {
      key = verificationKey();
    } catch (IllegalStateException notConfigured) {
      return Optional.empty();
    }
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
            .setExpectedIssuer(ISSUER)
            .setExpectedAudience(AUDIENCE)
            .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
            .setVerificationKey(key)
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .build();
    try {
      JwtClaims claims = consumer.processToClaims(token);
      List<String> groups = claims.getStringListClaimValue("groups");
      Bearer bearer =
          new Bearer(
              claims.getSubject(), Set.copyOf(new HashSet<>(groups == null ? List.of() : groups)));
      return Optional.of(new Verified(bearer, claims.getExpirationTime().getValue()));
    } catch (InvalidJwtException | MalformedClaimException e) {
      return Optional.empty();
    }
  }

  /**
   * Tokens whose signature was verified, by the SHA-256 of the token (the token itself, a
   * credential, is not kept): an app sends the same token with every request for hours. Only valid
   * tokens are remembered; the expiry is checked on every use; the map is emptied when it reaches
   * {@value #VERIFIED_LIMIT} entries. Whether the account still exists is not cached (ID-6: the
   * caller reads it on every request).
   */
  private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

  static final int VERIFIED_LIMIT = 10_000;

  private record Verified(Bearer bearer, long expiresAt) {}

  private void remember(String digest, Verified result) {
    if (verified.size() >= VERIFIED_LIMIT) {
      verified.clear();
    }
    verified.put(digest, result);
  }

  private static String digest(String token) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return java.util.Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private PrivateKey signingKey() {
    if (signingKey == null) {
      signingKey = privateKey(required(SIGNING_KEY));
    }
    return signingKey;
  }

  private PublicKey verificationKey() {
    if (verificationKey == null) {
      verificationKey = publicKey(required(VERIFICATION_KEY));
    }
    return verificationKey;
  }

  private Duration validity() {
    if (validity == null) {
      validity = config.getOptionalValue(VALIDITY, Duration.class).orElse(Duration.ofHours(12));
    }
    return validity;
  }

  private String required(String key) {
    return config
        .getOptionalValue(key, String.class)
        .orElseThrow(() -> new IllegalStateException(key + " is not configured"));
  }

  /** An RSA private key from PKCS#8 PEM or bare Base64. */
  public static PrivateKey privateKey(String pemOrBase64) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(der(pemOrBase64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the token signing key is not an RSA PKCS#8 key", e);
    }
  }

  /** An RSA public key from X.509 SubjectPublicKeyInfo PEM or bare Base64. */
  public static PublicKey publicKey(String pemOrBase64) {
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pemOrBase64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the token verification key is not an RSA public key", e);
    }
  }

  private static byte[] der(String pemOrBase64) {
    String base64 = pemOrBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return java.util.Base64.getDecoder().decode(base64);
  }
}
