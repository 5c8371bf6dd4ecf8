package com.meike.privacy.audit.domain.trail;

import com.meike.privacy.kernel.audit.StoredCheckpoint;
import com.meike.privacy.kernel.audit.StoredLink;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of the audit trail. Append-only by design: entries, links and checkpoints can be added
 * and read, never changed or removed; only the chainer's queue markers are removed (once their
 * entry is linked) and the head advanced.
 */
public interface AuditTrailRepository {

  /** Entries committed but not linked yet: how many, and the time of the oldest. */
  record Backlog(long entries, Instant oldestOccurredAt) {}

  /** Stores a new entry and queues it for the chainer; takes no lock shared with other writers. */
  void add(AuditEntry entry);

  /**
   * The chain head, locked against other chainers until the current transaction ends ({@code SELECT
   * … FOR UPDATE}).
   *
   * @throws IllegalStateException when the head row is missing (the migration has not run)
   */
  AuditChainHead lockHead();

  /** The chain head as last committed, without a lock. */
  AuditChainHead head();

  /** At most {@code limit} committed entries waiting to be linked, by ascending id. */
  List<AuditEntry> unchained(int limit);

  /**
   * Stores links made by the chainer, adds their entries to the look-up by subject and takes them
   * off its queue.
   */
  void chained(List<AuditLink> links);

  /** The newest checkpoint, if any. */
  Optional<AuditCheckpoint> lastCheckpoint();

  /** Stores a new checkpoint. */
  void add(AuditCheckpoint checkpoint);

  /**
   * At most {@code limit} linked entries with {@code afterSequence < sequence <= upToSequence}, in
   * ascending sequence order, as plain values (nothing stays managed, so a long walk stays small).
   */
  List<StoredLink> links(long afterSequence, long upToSequence, int limit);

  /** Like {@link #links}, for checkpoints. */
  List<StoredCheckpoint> checkpoints(long afterSequence, long upToSequence, int limit);

  /** Entries without a link, whether or not still queued. */
  Backlog backlog();
}
