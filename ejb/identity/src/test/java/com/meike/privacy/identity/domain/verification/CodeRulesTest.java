package com.meike.privacy.identity.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CodeRulesTest {

  private final CodeRules rules = CodeRules.defaults();

  @Test
  void fivePerPhoneAndTwentyPerClientAddressPerHour() {
    assertThatCode(() -> rules.checkRate(4, 19)).doesNotThrowAnyException();
    assertThatThrownBy(() -> rules.checkRate(5, 0))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.RATE_LIMITED);
              assertThat(e.field()).isEqualTo("phone");
            });
    assertThatThrownBy(() -> rules.checkRate(0, 20))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.RATE_LIMITED));
    assertThat(rules.windowStart(Instant.parse("2026-11-29T08:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-29T07:00:00Z"));
  }

  @Test
  void nonsenseRulesAreRefused() {
    assertThatThrownBy(() -> new CodeRules(Duration.ZERO, 5, 5, 20, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CodeRules(Duration.ofMinutes(5), 0, 5, 20, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
