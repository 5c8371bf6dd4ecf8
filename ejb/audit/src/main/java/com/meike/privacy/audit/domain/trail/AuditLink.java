package com.meike.privacy.audit.domain.trail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry's place in the hash chain: its sequence, its predecessor's hash and its own. Made only
 * by {@link AuditChainHead#link} in the chainer's transaction; insert-only like the entries (every
 * column {@code updatable = false}, and in PostgreSQL the application's user may not update it).
 */
@Entity
@Table(name = "audit_link")
public class AuditLink {

  @Id
  @Column(name = "sequence", nullable = false, updatable = false)
  private long sequence;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private long entryId;

  // Fixed-width char(64) in the migration; columnDefinition only says so (Flyway owns the schema).
  @Column(
      name = "previous_hash",
      nullable = false,
      updatable = false,
      columnDefinition = "character(64)")
  private String previousHash;

  @Column(name = "hash", nullable = false, updatable = false, columnDefinition = "character(64)")
  private String hash;

  /** For JPA. */
  protected AuditLink() {}

  AuditLink(long sequence, long entryId, String previousHash, String hash) {
    this.sequence = sequence;
    this.entryId = entryId;
    this.previousHash = previousHash;
    this.hash = hash;
  }

  public long sequence() {
    return sequence;
  }

  public long entryId() {
    return entryId;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
