package com.meike.privacy.consent.domain.ledger;

import java.util.Objects;

/**
 * The consent check's answer: whether the use is allowed, why, the ledger entry the answer rests on
 * ({@code entrySequence}, null when there is none) and, for a named exception, the id of its record
 * in the exception register ({@code exceptionUseId}, otherwise null).
 */
public record Decision(
    boolean allowed, DecisionReason reason, Long entrySequence, String exceptionUseId) {

  public Decision {
    Objects.requireNonNull(reason, "reason");
    if (allowed != reason.allows()) {
      throw new IllegalArgumentException(
          reason + " cannot be " + (allowed ? "allowed" : "refused"));
    }
    if ((exceptionUseId != null) != (reason == DecisionReason.NAMED_EXCEPTION)) {
      throw new IllegalArgumentException("an exception use goes with NAMED_EXCEPTION only");
    }
  }

  /** An answer resting on a ledger entry (or none). */
  public static Decision of(DecisionReason reason, Long entrySequence) {
    return new Decision(reason.allows(), reason, entrySequence, null);
  }

  /**
   * The answer to a use under a named exception, recorded in the register as {@code
   * exceptionUseId}.
   */
  public static Decision underException(String exceptionUseId) {
    return new Decision(
        true, DecisionReason.NAMED_EXCEPTION, null, Objects.requireNonNull(exceptionUseId));
  }
}
