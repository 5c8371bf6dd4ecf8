package com.meike.privacy.partner.application;

import java.time.Instant;
import java.util.List;

/**
 * A deletion order as staff follow it: {@code complete} once every partner acknowledged; {@code
 * outstanding}, {@code acknowledged} and {@code failed} list partner ids; {@code recipients} gives
 * each partner's message, status and (for a failure) its reason.
 */
public record DeletionOrderView(
    String id,
    String subject,
    String reason,
    String orderedBy,
    Instant orderedAt,
    boolean complete,
    Instant completedAt,
    List<String> outstanding,
    List<String> acknowledged,
    List<String> failed,
    List<Recipient> recipients) {

  /** One partner of the order. */
  public record Recipient(
      String partner, String messageId, String status, String reason, Instant repliedAt) {}
}
