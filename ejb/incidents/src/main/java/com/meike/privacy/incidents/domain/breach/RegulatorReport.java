package com.meike.privacy.incidents.domain.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A report to the provincial cyberspace authority, generated from the incident's records: the
 * initial one, which the privacy officer reviews, edits and marks submitted, and the updated one
 * made when the incident is closed.
 */
@Entity
@Table(name = "security_incident_report")
public class RegulatorReport {

  /** Which of the two reports. */
  public enum Kind {
    INITIAL,
    FINAL
  }

  public static final int MAX_BODY = 16000;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "incident_id", length = 36, nullable = false, updatable = false)
  private String incidentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false, updatable = false)
  private Kind kind;

  @Column(name = "body", length = MAX_BODY, nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reference", length = 200)
  private String reference;

  protected RegulatorReport() {}

  public RegulatorReport(String incidentId, Kind kind, String body, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.incidentId = incidentId;
    this.kind = kind;
    this.body = body;
    this.createdAt = createdAt;
  }

  /** The privacy officer's edit and submission (the text as submitted is what is kept). */
  public void submitted(String editedBody, String by, Instant at, String reference) {
    this.body = editedBody;
    this.submittedBy = by;
    this.submittedAt = at;
    this.reference = reference;
  }

  public String id() {
    return id;
  }

  public String incidentId() {
    return incidentId;
  }

  public Kind kind() {
    return kind;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }
}
