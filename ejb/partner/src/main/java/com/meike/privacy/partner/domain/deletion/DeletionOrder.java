package com.meike.privacy.partner.domain.deletion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An order to every partner that received a person's data to delete it. Complete once every
 * recipient acknowledged; a failure keeps it open (the partner must retry and acknowledge).
 */
@Entity
@Table(name = "partner_deletion_order")
public class DeletionOrder {

  public static final int MAX_REASON_LENGTH = 500;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_id", length = 64, nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "reason", length = MAX_REASON_LENGTH, nullable = false, updatable = false)
  private String reason;

  @Column(name = "ordered_by", length = 100, nullable = false, updatable = false)
  private String orderedBy;

  @Column(name = "ordered_at", nullable = false, updatable = false)
  private Instant orderedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  /** For JPA. */
  protected DeletionOrder() {}

  public DeletionOrder(
      String id, String subjectId, String reason, String orderedBy, Instant orderedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.orderedBy = Objects.requireNonNull(orderedBy, "orderedBy");
    this.orderedAt = Objects.requireNonNull(orderedAt, "orderedAt");
  }

  /** Marks the order complete (once). */
  public void complete(Instant at) {
    if (completedAt == null) {
      completedAt = Objects.requireNonNull(at, "at");
    }
  }

  public String id() {
    return id;
  }

  public String subjectId() {
    return subjectId;
  }

  public String reason() {
    return reason;
  }

  public String orderedBy() {
    return orderedBy;
  }

  public Instant orderedAt() {
    return orderedAt;
  }

  public Instant completedAt() {
    return completedAt;
  }
}
