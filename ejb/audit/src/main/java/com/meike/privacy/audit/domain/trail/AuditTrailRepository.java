package com.meike.privacy.audit.domain.trail;

import com.meike.privacy.kernel.audit.StoredLink;
import java.util.List;

/**
 * Storage of the audit chain. Append-only by design: entries can be added and read, never changed
 * or removed; the head can be read, locked and (through its entity) advanced.
 */
public interface AuditTrailRepository {

  /**
   * The chain head, locked against other appenders until the current transaction ends ({@code
   * SELECT … FOR UPDATE}).
   *
   * @throws IllegalStateException when the head row is missing (the migration has not run)
   */
  AuditChainHead lockHead();

  /** The chain head as last committed, without a lock. */
  AuditChainHead head();

  /** Stores a new entry. */
  void add(AuditEntry entry);

  /**
   * At most {@code limit} entries with {@code afterSequence < sequence <= upToSequence}, in
   * ascending sequence order, as plain values (nothing stays managed, so a long walk stays small).
   */
  List<StoredLink> links(long afterSequence, long upToSequence, int limit);
}
