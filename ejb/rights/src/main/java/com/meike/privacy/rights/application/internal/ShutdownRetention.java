package com.meike.privacy.rights.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.rights.RetentionJob;
import com.meike.privacy.rights.domain.shutdown.ShutdownRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shutdown records' retention rule (RET-1, RET-4, SHUT-1): a shutdown verified (or rejected)
 * longer than {@value #DAYS} days ago (default 1095, three years, as the other proofs of the
 * person's rights) is anonymised — the staff who requested, decided and verified it, the decision's
 * comment and the cursors of its batches (account ids) go. The record itself stays: it is what
 * keeps the closed service from collecting again ({@link DefaultCollectionStops}), and its counts
 * say nothing about anyone. One call is one batch and one transaction, audited with its count; a
 * record done no longer matches, so several nodes may run it.
 */
@Stateless
public class ShutdownRetention {

  private static final RetentionJob.Rule RULE =
      new RetentionJob.Rule(
          "shutdown.retention.anonymised",
          "rights_shutdown",
          "%1$d shutdown record(s) closed before %2$s anonymised (%3$d-day rule, RET-1, RET-4)");

  public static final String DAYS = "meike.retention.shutdown-days";

  @Inject ShutdownRepository shutdowns;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "1095")
  int days;

  /** Anonymises at most {@code limit} due shutdown records; how many. */
  public int anonymiseDue(int limit) {
    return RULE.apply(clock, days, limit, shutdowns::anonymiseClosedBefore, auditTrail::record);
  }
}
