package com.meike.privacy.audit.domain.trail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The chainer's queue: a committed {@link AuditEntry} not yet linked into the chain. Written in the
 * audited transaction beside its entry, removed in the chainer's transaction that links it, so an
 * entry is linked exactly once, however late its transaction committed.
 */
@Entity
@Table(name = "audit_unchained")
public class UnchainedEntry {

  @Id
  @Column(name = "entry_id", nullable = false, updatable = false)
  private long entryId;

  /** For JPA. */
  protected UnchainedEntry() {}

  public UnchainedEntry(long entryId) {
    this.entryId = entryId;
  }

  public long entryId() {
    return entryId;
  }
}
