package com.meike.privacy.order.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.order.application.OrderService;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.OrderReviewRepository;
import com.meike.privacy.order.domain.order.ServiceDetails;
import com.meike.privacy.order.domain.order.ServiceOrder;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order context's part of access and erasure (DSR-1, DSR-2, ID-7, RET-2, RET-4).
 *
 * <p>Access: the person's orders with their service address and contact, their reviews with the
 * text, and the orders others placed for them (number, status, city, dates only).
 *
 * <p>Erasure — decided here: an order is a transaction record the E-Commerce Law (art. 31) asks to
 * keep for at least three years, so an ended order is <b>anonymised, not deleted</b>: customer id,
 * recipient link, service address, contact name and phone become {@value ServiceOrder#ANONYMISED},
 * the review's text is deleted and its reviewer anonymised; number, city, items, amount, status,
 * dates, beautician and rating stay. No key, pseudonym or link back to the person survives (RET-4):
 * the customer id is a constant, not a pseudonym. An active order is cancelled when the account
 * closes (ID-7); on a deletion request (DSR-2) it is kept until it ends (performing the contract,
 * §I 3) and the record says so.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class OrderPersonalData implements PersonalDataHolder {

  @Inject OrderService service;
  @Inject OrderRepository orders;
  @Inject OrderReviewRepository reviews;
  /** The payments of the person's orders: transactions, personal information (ORD-3, Part 1 c). */
  @Inject com.meike.privacy.order.domain.payment.OrderPaymentRepository payments;
  @Inject @Key(DefaultOrderService.FIELD_KEY) FieldCipher fields;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public String context() {
    return "order";
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("orders", service.ordersOf(subject));
    List<Map<String, Object>> reviewed = new ArrayList<>();
    for (ServiceOrder order : orders.ofCustomer(subject)) {
      reviews.find(order.number()).filter(r -> subject.equals(r.customerId())).ifPresent(review -> {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("orderNumber", review.orderNumber());
        r.put("rating", review.rating());
        r.put("text", review.text(fields.opening(DefaultOrderService.REVIEWS, review.orderNumber())).orElse(null));
        r.put("recordingsHeld", review.recordingsHeld());
        r.put("reviewedAt", review.reviewedAt());
        reviewed.add(r);
      });
    }
    data.put("reviews", reviewed);
    List<Object> paid = new ArrayList<>();
    for (ServiceOrder order : orders.ofCustomer(subject)) {
      payments.latestOf(order.number()).map(DefaultOrderPayments::view).ifPresent(paid::add);
    }
    data.put("payments", paid);
    List<Map<String, Object>> forMe = new ArrayList<>();
    for (ServiceOrder order : orders.forRecipient(subject)) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("orderNumber", order.number());
      o.put("status", order.status().name());
      o.put("city", order.city());
      o.put("createdAt", order.createdAt());
      order.endedAt().ifPresent(at -> o.put("endedAt", at));
      forMe.add(o);
    }
    data.put("ordersForMe", forMe);
    auditTrail.record(new AuditEvent(actor, "order.exported", "account", subject,
        reviewed.size() + " review(s), " + forMe.size() + " order(s) placed for the person, for an access package"));
    return new Export(context(), data);
  }

  /**
   * Corrects service address, contact name and phone on every one of the person's orders that is
   * not anonymised (they are the person's own record; an order placed for another person names
   * that person's contact too, which the customer corrects).
   */
  @Override
  public Correction correct(String subject, Map<String, String> values, String actor) {
    List<String> done = new ArrayList<>();
    List<ServiceOrder> mine = orders.ofCustomer(subject);
    for (Map.Entry<String, String> value : values.entrySet()) {
      ServiceDetails.corrected(value.getKey(), value.getValue());
      int n = 0;
      for (ServiceOrder order : mine) {
        order.correct(value.getKey(), value.getValue(), fields.sealing(DefaultOrderService.ORDERS, order.number()));
        n++;
      }
      if (n > 0) {
        done.add(value.getKey() + " on " + n + " order(s)");
      }
    }
    auditTrail.record(new AuditEvent(actor, "order.corrected", "account", subject,
        done.isEmpty() ? "nothing to correct" : String.join(", ", done)));
    return new Correction(context(), done);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    int anonymised = 0;
    int cancelled = 0;
    int active = 0;
    for (ServiceOrder order : orders.ofCustomer(subject)) {
      if (order.status().active()) {
        if (!closingAccount) {
          active++;
          continue;
        }
        order.cancel(clock.instant());
        cancelled++;
      }
      order.anonymise(fields.sealing(DefaultOrderService.ORDERS, order.number()));
      reviews.find(order.number()).ifPresent(OrderReview::anonymise);
      anonymised++;
    }
    int unlinked = 0;
    for (ServiceOrder order : orders.forRecipient(subject)) {
      order.forgetRecipient();
      unlinked++;
    }
    List<String> kept = new ArrayList<>();
    if (anonymised > 0) {
      kept.add(anonymised + " order(s) anonymised, not deleted: number, city, items, amount, status, dates and rating"
          + " kept as the transaction record (E-Commerce Law art. 31, at least 3 years); customer, address, contact"
          + " and review text removed");
    }
    if (cancelled > 0) {
      kept.add(cancelled + " active order(s) cancelled because the account closed");
    }
    if (active > 0) {
      kept.add(active + " active order(s) kept until they end: performing the contract (§I 3); ask again after");
    }
    if (unlinked > 0) {
      kept.add(unlinked + " order(s) placed by others for the person: the link to the person removed");
    }
    auditTrail.record(new AuditEvent(actor, "order.erased", "account", subject,
        anonymised + " anonymised, " + cancelled + " cancelled, " + active + " active kept, " + unlinked
            + " recipient link(s) removed"));
    return new Erasure(context(), 0, anonymised + unlinked, kept);
  }
}
