package com.meike.privacy.partner.application.internal;

import java.util.List;

/**
 * One pass of the relay over outbox messages (PTN-4, issue 20): up to {@code batch} of them go to
 * the broker in ONE transaction. When that transaction fails, each message of the batch is tried on
 * its own, so that one bad message never holds back the others: a message the broker refuses as a
 * duplicate is recorded as delivered (the broker committed it before — proof of delivery); any
 * other failure of a message on its own counts against that message (retried later, then a dead
 * letter), but only while the broker answers — when it does not, the pass stops and leaves the rest
 * for the next sweep, since nothing is the messages' fault. Kept free of the container so that the
 * rules are tested on their own ({@code RelayPassTest}).
 */
public final class RelayPass {

  /** The transactional steps and the broker's judgement, as the relay supplies them. */
  public interface Steps {

    /**
     * Hands the still pending ones of these messages to the broker in one transaction, committed
     * when this returns.
     *
     * @return how many were handed over
     * @throws RuntimeException when the transaction rolled back
     */
    int handOver(List<String> messageIds);

    /**
     * Records the message as delivered: the broker already holds it. @return whether it was pending
     */
    boolean confirmHeld(String messageId);

    /** Counts a failed hand-over against the message. @return whether it is a dead letter now */
    boolean isolate(String messageId, Throwable cause);

    /** Whether the failure is the broker's refusal of a second copy (proof of delivery). */
    boolean alreadyHolds(Throwable failure);

    /** Whether the broker answers at all. */
    boolean brokerReachable();
  }

  /** What a pass did. */
  public record Outcome(
      int delivered, int confirmed, int failed, int deadLetters, boolean brokerDown) {

    public int handled() {
      return delivered + confirmed + failed;
    }
  }

  private final Steps steps;
  private int delivered;
  private int confirmed;
  private int failed;
  private int deadLetters;

  private RelayPass(Steps steps) {
    this.steps = steps;
  }

  /** Relays {@code messageIds} in batches of at most {@code batch}, in their order. */
  static Outcome run(List<String> messageIds, int batch, Steps steps) {
    return new RelayPass(steps).relay(messageIds, Math.max(1, batch));
  }

  private Outcome relay(List<String> messageIds, int batch) {
    for (int from = 0; from < messageIds.size(); from += batch) {
      List<String> chunk = messageIds.subList(from, Math.min(messageIds.size(), from + batch));
      try {
        delivered += steps.handOver(chunk);
        continue;
      } catch (RuntimeException batchFailure) {
        if (chunk.size() == 1) {
          if (!failedAlone(chunk.get(0), batchFailure)) {
            return outcome(true);
          }
          continue;
        }
      }
      for (String messageId : chunk) {
        try {
          delivered += steps.handOver(List.of(messageId));
        } catch (RuntimeException failure) {
          if (!failedAlone(messageId, failure)) {
            return outcome(true);
          }
        }
      }
    }
    return outcome(false);
  }

  /** A message failed on its own. @return false when the broker is down (stop the pass) */
  private boolean failedAlone(String messageId, RuntimeException failure) {
    if (steps.alreadyHolds(failure)) {
      if (steps.confirmHeld(messageId)) {
        confirmed++;
      }
      return true;
    }
    if (!steps.brokerReachable()) {
      return false;
    }
    failed++;
    if (steps.isolate(messageId, failure)) {
      deadLetters++;
    }
    return true;
  }

  private Outcome outcome(boolean brokerDown) {
    return new Outcome(delivered, confirmed, failed, deadLetters, brokerDown);
  }
}
