package com.meike.privacy.audit.domain.trail;

import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what to which record, and when. Immutable and append-only:
 * the audited transaction inserts it (with its {@link UnchainedEntry} marker) and nothing ever
 * changes or removes it; its place in the hash chain is an {@link AuditLink} the chainer adds after
 * it committed. The id only identifies the entry; it says nothing about the chain order.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  // Column sizes of audit_entry, checked before an entry is made.
  public static final int ACTOR_LENGTH = 128;
  public static final int ACTION_LENGTH = 128;
  public static final int SUBJECT_TYPE_LENGTH = 64;
  public static final int SUBJECT_ID_LENGTH = 128;
  public static final int DETAIL_LENGTH = 2000;

  @Id
  @SequenceGenerator(
      name = "audit_entry_id",
      sequenceName = "audit_entry_id_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_id")
  @Column(name = "id", nullable = false, updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false, length = ACTION_LENGTH)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false, length = SUBJECT_TYPE_LENGTH)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false, length = SUBJECT_ID_LENGTH)
  private String subjectId;

  @Column(name = "detail", nullable = false, updatable = false, length = DETAIL_LENGTH)
  private String detail;

  /** For JPA. */
  protected AuditEntry() {}

  private AuditEntry(AuditEvent event, Instant occurredAt) {
    this.occurredAt = occurredAt;
    this.actor = event.actor();
    this.action = event.action();
    this.subjectType = event.subjectType();
    this.subjectId = event.subjectId();
    this.detail = event.detail();
  }

  /**
   * The entry for {@code event} at {@code occurredAt}, kept to the microsecond (the precision the
   * database stores, so that the stored entry hashes as it will be linked).
   *
   * @throws DomainException (invalid input) when a field is longer than its column
   */
  public static AuditEntry of(AuditEvent event, Instant occurredAt) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(occurredAt, "occurredAt");
    requireLength("actor", event.actor(), ACTOR_LENGTH);
    requireLength("action", event.action(), ACTION_LENGTH);
    requireLength("subjectType", event.subjectType(), SUBJECT_TYPE_LENGTH);
    requireLength("subjectId", event.subjectId(), SUBJECT_ID_LENGTH);
    requireLength("detail", event.detail(), DETAIL_LENGTH);
    return new AuditEntry(event, occurredAt.truncatedTo(ChronoUnit.MICROS));
  }

  /** An entry as stored under {@code id} (the database gives ids; this is for this package). */
  static AuditEntry stored(long id, AuditEvent event, Instant occurredAt) {
    AuditEntry entry = of(event, occurredAt);
    entry.id = id;
    return entry;
  }

  /** The id the database gave the entry; null before it is stored. */
  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String detail() {
    return detail;
  }

  /** The facts as an event (what the chain's hash covers besides position and predecessor). */
  public AuditEvent event() {
    return new AuditEvent(actor, action, subjectType, subjectId, detail);
  }

  private static void requireLength(String field, String value, int max) {
    if (value.length() > max) {
      throw DomainException.invalid(
          field, "The audit " + field + " is longer than " + max + " characters.");
    }
  }
}
