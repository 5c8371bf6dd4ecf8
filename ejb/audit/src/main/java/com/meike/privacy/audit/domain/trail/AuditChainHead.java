package com.meike.privacy.audit.domain.trail;

import com.meike.privacy.kernel.audit.Checkpoints;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.crypto.KeyedHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The sequencer of the audit chain: the sequence and hash of the newest link, in the single row
 * {@code id = 1} of {@code audit_chain_head} (created by the migration with sequence 0 and the
 * genesis hash). Only the chainer reads it locked ({@code SELECT … FOR UPDATE}) and advances it, so
 * one chainer at a time links entries, across threads and cluster nodes alike; audited transactions
 * never touch it.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  /** The id of the one row. */
  public static final int ID = 1;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private int id;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, columnDefinition = "character(64)")
  private String lastHash;

  /** For JPA. */
  protected AuditChainHead() {}

  /**
   * A head at {@code lastSequence} with {@code lastHash}; the row itself comes from the migration.
   */
  public AuditChainHead(long lastSequence, String lastHash) {
    if (lastSequence < HashChain.GENESIS_SEQUENCE || !HashChain.isHash(lastHash)) {
      throw new IllegalArgumentException("not a chain head");
    }
    this.id = ID;
    this.lastSequence = lastSequence;
    this.lastHash = lastHash;
  }

  /** The head of an empty chain. */
  public static AuditChainHead genesis() {
    return new AuditChainHead(HashChain.GENESIS_SEQUENCE, HashChain.GENESIS_HASH);
  }

  /** Links a stored entry as the next one of the chain and moves the head to it. */
  public AuditLink link(AuditEntry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entry.id() == null) {
      throw new IllegalArgumentException("only a stored entry can be linked");
    }
    long sequence = lastSequence + 1;
    String hash = HashChain.link(lastHash, sequence, entry.occurredAt(), entry.event());
    AuditLink link = new AuditLink(sequence, entry.id(), lastHash, hash);
    lastSequence = sequence;
    lastHash = hash;
    return link;
  }

  /**
   * A checkpoint of the chain as it is now, keyed with {@code key} ({@code keyId}) and following
   * the checkpoint whose mac is {@code previousMac} ({@code Checkpoints.GENESIS_MAC} for the
   * first).
   */
  public AuditCheckpoint seal(KeyedHash key, String keyId, Instant at, String previousMac) {
    if (lastSequence == HashChain.GENESIS_SEQUENCE) {
      throw new IllegalStateException("an empty chain has nothing to seal");
    }
    Instant sealedAt = at.truncatedTo(ChronoUnit.MICROS);
    String mac = Checkpoints.mac(key, lastSequence, lastHash, sealedAt, keyId, previousMac);
    return new AuditCheckpoint(lastSequence, lastHash, sealedAt, keyId, previousMac, mac);
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String lastHash() {
    return lastHash;
  }
}
