package com.meike.privacy.order.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.OrderReviewRepository;
import com.meike.privacy.order.domain.order.ServiceOrder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The order category's retention rule (RET-1, RET-4): an order is the transaction record the
 * E-Commerce Law keeps for at least three years after it ended (art. 31); after {@value #YEARS}
 * years (default 3) it is anonymised exactly as on an erasure ({@link ServiceOrder#anonymise}: no
 * customer, recipient, address, contact or review text; amounts and dates stay for the statistics).
 * One call is one batch and one transaction, audited with its count.
 */
@Stateless
public class OrderRetention {

  public static final String YEARS = "meike.retention.order-years";

  @Inject OrderRepository orders;
  @Inject OrderReviewRepository reviews;

  @Inject
  @Key(DefaultOrderService.FIELD_KEY)
  FieldCipher fields;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = YEARS, defaultValue = "3")
  int years;

  /** The moment before which an ended order is due now. */
  Instant cutoff() {
    return clock.instant().atZone(ZoneOffset.UTC).minusYears(years).toInstant();
  }

  /** Anonymises at most {@code limit} due orders in this transaction; how many. */
  public int anonymiseDue(int limit) {
    Instant cutoff = cutoff();
    List<String> due = orders.endedBefore(cutoff, limit);
    // the batch's orders and their reviews in a few queries, not two per order (issue 15's
    // benchmark)
    reviews.ofOrders(due).forEach(OrderReview::anonymise);
    for (ServiceOrder order : orders.findAll(due)) {
      order.anonymise(fields.sealing(DefaultOrderService.ORDERS, order.number()));
    }
    if (!due.isEmpty()) {
      auditTrail.record(
          new AuditEvent(
              "system",
              "order.retention.anonymised",
              "retention",
              "service_order",
              due.size()
                  + " order(s) ended before "
                  + cutoff
                  + " anonymised ("
                  + years
                  + "-year rule, RET-1)"));
    }
    return due.size();
  }
}
