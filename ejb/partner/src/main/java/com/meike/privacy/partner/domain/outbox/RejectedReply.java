package com.meike.privacy.partner.domain.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A reply on a partner's {@code partner.<id>.inbound} that was refused — malformed, about an
 * unknown message, or from another partner than the recipient — and why. It acknowledged nothing;
 * the reply itself went to the DLQ. What the reply claimed is kept cut to the column sizes. Never
 * changed.
 */
@Entity
@Table(name = "partner_rejected_reply")
public class RejectedReply {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "declared_partner", length = 32, updatable = false)
  private String declaredPartner;

  @Column(name = "authenticated_user", length = 32, updatable = false)
  private String authenticatedUser;

  @Column(name = "referenced_message", length = 64, updatable = false)
  private String referencedMessage;

  @Column(name = "reason", length = 500, nullable = false, updatable = false)
  private String reason;

  /** For JPA only. */
  protected RejectedReply() {}

  public RejectedReply(
      String id,
      Instant receivedAt,
      String declaredPartner,
      String authenticatedUser,
      String referencedMessage,
      String reason) {
    this.id = Objects.requireNonNull(id, "id");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.declaredPartner = cut(declaredPartner, 32);
    this.authenticatedUser = cut(authenticatedUser, 32);
    this.referencedMessage = cut(referencedMessage, 64);
    this.reason = cut(Objects.requireNonNull(reason, "reason"), 500);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public String id() {
    return id;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String declaredPartner() {
    return declaredPartner;
  }

  public String authenticatedUser() {
    return authenticatedUser;
  }

  public String referencedMessage() {
    return referencedMessage;
  }

  public String reason() {
    return reason;
  }
}
