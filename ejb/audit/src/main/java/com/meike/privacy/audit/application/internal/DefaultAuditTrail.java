package com.meike.privacy.audit.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditTrailRepository;
import com.meike.privacy.audit.domain.trail.ChainPages;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.audit.ChainCheck;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** The audit trail on the shared database: appends inside the caller's transaction. */
@Stateless
public class DefaultAuditTrail implements AuditTrail {

  /** Entries read per query when verifying. */
  static final int PAGE_SIZE = 1000;

  private static final Logger LOG = Logger.getLogger(DefaultAuditTrail.class.getName());

  @Inject private AuditTrailRepository repository;

  @Inject private Clock clock;

  /** For the container. */
  public DefaultAuditTrail() {}

  /** Outside a container (tests, tools): with the given storage and clock. */
  public DefaultAuditTrail(AuditTrailRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * Joins the caller's transaction, so the entry commits or rolls back with the change it
   * describes.
   *
   * <p>The chain head row is locked with {@code PESSIMISTIC_WRITE} ({@code SELECT … FOR UPDATE})
   * before the next entry is computed. The lock serialises appenders, across threads and cluster
   * nodes alike: a second appender waits until the first one's transaction ends and then reads the
   * head that transaction committed, so every entry links to the one committed before it and the
   * chain stays linear (no two entries with the same predecessor, no gaps from rolled-back
   * appends). The price is that audited transactions queue at this point until they end; keep them
   * short.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void record(AuditEvent event) {
    if (event == null) {
      throw DomainException.invalid("event", "An audit event is required.");
    }
    AuditChainHead head = repository.lockHead();
    repository.add(head.append(event, clock.instant()));
  }

  /**
   * Walks the committed chain in pages of {@value #PAGE_SIZE} up to the head as it is now, and
   * checks that it ends at that head. Runs outside any transaction: the walk may be long, it only
   * reads rows that never change, and entries appended meanwhile lie beyond the head it read.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainVerification verify() {
    AuditChainHead head = repository.head();
    ChainCheck check =
        HashChain.verify(
            new ChainPages(head.lastSequence(), PAGE_SIZE, repository::links),
            head.lastSequence(),
            head.lastHash());
    if (check.intact()) {
      LOG.info(() -> "Audit chain intact: " + check.entriesChecked() + " entries checked");
    } else {
      LOG.warning(
          () ->
              "Audit chain broken at sequence "
                  + check.firstBrokenSequence()
                  + ": "
                  + check.reason());
    }
    return new ChainVerification(
        check.intact(), check.entriesChecked(), check.firstBrokenSequence(), check.reason());
  }
}
