package com.meike.privacy.partner.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.partner.domain.deletion.DeletionOrderRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deletion orders' retention rule (RET-1, DSR-7): an order — whose data was to be deleted, by
 * whom, and each partner's acknowledgement — is the proof that the partners were told; it is kept
 * {@value #DAYS} days (default 1095, three years, like the disclosure log it was sent from) after
 * its last acknowledgement completed it, then deleted with its acknowledgements. An order still
 * waiting for a partner is kept until it completes. One call is one batch and one transaction,
 * audited with its count; a deleted order no longer matches, so several nodes may run it.
 */
@Stateless
public class DeletionOrderRetention {

  public static final String DAYS = "meike.retention.deletion-order-days";

  @Inject DeletionOrderRepository orders;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "1095")
  int days;

  /** Deletes at most {@code limit} due orders with their acknowledgements; how many orders. */
  public int deleteDue(int limit) {
    Instant cutoff = clock.instant().minus(Duration.ofDays(days));
    int deleted = orders.deleteCompletedBefore(cutoff, limit);
    if (deleted > 0) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "partner.retention.deletion-orders-deleted",
              "retention",
              "partner_deletion_order",
              deleted
                  + " deletion order(s) completed before "
                  + cutoff
                  + " deleted with their acknowledgements ("
                  + days
                  + "-day rule, RET-1)"));
    }
    return deleted;
  }
}
