package com.meike.privacy.order.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.LegalException;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.ColumnSeal;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.order.application.BadReviewReceived;
import com.meike.privacy.order.application.OrderAssigned;
import com.meike.privacy.order.application.OrderRequest;
import com.meike.privacy.order.application.OrderService;
import com.meike.privacy.order.application.OrderView;
import com.meike.privacy.order.application.ReviewRequest;
import com.meike.privacy.order.application.ReviewView;
import com.meike.privacy.order.application.ServiceContact;
import com.meike.privacy.order.domain.order.OrderNumbers;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.OrderReviewRepository;
import com.meike.privacy.order.domain.order.ServiceDetails;
import com.meike.privacy.order.domain.order.ServiceOrder;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link OrderService} as one container-managed transaction per call, the change and its audit
 * entry together. Audit details name order numbers, account ids and statuses only — never an
 * address, name, phone number or review text.
 *
 * <p>Configuration: {@value #BAD_REVIEW_THRESHOLD} (default 2): a review rated at or below it is a
 * bad review and puts the order's recordings on legal hold (ORD-4).
 */
@Stateless
public class DefaultOrderService implements OrderService {

  static final String ORDER = "order";
  static final String BEAUTICIAN = "BEAUTICIAN";

  /**
   * The extra verification state a beautician needs before assignment and the service contact
   * (ID-3).
   */
  static final String VERIFIED = "PASSED";

  public static final String BAD_REVIEW_THRESHOLD = "meike.order.bad-review-threshold";
  public static final String FIELD_KEY = "meike.order.field-key";
  static final String ORDERS = "service_order";
  static final String REVIEWS = "order_review";

  @Inject OrderRepository orders;
  @Inject OrderReviewRepository reviews;
  @Inject ChildRegister children;
  @Inject ConsentCheck consent;
  @Inject Event<BadReviewReceived> badReviews;
  @Inject Event<OrderAssigned> assigned;

  /**
   * Seals orders' address, contact name and phone and reviews' text (DATA-3), bound to their rows.
   */
  @Inject
  @Key(FIELD_KEY)
  FieldCipher fields;

  @Inject AppUserRegistration accounts;
  @Inject AuditTrail auditTrail;
  @Inject RefusalRecorder refusals;
  @Inject Clock clock;

  /**
   * Approved shutdowns (SHUT-1): a city's home-visit service that shuts down takes no new order in
   * that city from the approval on (the rights context answers; absent outside the container).
   */
  @Inject jakarta.enterprise.inject.Instance<com.meike.privacy.kernel.rights.CollectionStops> stops;

  @Inject
  @ConfigProperty(name = BAD_REVIEW_THRESHOLD, defaultValue = "2")
  int badReviewThreshold;

  /**
   * Refuses (409 naming the service and its date) collecting for {@code purpose} in {@code city}
   * once the city's home-visit service stopped collecting (SHUT-1): the one check of the order
   * context, for orders, reviews and payments alike.
   */
  static void refuseIfStopped(
      jakarta.enterprise.inject.Instance<com.meike.privacy.kernel.rights.CollectionStops> stops,
      String purpose,
      String city) {
    if (stops != null && stops.isResolvable()) {
      stops.get().refuseIfStopped(java.util.List.of(purpose), city);
    }
  }

  @Override
  public OrderView place(OrderRequest request, String customerId) {
    if (request == null) {
      throw DomainException.invalid("serviceAddress", "is required");
    }
    ServiceDetails details =
        new ServiceDetails(
            request.serviceAddress(),
            request.contactName(),
            request.contactPhone(),
            request.items(),
            request.amount(),
            request.city(),
            request.forAnotherPerson());
    refuseIfStopped(stops, ORDER_PURPOSE, details.city());
    Decision own = consent.may(SubjectId.of(customerId), PurposeCode.of(ORDER_PURPOSE));
    if (!own.allowed()) {
      refusals.record(
          new AuditEvent(
              customerId,
              "order.refused",
              ORDER,
              "(not placed)",
              "consent to " + ORDER_PURPOSE + " missing (" + own.reason() + ")"));
      throw new DomainException(
          Kind.CONFLICT,
          null,
          "an order uses your name, address and phone (purpose "
              + ORDER_PURPOSE
              + "), which the consent service does"
              + " not allow now ("
              + own.reason()
              + "; a child needs the guardian's consent) — 下单所需个人信息未获同意");
    }
    Instant now = clock.instant();
    String number = OrderNumbers.next(now);
    while (orders.exists(number)) {
      number = OrderNumbers.next(now);
    }
    ServiceOrder order =
        ServiceOrder.place(number, customerId, details, fields.sealing(ORDERS, number), now);
    String recipientNote = "";
    if (request.recipientId() != null) {
      order.forRecipient(request.recipientId());
      recipientNote = mayOrderFor(request.recipientId(), customerId, number);
    }
    orders.add(order);
    audit(
        customerId,
        "order.placed",
        number,
        "city "
            + order.city()
            + (order.forAnotherPerson() ? ", for another person" : "")
            + recipientNote);
    return view(order, true, customerId);
  }

  /**
   * Whether the customer may order for the named recipient (ORD-1, ID-6): the recipient must be an
   * account; if they are recorded as a child, the customer must be their guardian or the guardian
   * must have consented for them to {@value OrderService#ORDER_PURPOSE} (the consent check counts
   * only the guardian's entries for a child). A refusal is audited in its own transaction.
   *
   * @return what the audit entry of the order says about the recipient
   */
  private String mayOrderFor(String recipientId, String customerId, String number) {
    if (accounts.account(recipientId).isEmpty()) {
      throw DomainException.invalid("recipientId", "is not the account of a person");
    }
    Optional<ChildStatusView> child;
    try {
      child = children.childStatus(SubjectId.of(recipientId));
    } catch (DomainException e) {
      throw DomainException.invalid("recipientId", "is not the account of a person");
    }
    if (child.isEmpty()) {
      return " (account " + recipientId + ")";
    }
    if (customerId.equals(child.get().guardian())) {
      return " (child " + recipientId + ", ordered by the guardian)";
    }
    Decision decision = consent.may(SubjectId.of(recipientId), PurposeCode.of(ORDER_PURPOSE));
    if (!decision.allowed()) {
      refusals.record(
          new AuditEvent(
              customerId,
              "order.refused",
              ORDER,
              number,
              "for child "
                  + recipientId
                  + ": guardian consent to "
                  + ORDER_PURPOSE
                  + " missing ("
                  + decision.reason()
                  + ")"));
      throw new DomainException(
          Kind.CONFLICT,
          "recipientId",
          "the recipient is recorded as a child: only their guardian may order for them, or anyone once the"
              + " guardian has consented for them to purpose "
              + ORDER_PURPOSE
              + " — the guardian's consent is missing");
    }
    return " (child "
        + recipientId
        + ", guardian consent in ledger entry "
        + decision.entrySequence()
        + ")";
  }

  @Override
  public ReviewView review(String orderNumber, ReviewRequest request, String customerId) {
    ServiceOrder order = load(orderNumber);
    OrderReview review =
        OrderReview.write(
            order,
            customerId,
            request == null ? null : request.rating(),
            request == null ? null : request.text(),
            badReviewThreshold,
            fields.sealing(REVIEWS, order.number()),
            clock.instant());
    if (reviews.find(order.number()).isPresent()) {
      throw DomainException.conflict("the order was already reviewed; a review is written once");
    }
    // a review is collected for the order's service: none once that city's service stopped
    refuseIfStopped(stops, ORDER_PURPOSE, order.city());
    reviews.add(review);
    audit(
        customerId,
        "order.reviewed",
        order.number(),
        "rating "
            + review.rating()
            + (review.recordingsHeld()
                ? ", at or below the bad-review threshold "
                    + badReviewThreshold
                    + ": recordings put on legal hold"
                : ""));
    if (review.recordingsHeld()) {
      badReviews.fire(new BadReviewReceived(order.number(), review.rating(), customerId));
    }
    return new ReviewView(
        review.orderNumber(),
        review.rating(),
        review.text(opening(order, REVIEWS, customerId)).orElse(null),
        review.recordingsHeld(),
        review.reviewedAt());
  }

  @Override
  public List<OrderView> ordersOf(String customerId) {
    List<ServiceOrder> found = orders.ofCustomerToRead(customerId);
    if (!found.isEmpty()) {
      auditTrail.record(
          new AuditEvent(
              customerId,
              "order.listed",
              "account",
              customerId,
              found.size() + " own order(s) with contact details"));
    }
    // one consent decision per person for the whole list, not one per order (a person with
    // thousands of orders: the access package of issue 15)
    java.util.Set<String> checked = new java.util.HashSet<>();
    return found.stream()
        .map(
            order -> {
              String subject = order.recipientId().orElse(order.customerId());
              ColumnSeal seal =
                  checked.add(subject)
                      ? opening(order, ORDERS, customerId, found.size())
                      : fields.opening(ORDERS, order.number());
              return view(order, order.personal(seal));
            })
        .toList();
  }

  @Override
  public OrderView assign(String orderNumber, String beauticianId, String actor) {
    ServiceOrder order = load(orderNumber);
    Optional<AppUserRegistration.AccountView> account =
        beauticianId == null
            ? Optional.empty()
            : accounts.account(beauticianId).filter(a -> BEAUTICIAN.equals(a.role()));
    if (account.isEmpty()) {
      throw DomainException.invalid("beauticianId", "is not the account of a beautician");
    }
    if (!VERIFIED.equals(account.get().extraVerification())) {
      refusals.record(
          new AuditEvent(
              actor,
              "order.assignment.refused",
              ORDER,
              order.number(),
              "beautician "
                  + beauticianId
                  + ": identity verification "
                  + account.get().extraVerification()
                  + ", not PASSED (ID-3)"));
      throw new DomainException(
          Kind.CONFLICT,
          "beauticianId",
          "the beautician's identity verification has not passed (it is "
              + account.get().extraVerification()
              + "): only a verified beautician may be assigned and see a customer's address — 美容师身份核验未通过，不能派单");
    }
    order.assign(beauticianId);
    audit(actor, "order.assigned", order.number(), "to beautician " + beauticianId);
    // The customer's own order: the order SMS tells them where the beautician comes, so a wrong
    // address is noticed before the visit (and can be corrected, DSR-1).
    String serviceAddress =
        order.recipientId().isPresent()
            ? null
            : order.personal(opening(order, ORDERS, actor)).serviceAddress();
    assigned.fire(
        new OrderAssigned(order.number(), beauticianId, order.customerId(), serviceAddress));
    return view(order, false, actor);
  }

  @Override
  public ServiceContact serviceContact(String orderNumber, String beauticianId) {
    ServiceOrder order = orders.find(orderNumber).orElse(null);
    if (order != null && order.servedNowBy(beauticianId) && !verified(beauticianId)) {
      refusals.record(
          new AuditEvent(
              beauticianId,
              "order.service-contact.refused",
              ORDER,
              order.number(),
              "the beautician's identity verification is not PASSED (ID-3)"));
      throw DomainException.forbidden(
          "only a beautician whose identity verification passed sees a customer's address and contact (ID-3)");
    }
    if (order == null || !order.servedNowBy(beauticianId)) {
      refusals.record(
          new AuditEvent(
              beauticianId == null ? "anonymous" : beauticianId,
              "order.service-contact.refused",
              ORDER,
              OrderNumbers.wellFormed(orderNumber) ? orderNumber : "(malformed)",
              order == null ? "no such order" : "not the active order of this beautician"));
      throw DomainException.forbidden(
          "only the beautician assigned to an active order sees its service address and contact");
    }
    ServiceOrder.Personal personal = order.personal(opening(order, ORDERS, beauticianId));
    audit(
        beauticianId,
        "order.service-contact.disclosed",
        order.number(),
        "service address and contact shown to the assigned beautician");
    return new ServiceContact(
        order.number(), personal.serviceAddress(), personal.contactName(), personal.contactPhone());
  }

  @Override
  public OrderView complete(String orderNumber, String actor, boolean operations) {
    ServiceOrder order = load(orderNumber);
    if (!operations && !order.servedNowBy(actor)) {
      throw DomainException.forbidden(
          "only operations or the assigned beautician complete an order");
    }
    order.complete(clock.instant());
    audit(actor, "order.completed", order.number(), "service address and contact no longer shown");
    return view(order, false, actor);
  }

  @Override
  public OrderView cancel(String orderNumber, String actor, boolean operations) {
    ServiceOrder order = load(orderNumber);
    boolean customer = actor != null && actor.equals(order.customerId());
    if (!operations && !customer) {
      throw DomainException.forbidden("only operations or the customer cancel an order");
    }
    order.cancel(clock.instant());
    audit(actor, "order.cancelled", order.number(), "service address and contact no longer shown");
    return view(order, customer, actor);
  }

  /** Whether the account's extra identity verification passed (ID-3), read now from identity. */
  private boolean verified(String accountId) {
    return accounts
        .account(accountId)
        .map(a -> VERIFIED.equals(a.extraVerification()))
        .orElse(false);
  }

  private ServiceOrder load(String orderNumber) {
    return orders.find(orderNumber).orElseThrow(() -> DomainException.notFound("no such order"));
  }

  private void audit(String actor, String action, String number, String detail) {
    auditTrail.record(new AuditEvent(actor, action, ORDER, number, detail));
  }

  /**
   * Opens the order's sealed fields only after the consent check (CON-3): the person they are about
   * (the recipient, else the customer) for purpose {@value OrderService#ORDER_PURPOSE}. Where
   * consent no longer covers it (a child without the guardian's consent), an order already placed
   * is still performed — under the named exception {@link LegalException#CONTRACT_NECESSITY},
   * recorded in the exception register and audited (CON-4).
   */
  private ColumnSeal opening(ServiceOrder order, String table, String actor) {
    return opening(order, table, actor, 1);
  }

  /**
   * Opens the order's sealed fields after the consent check of the person they are about; {@code
   * listed} orders of the same person are opened under this one check (the exception, when one
   * applies, recorded once for them all).
   */
  private ColumnSeal opening(ServiceOrder order, String table, String actor, int listed) {
    String subject = order.recipientId().orElse(order.customerId());
    Decision decision = consent.may(SubjectId.of(subject), PurposeCode.of(ORDER_PURPOSE));
    if (!decision.allowed()) {
      consent.mayUnderException(
          SubjectId.of(subject),
          PurposeCode.of(ORDER_PURPOSE),
          LegalException.CONTRACT_NECESSITY,
          actor == null ? "order-service" : actor,
          "order "
              + order.number()
              + (listed > 1 ? " and the person's " + (listed - 1) + " other order(s) listed" : "")
              + ": performing the order placed (service address, contact, review); consent"
              + " check answered "
              + decision.reason());
    }
    return fields.opening(table, order.number());
  }

  private OrderView view(ServiceOrder order, boolean withPersonal, String actor) {
    return view(order, withPersonal ? order.personal(opening(order, ORDERS, actor)) : null);
  }

  private static OrderView view(ServiceOrder order, ServiceOrder.Personal personal) {
    return new OrderView(
        order.number(),
        order.status().name(),
        order.city(),
        order.items(),
        order.amount(),
        order.forAnotherPerson(),
        personal == null ? null : personal.serviceAddress(),
        personal == null ? null : personal.contactName(),
        personal == null ? null : personal.contactPhone(),
        order.beauticianId().orElse(null),
        order.createdAt(),
        order.endedAt().orElse(null),
        order.recipientId().orElse(null));
  }
}
