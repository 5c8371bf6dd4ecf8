package com.meike.privacy.incidents.domain.breach;

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
import java.util.UUID;

/** One step of an incident's history: who did what, when (INC-1 record, INC-4 clocks). */
@Entity
@Table(name = "security_incident_entry")
public class IncidentEntry {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "incident_id", nullable = false, updatable = false)
  private BreachIncident incident;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", length = 100, nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 32, nullable = false, updatable = false)
  private IncidentEntryKind kind;

  @Column(name = "note", length = 4000, updatable = false)
  private String note;

  protected IncidentEntry() {}

  IncidentEntry(
      BreachIncident incident,
      int seq,
      Instant occurredAt,
      String actor,
      IncidentEntryKind kind,
      String note) {
    this.id = UUID.randomUUID().toString();
    this.incident = incident;
    this.seq = seq;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.kind = kind;
    this.note = note;
  }

  public int seq() {
    return seq;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public IncidentEntryKind kind() {
    return kind;
  }

  public String note() {
    return note;
  }
}
