package com.meike.privacy.incidents.domain.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A recording-access application (REC-7, use DISPUTE_EVIDENCE) a handler made from a {@link
 * Complaint}, by the application's id in the recording context. Part of the complaint aggregate.
 */
@Entity
@Table(name = "complaint_recording_access")
public class RecordingAccessLink {

  @Id
  @Column(name = "application_id", length = 36, nullable = false, updatable = false)
  private String applicationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_number", nullable = false, updatable = false)
  private Complaint complaint;

  @Column(name = "applied_by", length = 100, nullable = false, updatable = false)
  private String appliedBy;

  @Column(name = "applied_at", nullable = false, updatable = false)
  private Instant appliedAt;

  /** For JPA only. */
  protected RecordingAccessLink() {}

  RecordingAccessLink(
      String applicationId, Complaint complaint, String appliedBy, Instant appliedAt) {
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
    this.complaint = Objects.requireNonNull(complaint, "complaint");
    this.appliedBy = Objects.requireNonNull(appliedBy, "appliedBy");
    this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
  }

  public String applicationId() {
    return applicationId;
  }

  public String appliedBy() {
    return appliedBy;
  }

  public Instant appliedAt() {
    return appliedAt;
  }
}
