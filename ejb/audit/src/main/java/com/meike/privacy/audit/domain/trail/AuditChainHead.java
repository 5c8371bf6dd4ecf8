package com.meike.privacy.audit.domain.trail;

import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The end of the audit chain: the sequence and hash of the newest entry, in the single row {@code
 * id = 1} of {@code audit_chain_head} (created by the migration with sequence 0 and the genesis
 * hash). Appending reads and advances it; whoever appends must hold this row locked so that appends
 * happen one after another.
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

  /**
   * Makes the entry that follows the head and moves the head to it. The time is kept to the
   * microsecond, the precision the database stores, so that the stored entry hashes as computed.
   *
   * @throws DomainException (invalid input) when a field is longer than its column
   */
  public AuditEntry append(AuditEvent event, Instant occurredAt) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(occurredAt, "occurredAt");
    requireLength("actor", event.actor(), AuditEntry.ACTOR_LENGTH);
    requireLength("action", event.action(), AuditEntry.ACTION_LENGTH);
    requireLength("subjectType", event.subjectType(), AuditEntry.SUBJECT_TYPE_LENGTH);
    requireLength("subjectId", event.subjectId(), AuditEntry.SUBJECT_ID_LENGTH);
    requireLength("detail", event.detail(), AuditEntry.DETAIL_LENGTH);

    Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
    long sequence = lastSequence + 1;
    String hash = HashChain.link(lastHash, sequence, at, event);
    AuditEntry entry =
        new AuditEntry(
            sequence,
            at,
            event.actor(),
            event.action(),
            event.subjectType(),
            event.subjectId(),
            event.detail(),
            lastHash,
            hash);
    lastSequence = sequence;
    lastHash = hash;
    return entry;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String lastHash() {
    return lastHash;
  }

  private static void requireLength(String field, String value, int max) {
    if (value.length() > max) {
      throw DomainException.invalid(
          field, "The audit " + field + " is longer than " + max + " characters.");
    }
  }
}
