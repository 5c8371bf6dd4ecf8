package com.meike.privacy.audit.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditCheckpoint;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditTrailRepository;
import com.meike.privacy.audit.domain.trail.AuditTrailRepository.Backlog;
import com.meike.privacy.audit.domain.trail.ChainPages;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.audit.ChainCheck;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.audit.StoredCheckpoint;
import com.meike.privacy.kernel.audit.StoredLink;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHashes;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/** The audit trail on the shared database: appends inside the caller's transaction. */
@Stateless
public class DefaultAuditTrail implements AuditTrail {

  /**
   * The key set of the chain's checkpoints (kernel key facility, configuration only, never the
   * database whose writers the checkpoints guard against): {@code meike.audit.checkpoint-key} (hex
   * or at least 32 characters), {@code …-key-id} (default {@code c1}) and {@code
   * meike.audit.retired-checkpoint-keys} ({@code id:key,…}), kept to verify older checkpoints.
   * Optional: without a current key the chain is linked but not sealed.
   */
  public static final String CHECKPOINT_KEY = "meike.audit.checkpoint-key";

  /** Rows read per query when verifying. */
  static final int PAGE_SIZE = 1000;

  private static final Logger LOG = Logger.getLogger(DefaultAuditTrail.class.getName());

  @Inject private AuditTrailRepository repository;

  @Inject private Clock clock;

  @Inject
  @Key(value = CHECKPOINT_KEY, defaultId = "c1", optional = true)
  private KeyedHashes keys;

  /** For the container. */
  public DefaultAuditTrail() {}

  /** Outside a container (tests, tools): with the given storage and clock, without checkpoints. */
  public DefaultAuditTrail(AuditTrailRepository repository, Clock clock) {
    this(repository, clock, KeyedHashes.none());
  }

  /** Outside a container (tests, tools): with the given storage, clock and checkpoint keys. */
  public DefaultAuditTrail(AuditTrailRepository repository, Clock clock, KeyedHashes keys) {
    this.repository = repository;
    this.clock = clock;
    this.keys = keys;
  }

  /**
   * Joins the caller's transaction, so the entry commits or rolls back with the change it
   * describes. Only inserts (the entry and its place in the chainer's queue): no row another
   * transaction writes is read or locked, so audited transactions never wait for each other here.
   * {@link AuditChaining} links the entry once it has committed.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void record(AuditEvent event) {
    if (event == null) {
      throw DomainException.invalid("event", "An audit event is required.");
    }
    repository.add(AuditEntry.of(event, clock.instant()));
  }

  /**
   * Walks the committed chain in pages of {@value #PAGE_SIZE} up to the head as it is now, with
   * every checkpoint up to the newest, and counts the entries not linked yet. Runs outside any
   * transaction: the walk may be long and only reads rows that never change. The newest checkpoint
   * is read before the head, and the head only moves forward, so a chain that ends before that
   * checkpoint was cut short (and not merely sealed meanwhile).
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainVerification verify() {
    Optional<AuditCheckpoint> last = repository.lastCheckpoint();
    AuditChainHead head = repository.head();
    long sealedUpTo = last.map(AuditCheckpoint::sequence).orElse(HashChain.GENESIS_SEQUENCE);
    ChainCheck check =
        HashChain.verify(
            new ChainPages<>(
                head.lastSequence(), PAGE_SIZE, repository::links, StoredLink::sequence),
            head.lastSequence(),
            head.lastHash(),
            new ChainPages<>(
                sealedUpTo, PAGE_SIZE, repository::checkpoints, StoredCheckpoint::sequence),
            keys::byId);
    Backlog backlog = repository.backlog();
    if (check.intact()) {
      LOG.info(
          () ->
              "Audit chain intact: "
                  + check.entriesChecked()
                  + " entries checked, "
                  + backlog.entries()
                  + " not linked yet");
    } else {
      LOG.warning(
          () ->
              "Audit chain broken at sequence "
                  + check.firstBrokenSequence()
                  + ": "
                  + check.reason());
    }
    return new ChainVerification(
        check.intact(),
        check.entriesChecked(),
        check.firstBrokenSequence(),
        check.reason(),
        backlog.entries(),
        backlog.oldestOccurredAt(),
        last.map(AuditCheckpoint::sequence).orElse(null),
        last.map(AuditCheckpoint::sealedAt).orElse(null));
  }
}
