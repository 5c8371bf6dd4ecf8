package com.meike.privacy.partner.domain.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The outbox's storage, and the refused replies. */
public interface OutboxRepository {

  void store(OutboxMessage message);

  /**
   * Stores new messages together (one JDBC batch in the container); as {@link #store} one by one.
   */
  default void storeAll(List<OutboxMessage> messages) {
    messages.forEach(this::store);
  }

  /**
   * Marks claimed messages delivered at {@code at} with one statement; the caller holds their rows
   * ({@link #claim}) and does not touch the claimed entities afterwards.
   */
  void markDelivered(Collection<String> messageIds, Instant at);

  Optional<OutboxMessage> find(String messageId);

  /**
   * Those of the messages that are still to be handed over (not delivered, not dead letters),
   * locked until the caller's transaction ends; rows another transaction holds (another node's
   * relay, a transaction in doubt) are skipped, not waited for ({@code FOR UPDATE SKIP LOCKED}).
   */
  List<OutboxMessage> claim(Collection<String> messageIds);

  /**
   * Ids of messages not yet handed to the broker whose next attempt is due at {@code now}, oldest
   * first, at most {@code max}; dead letters are not among them.
   */
  List<String> dueIds(Instant now, int max);

  /** Messages the relay gave up on, oldest first, at most {@code max}. */
  List<OutboxMessage> deadLetters(int max);

  /** Messages in {@code state}, oldest first, at most {@code max}. */
  List<OutboxMessage> inState(MessageState state, int max);

  void store(RejectedReply rejection);

  /** The latest refused replies, newest first, at most {@code max}. */
  List<RejectedReply> rejections(int max);
}
