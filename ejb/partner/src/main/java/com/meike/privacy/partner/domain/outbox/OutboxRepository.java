package com.meike.privacy.partner.domain.outbox;

import java.util.List;
import java.util.Optional;

/** The outbox's storage, and the refused replies. */
public interface OutboxRepository {

  void store(OutboxMessage message);

  Optional<OutboxMessage> find(String messageId);

  /**
   * The message, locked against other relays until the caller's transaction ends (a second node
   * sweeping at the same time waits, then finds it delivered).
   */
  Optional<OutboxMessage> lockForDelivery(String messageId);

  /** Ids of messages not yet handed to the broker, oldest first, at most {@code max}. */
  List<String> pendingIds(int max);

  /** Messages in {@code state}, oldest first, at most {@code max}. */
  List<OutboxMessage> inState(MessageState state, int max);

  void store(RejectedReply rejection);

  /** The latest refused replies, newest first, at most {@code max}. */
  List<RejectedReply> rejections(int max);
}
