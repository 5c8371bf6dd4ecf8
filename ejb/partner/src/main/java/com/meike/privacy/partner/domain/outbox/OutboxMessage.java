package com.meike.privacy.partner.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One message to a partner (PTN-4): written with the business change, handed to the broker by the
 * relay ({@link #markDelivered}), then answered by the partner ({@link #recordReply}). The body is
 * kept only until the broker holds the message. A message the broker will not take on its own is
 * retried with growing waits ({@link #handOverFailed}) and, after the last attempt, kept as a dead
 * letter with its cause: the relay passes over it, operations see it.
 */
@Entity
@Table(name = "partner_outbox")
public class OutboxMessage {

  /** Longest reason of a partner's reply kept; longer ones are cut. */
  public static final int MAX_REASON_LENGTH = 500;

  /** Longest wait between two hand-over attempts of one message. */
  public static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

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

  @Column(name = "relay_attempts", nullable = false)
  private int relayAttempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "relay_failure", length = MAX_REASON_LENGTH)
  private String relayFailure;

  @Column(name = "dead_at")
  private Instant deadAt;

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

  /**
   * The broker refused the message on its own (not a broker outage): counts the attempt and sets
   * when to try again — {@code firstDelay}, doubling with every further failure, at most {@link
   * #MAX_RETRY_DELAY} — or, with the {@code maxAttempts}-th failure, makes it a dead letter.
   *
   * @return whether it is a dead letter now
   */
  public boolean handOverFailed(Instant at, String cause, int maxAttempts, Duration firstDelay) {
    Objects.requireNonNull(at, "at");
    relayAttempts++;
    relayFailure =
        cause == null || cause.length() <= MAX_REASON_LENGTH
            ? cause
            : cause.substring(0, MAX_REASON_LENGTH);
    if (relayAttempts >= Math.max(1, maxAttempts)) {
      deadAt = at;
      nextAttemptAt = null;
      return true;
    }
    Duration delay = firstDelay.multipliedBy(1L << Math.min(20, relayAttempts - 1));
    nextAttemptAt = at.plus(delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay);
    return false;
  }

  /** Whether the relay gave up on it (see {@link #handOverFailed}). */
  public boolean deadLetter() {
    return deadAt != null;
  }

  /**
   * Records the partner's latest reply; a longer reason than {@value #MAX_REASON_LENGTH} is cut.
   */
  public void recordReply(ReplyStatus status, String reason, Instant at) {
    this.replyStatus = Objects.requireNonNull(status, "status");
    this.replyReason =
        reason == null || reason.length() <= MAX_REASON_LENGTH
            ? reason
            : reason.substring(0, MAX_REASON_LENGTH);
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

  /** Failed hand-overs of this message on its own. */
  public int relayAttempts() {
    return relayAttempts;
  }

  /** Not before this may the relay try again; null when it may at once. */
  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  /** Why the latest hand-over failed (the exception, never the body); null when none did. */
  public String relayFailure() {
    return relayFailure;
  }

  /** When the relay gave up on it; null while it is not a dead letter. */
  public Instant deadAt() {
    return deadAt;
  }
}
