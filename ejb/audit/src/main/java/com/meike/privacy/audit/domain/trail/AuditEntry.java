package com.meike.privacy.audit.domain.trail;

import com.meike.privacy.kernel.audit.StoredLink;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit trail, linked to its predecessor by hash. Immutable: created only by
 * {@link AuditChainHead#append}, never changed or removed (every column is {@code updatable =
 * false} and there are no setters).
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
  @Column(name = "sequence", nullable = false, updatable = false)
  private long sequence;

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

  // The hashes are fixed-width char(64) in the migration; columnDefinition only says so (the
  // schema comes from Flyway, never from the JPA provider).
  @Column(
      name = "previous_hash",
      nullable = false,
      updatable = false,
      columnDefinition = "character(64)")
  private String previousHash;

  @Column(name = "hash", nullable = false, updatable = false, columnDefinition = "character(64)")
  private String hash;

  /** For JPA. */
  protected AuditEntry() {}

  AuditEntry(
      long sequence,
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      String previousHash,
      String hash) {
    this.sequence = sequence;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = detail;
    this.previousHash = previousHash;
    this.hash = hash;
  }

  public long sequence() {
    return sequence;
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

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }

  /** The entry as {@code HashChain.verify} reads it. */
  public StoredLink toStoredLink() {
    return new StoredLink(
        sequence, occurredAt, actor, action, subjectType, subjectId, detail, previousHash, hash);
  }
}
