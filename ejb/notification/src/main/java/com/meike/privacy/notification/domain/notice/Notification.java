package com.meike.privacy.notification.domain.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One notice sent: to whom, with which template, through which channel and partner, as which
 * partner message, and what the partner last reported. Holds no text, phone or token.
 */
@Entity
@Table(name = "notification_notice")
public class Notification {

  public static final int MAX_REASON_LENGTH = 500;

  /** What we know of the notice's delivery. */
  public enum Status {
    /** Written to the partner outbox. */
    SENT,
    /** The partner took it. */
    ACKNOWLEDGED,
    /** The partner reports it reached the person (device, handset, mailbox). */
    DELIVERED,
    /** The partner could not deliver it; {@code reason} says why. */
    FAILED
  }

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_id", length = 64, updatable = false)
  private String subjectId;

  @Column(name = "template_id", length = 64, nullable = false, updatable = false)
  private String templateId;

  @Column(name = "category", length = 16, nullable = false, updatable = false)
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 8, nullable = false, updatable = false)
  private Channel channel;

  @Column(name = "partner_id", length = 32, nullable = false, updatable = false)
  private String partnerId;

  @Column(name = "message_id", length = 36, nullable = false, updatable = false)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private Status status;

  @Column(name = "reason", length = MAX_REASON_LENGTH)
  private String reason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "status_at", nullable = false)
  private Instant statusAt;

  /** For JPA. */
  protected Notification() {}

  public Notification(
      String subjectId,
      String templateId,
      String category,
      Route route,
      String messageId,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.subjectId = subjectId;
    this.templateId = Objects.requireNonNull(templateId, "templateId");
    this.category = Objects.requireNonNull(category, "category");
    this.channel = route.channel();
    this.partnerId = route.partner();
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.status = Status.SENT;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.statusAt = now;
  }

  /**
   * Records the partner's report. DELIVERED is final (a late acknowledgement does not undo it); a
   * FAILED after an acknowledgement counts, and a DELIVERED after a failure (the partner retried).
   */
  public void reported(Status reported, String why, Instant at) {
    if (reported == Status.SENT
        || status == Status.DELIVERED
        || (reported == Status.ACKNOWLEDGED && status == Status.FAILED)) {
      return;
    }
    status = reported;
    reason =
        reported == Status.FAILED && why != null
            ? why.substring(0, Math.min(why.length(), MAX_REASON_LENGTH))
            : null;
    statusAt = at;
  }

  public String id() {
    return id;
  }

  public String subjectId() {
    return subjectId;
  }

  public String templateId() {
    return templateId;
  }

  public String category() {
    return category;
  }

  public Channel channel() {
    return channel;
  }

  public String partnerId() {
    return partnerId;
  }

  public String messageId() {
    return messageId;
  }

  public Status status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant statusAt() {
    return statusAt;
  }
}
