package com.meike.privacy.identity.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ASVS-V6")
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-06T08:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(
          new Clock() {
            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          },
          5);

  @Test
  @DisplayName("five wrong passwords from an address cost nothing, then the wait doubles from 1 s")
  void theDelayGrowsPerAddressAfterTheFreeFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("198.51.100.7");
    }
    assertThat(throttle.waitFor("198.51.100.7")).isEmpty();
    throttle.failed("198.51.100.7");
    assertThat(throttle.waitFor("198.51.100.7")).contains(Duration.ofSeconds(1));
    now = now.plusSeconds(1);
    assertThat(throttle.waitFor("198.51.100.7")).isEmpty();
    throttle.failed("198.51.100.7");
    assertThat(throttle.waitFor("198.51.100.7")).contains(Duration.ofSeconds(2));
    assertThat(throttle.waitFor("203.0.113.9")).as("another address is not slowed down").isEmpty();
  }

  @Test
  @DisplayName(
      "the wait never exceeds five minutes and an address is forgotten 15 minutes after its last failure")
  void theDelayIsCappedAndForgotten() {
    assertThat(LoginThrottle.delayAfter(5, 5)).isZero();
    assertThat(LoginThrottle.delayAfter(8, 5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(LoginThrottle.delayAfter(40, 5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE, 5)).isEqualTo(Duration.ofMinutes(5));
    for (int i = 0; i < 20; i++) {
      throttle.failed("198.51.100.7");
    }
    now = now.plus(Duration.ofMinutes(16));
    throttle.failed("198.51.100.7");
    assertThat(throttle.waitFor("198.51.100.7")).as("counted from one again").isEmpty();
  }
}
