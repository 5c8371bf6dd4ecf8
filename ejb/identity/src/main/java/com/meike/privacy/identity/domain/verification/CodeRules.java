package com.meike.privacy.identity.domain.verification;

import com.meike.privacy.kernel.problem.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The configurable rules of verification codes: how long a code is valid, how many wrong attempts
 * burn it, and how many codes one phone and one client address may request per window.
 */
public record CodeRules(
    Duration validity, int maxAttempts, int perPhone, int perClient, Duration window) {

  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  public CodeRules {
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(window, "window");
    if (validity.isNegative() || validity.isZero() || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("validity and window must be positive");
    }
    if (maxAttempts < 1 || perPhone < 1 || perClient < 1) {
      throw new IllegalArgumentException("attempts and limits must be at least 1");
    }
  }

  /** Defaults: 5 minutes, 5 attempts, 5 codes per phone and 20 per client address per hour. */
  public static CodeRules defaults() {
    return new CodeRules(Duration.ofMinutes(5), DEFAULT_MAX_ATTEMPTS, 5, 20, Duration.ofHours(1));
  }

  /** Where the rate-limit window that ends now began. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * Refuses a new code when the phone or the client address has reached its limit in the window.
   *
   * @throws DomainException RATE_LIMITED (on {@code phone} for the phone's limit; on no field for
   *     the client address's)
   */
  public void checkRate(long codesForPhone, long codesForClient) {
    if (codesForPhone >= perPhone) {
      throw DomainException.rateLimited(
          "phone", "Too many codes for this phone number; try again later.");
    }
    if (codesForClient >= perClient) {
      throw DomainException.rateLimited(null, "Too many codes from this address; try again later.");
    }
  }
}
