package com.meike.privacy.recording.domain.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * How long recordings are kept after their session ends ({@code keep}, 7 days by the policy), and
 * after how long a destruction claim of a node that died is taken over ({@code claimTimeout}).
 */
public record RetentionPolicy(Duration keep, Duration claimTimeout) {

  public RetentionPolicy {
    if (keep == null || keep.isNegative() || keep.isZero()) {
      throw new IllegalArgumentException("recordings are kept for a positive time");
    }
    if (claimTimeout == null || claimTimeout.isNegative() || claimTimeout.isZero()) {
      throw new IllegalArgumentException("a claim timeout is positive");
    }
  }

  /** Recordings that ended at or before this instant are due (unless held). */
  public Instant endedBefore(Instant now) {
    return now.minus(keep);
  }

  /** Destruction claims made at or before this instant were abandoned and may be taken over. */
  public Instant claimedBefore(Instant now) {
    return now.minus(claimTimeout);
  }
}
