package com.meike.privacy.incidents.domain.complaint;

import com.meike.privacy.kernel.crypto.ColumnSeal;
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
 * One fact in a {@link Complaint}'s history, as complainant and handlers read it. Part of that
 * aggregate: written only by the complaint, never changed.
 */
@Entity
@Table(name = "complaint_entry")
public class ComplaintEntry {

  /** A note holds a handler's or complainant's text plus a short prefix or suffix. */
  static final int NOTE_LENGTH = 2200;

  /** A sealed note: key id, Base64 of IV, up to 4 bytes per character of the note, and tag. */
  static final int SEALED_NOTE_LENGTH = 12000;

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_number", nullable = false, updatable = false)
  private Complaint complaint;

  @Column(name = "seq", nullable = false, updatable = false)
  private int sequence;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", length = 100, nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 32, nullable = false, updatable = false)
  private EntryKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", length = 32, nullable = false, updatable = false)
  private ComplaintTier tier;

  /**
   * Sealed (see {@link Complaint#NOTE}) unless {@link #sealed} is false: a row written before notes
   * were sealed.
   */
  @Column(name = "note", length = SEALED_NOTE_LENGTH)
  private String note;

  @Column(name = "note_sealed", nullable = false)
  private boolean sealed;

  /** For JPA only. */
  protected ComplaintEntry() {}

  ComplaintEntry(
      Complaint complaint,
      int sequence,
      Instant occurredAt,
      String actor,
      EntryKind kind,
      ComplaintTier tier,
      String sealedNote) {
    this.id = UUID.randomUUID().toString();
    this.complaint = Objects.requireNonNull(complaint, "complaint");
    this.sequence = sequence;
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.tier = Objects.requireNonNull(tier, "tier");
    this.note = sealedNote;
    this.sealed = true;
  }

  /** Deletes the note (the complaint's anonymisation). */
  void forget() {
    note = null;
    sealed = true;
  }

  /** Seals a note written in clear before notes were sealed; false when there was nothing to do. */
  boolean sealLegacyNote(ColumnSeal seal) {
    if (sealed) {
      return false;
    }
    note = note == null ? null : seal.apply(Complaint.NOTE, note);
    sealed = true;
    return true;
  }

  public int sequence() {
    return sequence;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public EntryKind kind() {
    return kind;
  }

  /** The tier the complaint was at after this fact. */
  public ComplaintTier tier() {
    return tier;
  }

  /** The note, opened with {@code open} (bound to the complaint). */
  public Optional<String> note(ColumnSeal open) {
    return Optional.ofNullable(note)
        .map(value -> sealed ? open.apply(Complaint.NOTE, value) : value);
  }
}
