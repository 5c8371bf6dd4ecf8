package com.meike.privacy.audit.domain.trail;

import com.meike.privacy.kernel.audit.StoredCheckpoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A seal of the chain at one sequence, keyed with the checkpoint key from configuration (see {@code
 * kernel.audit.Checkpoints}). Made only by {@link AuditChainHead#seal}; insert-only.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

  @Id
  @Column(name = "sequence", nullable = false, updatable = false)
  private long sequence;

  @Column(name = "hash", nullable = false, updatable = false, columnDefinition = "character(64)")
  private String hash;

  @Column(name = "sealed_at", nullable = false, updatable = false)
  private Instant sealedAt;

  @Column(name = "key_id", nullable = false, updatable = false, length = 32)
  private String keyId;

  @Column(
      name = "previous_mac",
      nullable = false,
      updatable = false,
      columnDefinition = "character(64)")
  private String previousMac;

  @Column(name = "mac", nullable = false, updatable = false, columnDefinition = "character(64)")
  private String mac;

  /** For JPA. */
  protected AuditCheckpoint() {}

  AuditCheckpoint(
      long sequence, String hash, Instant sealedAt, String keyId, String previousMac, String mac) {
    this.sequence = sequence;
    this.hash = hash;
    this.sealedAt = sealedAt;
    this.keyId = keyId;
    this.previousMac = previousMac;
    this.mac = mac;
  }

  public long sequence() {
    return sequence;
  }

  public Instant sealedAt() {
    return sealedAt;
  }

  public String mac() {
    return mac;
  }

  /** The checkpoint as {@code HashChain.verify} reads it. */
  public StoredCheckpoint toStored() {
    return new StoredCheckpoint(sequence, hash, sealedAt, keyId, previousMac, mac);
  }
}
