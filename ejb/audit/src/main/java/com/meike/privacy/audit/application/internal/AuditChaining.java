package com.meike.privacy.audit.application.internal;

import static com.meike.privacy.audit.application.internal.DefaultAuditTrail.CHECKPOINT_KEY;

import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditCheckpoint;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditLink;
import com.meike.privacy.audit.domain.trail.AuditTrailRepository;
import com.meike.privacy.kernel.audit.Checkpoints;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHashes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sequencer of the audit chain (AUD-1), after the pattern of a transparency log: audited
 * transactions put entries in unsequenced (the queue {@code audit_unchained}), the chainer takes
 * committed ones out and gives them their place in the chain.
 *
 * <p>One chainer at a time, across threads and cluster nodes: each step locks the single head row
 * ({@code SELECT … FOR UPDATE}); a second chainer waits for the first one's commit and then reads
 * the head and the queue as that commit left them.
 *
 * <p>Commit order, and nothing skipped: a step links only what is committed when it looks (under
 * read committed it cannot see more), so an entry that commits after a step lies in a later step
 * and gets a later sequence. Within one step, all of whose entries are committed, ids give the
 * order. The chainer keeps no "linked up to id n" mark: an entry whose transaction began early
 * (lower id) and committed late is still in the queue and is linked by the next step, never jumped
 * over; no safety window is needed, and the delay is one timer interval. The step is one
 * transaction: links, queue removals and the head move together, so a crash between an entry's
 * commit and its linking, or during a step, leaves the entry queued for the next step.
 */
@Stateless
public class AuditChaining {

  @Inject private AuditTrailRepository repository;

  @Inject private Clock clock;

  @Inject
  @Key(value = CHECKPOINT_KEY, defaultId = "c1", optional = true)
  private KeyedHashes keys;

  /** For the container. */
  public AuditChaining() {}

  /** Outside a container (tests, tools). */
  public AuditChaining(AuditTrailRepository repository, Clock clock, KeyedHashes keys) {
    this.repository = repository;
    this.clock = clock;
    this.keys = keys;
  }

  /**
   * Links up to {@code limit} committed entries, oldest id first, in a transaction of its own.
   *
   * @return how many were linked; fewer than {@code limit} means the queue was emptied
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int chainNext(int limit) {
    AuditChainHead head = repository.lockHead();
    List<AuditEntry> waiting = repository.unchained(limit);
    List<AuditLink> links = new ArrayList<>(waiting.size());
    for (AuditEntry entry : waiting) {
      links.add(head.link(entry));
    }
    repository.chained(links);
    return links.size();
  }

  /**
   * Seals the chain with a checkpoint when it grew since the last one and that one is at least
   * {@code interval} old; needs the checkpoint key. In a transaction of its own, under the head's
   * lock, so the seal is the chain's hash at the head as committed.
   *
   * @return whether a checkpoint was written
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sealIfDue(Duration interval) {
    if (!keys.canSign()) {
      return false;
    }
    AuditChainHead head = repository.lockHead();
    Optional<AuditCheckpoint> last = repository.lastCheckpoint();
    Instant now = clock.instant();
    if (head.lastSequence() == 0
        || last.map(c -> c.sequence() >= head.lastSequence()).orElse(false)
        || last.map(c -> c.sealedAt().plus(interval).isAfter(now)).orElse(false)) {
      return false;
    }
    String previousMac = last.map(AuditCheckpoint::mac).orElse(Checkpoints.GENESIS_MAC);
    repository.add(
        head.seal(keys.current().orElseThrow(), keys.currentId().orElseThrow(), now, previousMac));
    return true;
  }
}
