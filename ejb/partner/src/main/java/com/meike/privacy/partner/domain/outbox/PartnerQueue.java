package com.meike.privacy.partner.domain.outbox;

/**
 * The port the relay hands messages to: the partner's outbound queue. Joins the caller's
 * transaction, so the message is in the queue exactly when the caller commits; {@code messageId} is
 * the broker's duplicate-detection id, so handing the same message over twice delivers it once.
 */
public interface PartnerQueue {

  void put(String partnerId, String messageId, String type, String body);

  /**
   * Whether a failed hand-over failed because the broker already holds a message with that
   * duplicate id — it refuses a second copy only of a message it committed, so this is proof of
   * delivery, never a reason to try again.
   */
  boolean alreadyHolds(Throwable failure);

  /**
   * Whether the broker answers at all: tells a message the broker refuses on its own from a broker
   * that is down (then nothing is the message's fault).
   */
  boolean reachable();
}
