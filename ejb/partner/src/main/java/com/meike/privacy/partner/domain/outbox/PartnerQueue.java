package com.meike.privacy.partner.domain.outbox;

/**
 * The port the relay hands messages to: the partner's outbound queue. Joins the caller's
 * transaction, so the message is in the queue exactly when the caller commits; {@code messageId}
 * is the broker's duplicate-detection id, so handing the same message over twice delivers it once.
 */
public interface PartnerQueue {

  void put(String partnerId, String messageId, String type, String body);
}
