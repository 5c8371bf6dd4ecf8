package com.meike.privacy.identity.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A growing delay per client address for wrong staff passwords (OWASP ASVS V6): the first {@value
 * #FREE_FAILURES} failures (configurable) cost nothing, then the address waits 1 s, 2 s, 4 s … at
 * most {@link #MAX_DELAY} before its next password is even checked. A success does not reset it
 * (one valid account must not open unlimited guessing of the others); the address is forgotten
 * {@link #FORGET} after its last failure. It never locks an account — the engine adds its own short
 * per-account delay ({@code ProcessEngineBootstrap}). Memory of this node only: a cluster
 * multiplies the rate by its nodes, and behind a proxy the address is the proxy's unless WildFly
 * forwards the client's.
 */
final class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration MAX_DELAY = Duration.ofMinutes(5);
  static final Duration FORGET = Duration.ofMinutes(15);

  /** Beyond this many addresses remembered, the stale ones are dropped first. */
  private static final int MAX_ADDRESSES = 100_000;

  private record Failures(int count, Instant last, Instant retryAt) {}

  private final ConcurrentHashMap<String, Failures> byAddress = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int freeFailures;

  LoginThrottle(Clock clock, int freeFailures) {
    this.clock = clock;
    this.freeFailures = freeFailures;
  }

  /** How long {@code address} must still wait before a password of it is checked, if at all. */
  Optional<Duration> waitFor(String address) {
    Failures failures = byAddress.get(address);
    Instant now = clock.instant();
    if (failures == null || !failures.retryAt().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, failures.retryAt()));
  }

  /** Records a wrong password (or an unknown user) from {@code address}. */
  void failed(String address) {
    Instant now = clock.instant();
    if (byAddress.size() >= MAX_ADDRESSES) {
      byAddress.values().removeIf(f -> f.last().plus(FORGET).isBefore(now));
    }
    byAddress.compute(
        address,
        (key, old) -> {
          int count = old == null || old.last().plus(FORGET).isBefore(now) ? 1 : old.count() + 1;
          return new Failures(count, now, now.plus(delayAfter(count, freeFailures)));
        });
  }

  /** The wait after the {@code count}th failure in a row. */
  static Duration delayAfter(int count, int freeFailures) {
    if (count <= freeFailures) {
      return Duration.ZERO;
    }
    int exponent = Math.min(count - freeFailures - 1, 20);
    Duration delay = Duration.ofSeconds(1L << exponent);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }
}
