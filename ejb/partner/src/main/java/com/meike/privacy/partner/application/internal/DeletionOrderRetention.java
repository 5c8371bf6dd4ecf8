package com.meike.privacy.partner.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.rights.RetentionJob;
import com.meike.privacy.partner.domain.deletion.DeletionOrderRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
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

  private static final RetentionJob.Rule RULE =
      new RetentionJob.Rule(
          "partner.retention.deletion-orders-deleted",
          "partner_deletion_order",
          "%1$d deletion order(s) completed before %2$s deleted with their acknowledgements (%3$d-day rule, RET-1)");

  public static final String DAYS = "meike.retention.deletion-order-days";

  @Inject DeletionOrderRepository orders;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = DAYS, defaultValue = "1095")
  int days;

  /** Deletes at most {@code limit} due orders with their acknowledgements; how many orders. */
  public int deleteDue(int limit) {
    return RULE.apply(clock, days, limit, orders::deleteCompletedBefore, auditTrail::record);
  }
}
