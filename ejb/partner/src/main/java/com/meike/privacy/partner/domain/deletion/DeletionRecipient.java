package com.meike.privacy.partner.domain.deletion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One partner of a deletion order: the deletion.order message sent to it and its latest answer. */
@Entity
@Table(name = "partner_deletion_recipient")
public class DeletionRecipient {

  /** Where a partner stands on an order. */
  public enum Status {
    OUTSTANDING,
    ACKNOWLEDGED,
    FAILED
  }

  @Id
  @Column(name = "message_id", length = 36, nullable = false, updatable = false)
  private String messageId;

  @Column(name = "order_id", length = 36, nullable = false, updatable = false)
  private String orderId;

  @Column(name = "partner_id", length = 32, nullable = false, updatable = false)
  private String partnerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private Status status;

  @Column(name = "reason", length = DeletionOrder.MAX_REASON_LENGTH)
  private String reason;

  @Column(name = "replied_at")
  private Instant repliedAt;

  /** For JPA. */
  protected DeletionRecipient() {}

  public DeletionRecipient(String messageId, String orderId, String partnerId) {
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.orderId = Objects.requireNonNull(orderId, "orderId");
    this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
    this.status = Status.OUTSTANDING;
  }

  /** The partner acknowledged: it deleted. A later acknowledgement after a failure counts. */
  public void acknowledged(Instant at) {
    status = Status.ACKNOWLEDGED;
    reason = null;
    repliedAt = at;
  }

  /** The partner could not delete, with its reason (cut to 500 characters). */
  public void failed(String why, Instant at) {
    status = Status.FAILED;
    reason =
        why == null
            ? null
            : why.length() > DeletionOrder.MAX_REASON_LENGTH
                ? why.substring(0, DeletionOrder.MAX_REASON_LENGTH)
                : why;
    repliedAt = at;
  }

  public String messageId() {
    return messageId;
  }

  public String orderId() {
    return orderId;
  }

  public String partnerId() {
    return partnerId;
  }

  public Status status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public Instant repliedAt() {
    return repliedAt;
  }
}
