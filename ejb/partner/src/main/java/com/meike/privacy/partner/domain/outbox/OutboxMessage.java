package com.meike.privacy.partner.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One message to a partner (PTN-4): written with the business change, handed to the broker by the
 * relay ({@link #markDelivered}), then answered by the partner ({@link #recordReply}). The body is
 * kept only until the broker holds the message.
 */
@Entity
@Table(name = "partner_outbox")
public class OutboxMessage {

  /** Longest reason of a partner's reply kept; longer ones are cut. */
  public static final int MAX_REASON_LENGTH = 500;

  @Id
  @Column(name = "message_id", length = 36, nullable = false, updatable = false)
  private String messageId;

  @Column(name = "partner_id", length = 32, nullable = false, updatable = false)
  private String partnerId;

  @Column(name = "message_type", length = 100, nullable = false, updatable = false)
  private String type;

  @Column(name = "message_version", nullable = false, updatable = false)
  private int version;

  @Column(name = "purpose_code", length = 64, nullable = false, updatable = false)
  private String purpose;

  @Column(name = "needs_ack", nullable = false, updatable = false)
  private boolean needsAcknowledgement;

  @Column(name = "body", length = 1_000_000)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "reply_status", length = 16)
  private ReplyStatus replyStatus;

  @Column(name = "reply_reason", length = MAX_REASON_LENGTH)
  private String replyReason;

  @Column(name = "replied_at")
  private Instant repliedAt;

  /** For JPA only. */
  protected OutboxMessage() {}

  public OutboxMessage(
      String messageId,
      String partnerId,
      String type,
      int version,
      String purpose,
      boolean needsAcknowledgement,
      String body,
      Instant createdAt) {
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
    this.type = Objects.requireNonNull(type, "type");
    this.version = version;
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.needsAcknowledgement = needsAcknowledgement;
    this.body = Objects.requireNonNull(body, "body");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether the broker holds the message. */
  public boolean delivered() {
    return deliveredAt != null;
  }

  /** The broker holds the message now: the body is no longer needed here. */
  public void markDelivered(Instant at) {
    if (deliveredAt == null) {
      deliveredAt = Objects.requireNonNull(at, "at");
      body = null;
    }
  }

  /** Records the partner's latest reply; a longer reason than {@value #MAX_REASON_LENGTH} is cut. */
  public void recordReply(ReplyStatus status, String reason, Instant at) {
    this.replyStatus = Objects.requireNonNull(status, "status");
    this.replyReason =
        reason == null || reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH);
    this.repliedAt = Objects.requireNonNull(at, "at");
  }

  public MessageState state() {
    if (replyStatus == ReplyStatus.FAILED) {
      return MessageState.FAILED;
    }
    if (replyStatus == ReplyStatus.ACKNOWLEDGED) {
      return MessageState.ACKNOWLEDGED;
    }
    if (needsAcknowledgement) {
      return MessageState.UNACKNOWLEDGED;
    }
    if (replyStatus == ReplyStatus.DELIVERED) {
      return MessageState.DELIVERED;
    }
    return deliveredAt == null ? MessageState.PENDING : MessageState.SENT;
  }

  public String messageId() {
    return messageId;
  }

  public String partnerId() {
    return partnerId;
  }

  public String type() {
    return type;
  }

  public int version() {
    return version;
  }

  public String purpose() {
    return purpose;
  }

  public boolean needsAcknowledgement() {
    return needsAcknowledgement;
  }

  /** The JSON envelope as it goes to the partner; null once delivered. */
  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public ReplyStatus replyStatus() {
    return replyStatus;
  }

  public String replyReason() {
    return replyReason;
  }

  public Instant repliedAt() {
    return repliedAt;
  }
}
