package com.meike.privacy.partner.domain.outbox;

/** What a partner answers about one of our messages on its own {@code partner.<id>.inbound}. */
public enum ReplyStatus {
  /** Received and processed (a deletion carried out, a notice sent on). */
  ACKNOWLEDGED,
  /** Could not be processed; the reply carries the partner's reason. */
  FAILED,
  /** A status update: the partner delivered it onwards (a push reached the device). */
  DELIVERED
}
