package com.meike.privacy.identity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PhoneVerificationTest {

  private static final Instant ISSUED = Instant.parse("2026-11-29T08:00:00Z");
  private static final Predicate<String> RIGHT = hash -> true;
  private static final Predicate<String> WRONG = hash -> false;

  private final PhoneVerification verification =
      PhoneVerification.issue(
          "phone-hash", "client-hash", "code-hash", ISSUED, CodeRules.defaults());

  @Test
  void theRightCodeIsAcceptedUntilItExpires() {
    assertThat(verification.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofMinutes(5)));
    assertThat(verification.check(RIGHT, ISSUED.plusSeconds(299))).isEqualTo(CodeCheck.ACCEPTED);
    assertThat(verification.check(RIGHT, ISSUED.plusSeconds(300))).isEqualTo(CodeCheck.EXPIRED);
  }

  @Test
  void aCodeIsUsedOnlyOnce() {
    verification.use(ISSUED.plusSeconds(10));
    assertThat(verification.used()).isTrue();
    assertThat(verification.check(RIGHT, ISSUED.plusSeconds(11))).isEqualTo(CodeCheck.ALREADY_USED);
    assertThatThrownBy(() -> verification.use(ISSUED.plusSeconds(12)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theFifthWrongAttemptBurnsTheCode() {
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(verification.check(WRONG, ISSUED)).isEqualTo(CodeCheck.WRONG);
      verification.failedAttempt();
    }
    assertThat(verification.check(RIGHT, ISSUED)).isEqualTo(CodeCheck.ACCEPTED);
    assertThat(verification.check(WRONG, ISSUED)).isEqualTo(CodeCheck.WRONG_AND_BURNT);
    verification.failedAttempt();
    assertThat(verification.failedAttempts()).isEqualTo(5);
    assertThat(verification.check(RIGHT, ISSUED)).isEqualTo(CodeCheck.BURNT);
    verification.failedAttempt();
    assertThat(verification.failedAttempts()).isEqualTo(5);
  }

  @Test
  void onlyHashesAreHeld() {
    assertThat(verification.codeHash()).isEqualTo("code-hash");
    assertThat(verification.phoneHash()).isEqualTo("phone-hash");
    assertThat(verification.clientHash()).isEqualTo("client-hash");
  }
}
