package com.meike.privacy.partner.domain.outbox;

/**
 * Where a message stands, as operations see it: {@code PENDING} not yet handed to the broker;
 * {@code UNACKNOWLEDGED} awaiting an acknowledgement it needs; {@code ACKNOWLEDGED}; {@code FAILED}
 * with the partner's reason; {@code DELIVERED} a status update arrived for a message that needs no
 * acknowledgement; {@code SENT} handed to the broker, nothing more expected.
 */
public enum MessageState {
  PENDING,
  UNACKNOWLEDGED,
  ACKNOWLEDGED,
  FAILED,
  DELIVERED,
  SENT
}
