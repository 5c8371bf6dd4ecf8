package com.meike.privacy.order.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.rights.LegalMinimum;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.order.application.OrderService;
import com.meike.privacy.order.application.OrderView;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.OrderReviewRepository;
import com.meike.privacy.order.domain.order.ServiceDetails;
import com.meike.privacy.order.domain.order.ServiceOrder;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

  @Inject
  @Key(DefaultOrderService.FIELD_KEY)
  FieldCipher fields;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;
  @Inject com.meike.privacy.consent.application.ConsentCheck consent;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = OrderRetention.YEARS,
      defaultValue = "3")
  int legalYears;

  @Override
  public String context() {
    return "order";
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    // the person's orders read once (read-only, issue 15's benchmark: a person with 10,000 orders),
    // their reviews and payments in one read-only query each, by the customer: lists of order
    // numbers cost Hibernate a translation per chunk
    List<OrderView> own = service.ordersOf(subject);
    data.put("orders", own);
    List<String> numbers = own.stream().map(OrderView::orderNumber).toList();
    Map<String, OrderReview> reviewOf = new java.util.HashMap<>();
    for (OrderReview review : reviews.ofCustomerOrders(subject)) {
      reviewOf.put(review.orderNumber(), review);
    }
    List<Map<String, Object>> reviewed = new ArrayList<>();
    for (String number : numbers) {
      OrderReview review = reviewOf.get(number);
      if (review == null || !subject.equals(review.customerId())) {
        continue;
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("orderNumber", review.orderNumber());
      r.put("rating", review.rating());
      r.put(
          "text",
          review
              .text(fields.opening(DefaultOrderService.REVIEWS, review.orderNumber()))
              .orElse(null));
      r.put("recordingsHeld", review.recordingsHeld());
      r.put("reviewedAt", review.reviewedAt());
      reviewed.add(r);
    }
    data.put("reviews", reviewed);
    Map<String, com.meike.privacy.order.domain.payment.OrderPayment> latest =
        payments.latestOfCustomerOrders(subject);
    List<Object> paid = new ArrayList<>();
    for (String number : numbers) {
      if (latest.containsKey(number)) {
        paid.add(DefaultOrderPayments.view(latest.get(number)));
      }
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
    auditTrail.record(
        new AuditEvent(
            actor,
            "order.exported",
            "account",
            subject,
            reviewed.size()
                + " review(s), "
                + forMe.size()
                + " order(s) placed for the person, for an access package"));
    return new Export(context(), data);
  }

  /**
   * Corrects service address, contact name and phone on every one of the person's orders that is
   * not anonymised (they are the person's own record; an order placed for another person names that
   * person's contact too, which the customer corrects).
   */
  @Override
  public Correction correct(String subject, Map<String, String> values, String actor) {
    List<String> done = new ArrayList<>();
    List<ServiceOrder> mine = orders.ofCustomer(subject);
    for (Map.Entry<String, String> value : values.entrySet()) {
      ServiceDetails.corrected(value.getKey(), value.getValue());
      int n = 0;
      for (ServiceOrder order : mine) {
        order.correct(
            value.getKey(),
            value.getValue(),
            fields.sealing(DefaultOrderService.ORDERS, order.number()));
        n++;
      }
      if (n > 0) {
        done.add(value.getKey() + " on " + n + " order(s)");
      }
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "order.corrected",
            "account",
            subject,
            done.isEmpty() ? "nothing to correct" : String.join(", ", done)));
    return new Correction(context(), done);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    int anonymised = 0;
    List<LegalMinimum> archive = new ArrayList<>();
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
      if (!order.anonymised()) {
        archive.addAll(legalMinimum(order, actor));
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
      kept.add(
          anonymised
              + " order(s) anonymised, not deleted: number, city, items, amount, status, dates and rating"
              + " kept as the transaction record (E-Commerce Law art. 31, at least 3 years); customer, address, contact"
              + " and review text removed");
    }
    if (cancelled > 0) {
      kept.add(cancelled + " active order(s) cancelled because the account closed");
    }
    if (active > 0) {
      kept.add(
          active
              + " active order(s) kept until they end: performing the contract (§I 3); ask again after");
    }
    if (unlinked > 0) {
      kept.add(
          unlinked + " order(s) placed by others for the person: the link to the person removed");
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "order.erased",
            "account",
            subject,
            anonymised
                + " anonymised, "
                + cancelled
                + " cancelled, "
                + active
                + " active kept, "
                + unlinked
                + " recipient link(s) removed"));
    if (!archive.isEmpty()) {
      kept.add(
          archive.size()
              + " transaction record(s) with the customer's identity and contact put into the archive vault"
              + " (RET-2): sealed, isolated, opened only by a lawful disclosure");
    }
    return new Erasure(context(), 0, anonymised + unlinked, kept, archive);
  }

  /**
   * Whether {@code service} is the home-visit service of one city (SHUT-1): a city's service that
   * collects for the order's purpose ({@value OrderService#ORDER_PURPOSE}). Orders are attributed
   * to the home-visit service of their city (the {@code service_area} column); any other service
   * concerns no order.
   */
  static boolean homeVisit(com.meike.privacy.kernel.rights.ServiceScope service) {
    return service.inCity().isPresent() && service.collectsFor(OrderService.ORDER_PURPOSE);
  }

  /** The customers of the city's home-visit service whose orders are not anonymised yet. */
  @Override
  public List<String> subjectsFor(
      com.meike.privacy.kernel.rights.ServiceScope service, String after, int limit) {
    return homeVisit(service)
        ? orders.customersIn(ServiceOrder.areaOf(service.city()), after, limit)
        : List.of();
  }

  /**
   * A city's home-visit service shuts down (SHUT-1): the person's orders in that city are ended (an
   * active one is cancelled: the service stops) and anonymised as on an account's erasure — the
   * transaction record stays, customer, recipient, address, contact and review text go, the legal
   * minimum goes to the archive vault (RET-2). Orders in other cities are not touched. The batch of
   * one person of {@link #eraseForAll}.
   */
  @Override
  public Erasure eraseFor(
      String subject,
      com.meike.privacy.kernel.rights.ServiceScope service,
      String reason,
      String actor) {
    if (!homeVisit(service)) {
      return PersonalDataHolder.super.eraseFor(subject, service, reason, actor);
    }
    return eraseForAll(List.of(subject), service, reason, actor).of(subject);
  }

  /**
   * {@link #eraseFor} for a page of people, set-based (issue 16's benchmark: one audit entry, one
   * consent-exception audit entry and a few queries per batch instead of per person): the city's
   * orders of every one of {@code subjects} loaded with one query per 1,000 people, their reviews
   * with one more, each order's personal fields opened once for the archive vault's legal minimum
   * and sealed again as {@value ServiceOrder#ANONYMISED} (seals are bound to their row, so this
   * stays per order), the changes written at the batch's flush. One audit entry names the count of
   * orders and people, the account id range and the digest of the sorted {@code orderNumber
   * accountId} pairs ({@link com.meike.privacy.kernel.rights.DisposalDigest}) — the same pairs the
   * vault's sealed records of the shutdown hold, so the entry can be checked against them.
   */
  @Override
  public BatchErasure eraseForAll(
      List<String> subjects,
      com.meike.privacy.kernel.rights.ServiceScope service,
      String reason,
      String actor) {
    if (!homeVisit(service)) {
      return PersonalDataHolder.super.eraseForAll(subjects, service, reason, actor);
    }
    Map<String, List<LegalMinimum>> archive = new LinkedHashMap<>();
    List<String> disposed = new ArrayList<>();
    int cancelled = 0;
    List<ServiceOrder> theirs =
        orders.ofCustomersIn(subjects, ServiceOrder.areaOf(service.city())).stream()
            .filter(o -> !o.anonymised())
            .toList();
    if (theirs.isEmpty()) {
      return new BatchErasure(context(), 0, 0, List.of(), Map.of());
    }
    Map<String, OrderReview> reviewOf = new java.util.HashMap<>();
    for (OrderReview review :
        reviews.ofOrders(theirs.stream().map(ServiceOrder::number).toList())) {
      reviewOf.put(review.orderNumber(), review);
    }
    for (ServiceOrder order : theirs) {
      if (order.status().active()) {
        order.cancel(clock.instant());
        cancelled++;
      }
      String customer = order.customerId();
      archive.computeIfAbsent(customer, c -> new ArrayList<>()).addAll(legalMinimumOf(order));
      disposed.add(order.number() + " " + customer);
      order.anonymise(fields.sealing(DefaultOrderService.ORDERS, order.number()));
      OrderReview review = reviewOf.get(order.number());
      if (review != null) {
        review.anonymise();
      }
    }
    // Opened only to be sealed into the vault: a use without consent under a named exception
    // (CON-4), one register entry per person, one audit entry for the batch.
    consent.mayUnderExceptionForAll(
        archive.keySet().stream().map(SubjectId::of).toList(),
        PurposeCode.of(OrderService.ORDER_PURPOSE),
        com.meike.privacy.consent.domain.ledger.LegalException.OTHER_LEGAL_PROVISION,
        actor,
        "orders of the home-visit service in "
            + service.city()
            + ": the transaction record and contact kept in the archive vault on the service's"
            + " shutdown (E-Commerce Law art. 31, RET-2)");
    com.meike.privacy.kernel.rights.DisposalDigest people =
        com.meike.privacy.kernel.rights.DisposalDigest.of(archive.keySet());
    auditTrail.record(
        new AuditEvent(
            actor,
            "order.erased-for-service",
            "service",
            service.code(),
            theirs.size()
                + " order(s) in "
                + service.city()
                + " anonymised, "
                + cancelled
                + " active cancelled, of "
                + people.people()
                + "; orders "
                + com.meike.privacy.kernel.rights.DisposalDigest.of(disposed)
                + " (sorted 'orderNumber accountId' lines): "
                + reason));
    List<String> kept = new ArrayList<>();
    kept.add(
        "orders anonymised, not deleted: number, city, items, amount, status, dates and rating kept as"
            + " the transaction record (E-Commerce Law art. 31, at least 3 years); customer, address,"
            + " contact and review text removed; the legal minimum in the archive vault (RET-2)");
    if (cancelled > 0) {
      kept.add("active orders cancelled because the service stopped");
    }
    return new BatchErasure(context(), 0, theirs.size(), kept, archive);
  }

  /**
   * The city's home-visit orders still naming a person ({@code orders}, must be zero after the
   * disposal) and those kept anonymised as transaction records.
   */
  @Override
  public Remaining remainingFor(com.meike.privacy.kernel.rights.ServiceScope service) {
    if (!homeVisit(service)) {
      return PersonalDataHolder.super.remainingFor(service);
    }
    String area = ServiceOrder.areaOf(service.city());
    return new Remaining(
        context(),
        Map.of("orders", orders.countIn(area, false)),
        Map.of(
            "orders anonymised (transaction record, E-Commerce Law art. 31)",
            orders.countIn(area, true)));
  }

  /**
   * What the law requires to keep of an order once it is anonymised here (RET-2): the transaction
   * record with who the customer was (E-Commerce Law art. 31: goods, services and transaction
   * information, at least three years from the transaction's end) — as {@code payment.transactions}
   * — and the contact and service address the service was performed for — as {@code profile.basic}.
   * The vault keeps them at least that long, and for its criminal limitation period.
   */
  private List<LegalMinimum> legalMinimum(ServiceOrder order, String actor) {
    // Opened only to be sealed into the vault: a use without consent under a named exception
    // (CON-4), recorded.
    consent.mayUnderException(
        SubjectId.of(order.customerId()),
        PurposeCode.of(OrderService.ORDER_PURPOSE),
        com.meike.privacy.consent.domain.ledger.LegalException.OTHER_LEGAL_PROVISION,
        actor,
        "order "
            + order.number()
            + ": the transaction record and contact kept in the archive vault on erasure"
            + " (E-Commerce Law art. 31, RET-2)");
    return legalMinimumOf(order);
  }

  /** The legal minimum of {@link #legalMinimum}, without recording the use (the caller does). */
  private List<LegalMinimum> legalMinimumOf(ServiceOrder order) {
    Instant ended = order.endedAt().orElse(clock.instant());
    Instant until = ended.atZone(ZoneOffset.UTC).plusYears(legalYears).toInstant();
    String basis =
        "E-Commerce Law art. 31: transaction information kept at least "
            + legalYears
            + " years from the end of the transaction; Part 2 §IV(二) of the policy: kept encrypted and isolated for"
            + " the criminal limitation period, without commercial use";
    Map<String, Object> transaction = new LinkedHashMap<>();
    transaction.put("orderNumber", order.number());
    transaction.put("customerAccountId", order.customerId());
    order.recipientId().ifPresent(r -> transaction.put("recipientAccountId", r));
    transaction.put("city", order.city());
    transaction.put("items", order.items());
    transaction.put("amount", order.amount().toPlainString());
    transaction.put("status", order.status().name());
    order.beauticianId().ifPresent(b -> transaction.put("beauticianId", b));
    transaction.put("createdAt", order.createdAt());
    order.endedAt().ifPresent(at -> transaction.put("endedAt", at));
    ServiceOrder.Personal personal =
        order.personal(fields.opening(DefaultOrderService.ORDERS, order.number()));
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("orderNumber", order.number());
    contact.put("contactName", personal.contactName());
    contact.put("contactPhone", personal.contactPhone());
    contact.put("serviceAddress", personal.serviceAddress());
    return List.of(
        new LegalMinimum("payment.transactions", order.number(), transaction, until, basis),
        new LegalMinimum("profile.basic", order.number(), contact, until, basis));
  }
}
