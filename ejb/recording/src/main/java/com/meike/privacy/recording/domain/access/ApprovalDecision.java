package com.meike.privacy.recording.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One approver's decision on one step of a {@link RecordingAccessApplication}. Part of that
 * aggregate: made only through {@link RecordingAccessApplication#decide}, never changed afterwards.
 */
@Entity
@Table(name = "recording_access_decision")
public class ApprovalDecision {

  /** Longest comment an approver may write. */
  public static final int MAX_COMMENT_LENGTH = 1000;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private RecordingAccessApplication application;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", length = 32, nullable = false, updatable = false)
  private ApprovalStep step;

  @Column(name = "approver", length = 100, nullable = false, updatable = false)
  private String approver;

  @Column(name = "approved", nullable = false, updatable = false)
  private boolean approved;

  @Column(name = "comment", length = MAX_COMMENT_LENGTH, updatable = false)
  private String comment;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  /** For JPA only. */
  protected ApprovalDecision() {}

  ApprovalDecision(
      RecordingAccessApplication application,
      ApprovalStep step,
      String approver,
      boolean approved,
      String comment,
      Instant decidedAt) {
    this.id = UUID.randomUUID().toString();
    this.application = Objects.requireNonNull(application, "application");
    this.step = Objects.requireNonNull(step, "step");
    this.approver = Objects.requireNonNull(approver, "approver");
    this.approved = approved;
    this.comment = comment;
    this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
  }

  public String id() {
    return id;
  }

  public ApprovalStep step() {
    return step;
  }

  public String approver() {
    return approver;
  }

  public boolean approved() {
    return approved;
  }

  /** The approver's comment; always present on a rejection. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
