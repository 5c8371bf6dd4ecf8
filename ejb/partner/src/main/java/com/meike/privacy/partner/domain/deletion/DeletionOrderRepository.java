package com.meike.privacy.partner.domain.deletion;

import java.util.List;
import java.util.Optional;

/** Deletion orders and their recipients; joins the caller's transaction. */
public interface DeletionOrderRepository {

  void store(DeletionOrder order);

  void store(DeletionRecipient recipient);

  Optional<DeletionOrder> find(String orderId);

  /** The order's recipients, by partner id. */
  List<DeletionRecipient> recipients(String orderId);

  /** The recipient row of a deletion.order message, locked for the update of its answer. */
  Optional<DeletionRecipient> recipientForMessage(String messageId);

  /**
   * Deletes at most {@code limit} orders completed before {@code cutoff}, oldest first, with their
   * recipients (the partners' acknowledgements); how many orders. An order still waiting for an
   * answer is never due.
   */
  int deleteCompletedBefore(java.time.Instant cutoff, int limit);
}
