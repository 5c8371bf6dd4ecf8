package com.meike.privacy.order.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.identity.application.AppUserRegistration.AccountView;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.order.application.BadReviewReceived;
import com.meike.privacy.order.application.OrderRequest;
import com.meike.privacy.order.application.OrderView;
import com.meike.privacy.order.application.ReviewRequest;
import com.meike.privacy.order.application.ReviewView;
import com.meike.privacy.order.application.ServiceContact;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.OrderReviewRepository;
import com.meike.privacy.order.domain.order.ServiceOrder;
import jakarta.enterprise.event.Event;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DefaultOrderServiceTest {

  static final String CUSTOMER = "customer-1";
  static final String BEAUTICIAN = "beautician-1";
  static final String OTHER_BEAUTICIAN = "beautician-2";

  final InMemoryOrders orders = new InMemoryOrders();
  final AppUserRegistration accounts = mock(AppUserRegistration.class);
  final AuditTrail auditTrail = mock(AuditTrail.class);
  final RefusalRecorder refusals = mock(RefusalRecorder.class);
  final InMemoryReviews reviews = new InMemoryReviews();
  final ChildRegister children = mock(ChildRegister.class);
  final ConsentCheck consent = mock(ConsentCheck.class);

  @SuppressWarnings("unchecked")
  final Event<BadReviewReceived> badReviews = mock(Event.class);

  final DefaultOrderService service = new DefaultOrderService();

  @BeforeEach
  void wire() {
    service.orders = orders;
    service.reviews = reviews;
    service.children = children;
    service.consent = consent;
    when(consent.may(any(), any())).thenReturn(Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
    service.badReviews = badReviews;
    service.assigned = mock(Event.class);
    service.badReviewThreshold = 2;
    when(children.childStatus(any())).thenReturn(Optional.empty());
    service.fields = new FieldCipher("k1", new byte[32]);
    service.accounts = accounts;
    service.auditTrail = auditTrail;
    service.refusals = refusals;
    service.clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    for (String id : List.of(BEAUTICIAN, OTHER_BEAUTICIAN)) {
      when(accounts.account(id))
          .thenReturn(Optional.of(new AccountView(id, "BEAUTICIAN", "PASSED", Instant.EPOCH)));
    }
    when(accounts.account(CUSTOMER))
        .thenReturn(Optional.of(new AccountView(CUSTOMER, "CUSTOMER", "NONE", Instant.EPOCH)));
  }

  OrderView placed() {
    return service.place(
        new OrderRequest(
            "Room 5, 12 Xinhua Rd",
            "Li Na",
            "+8613812345678",
            List.of("facial", "massage"),
            new BigDecimal("268.00"),
            "Shanghai",
            true),
        CUSTOMER);
  }

  String placedIn(String city) {
    return service
        .place(
            new OrderRequest(
                "Room 5, 12 Xinhua Rd",
                "Li Na",
                "+8613812345678",
                List.of("facial"),
                new BigDecimal("268.00"),
                city,
                true),
            CUSTOMER)
        .orderNumber();
  }

  OrderPersonalData holder() {
    OrderPersonalData holder = new OrderPersonalData();
    holder.service = service;
    holder.orders = orders;
    holder.reviews = reviews;
    holder.payments = payments;
    holder.fields = service.fields;
    holder.auditTrail = auditTrail;
    holder.clock = service.clock;
    holder.consent = service.consent;
    holder.legalYears = 3;
    return holder;
  }

  final com.meike.privacy.order.domain.payment.OrderPaymentRepository payments =
      new com.meike.privacy.order.domain.payment.OrderPaymentRepository() {
        final java.util.Map<String, com.meike.privacy.order.domain.payment.OrderPayment> byOrder =
            new java.util.HashMap<>();

        @Override
        public java.util.Optional<com.meike.privacy.order.domain.payment.OrderPayment> find(
            String messageId) {
          return byOrder.values().stream().filter(p -> p.messageId().equals(messageId)).findFirst();
        }

        @Override
        public java.util.Optional<com.meike.privacy.order.domain.payment.OrderPayment> latestOf(
            String orderNumber) {
          return java.util.Optional.ofNullable(byOrder.get(orderNumber));
        }

        @Override
        public java.util.Map<String, com.meike.privacy.order.domain.payment.OrderPayment>
            latestOfCustomerOrders(String customerId) {
          java.util.Map<String, com.meike.privacy.order.domain.payment.OrderPayment> latest =
              new java.util.HashMap<>();
          for (ServiceOrder order : orders.ofCustomer(customerId)) {
            latestOf(order.number()).ifPresent(p -> latest.put(order.number(), p));
          }
          return latest;
        }

        @Override
        public void add(com.meike.privacy.order.domain.payment.OrderPayment payment) {
          byOrder.put(payment.orderNumber(), payment);
        }
      };

  @Test
  @org.junit.jupiter.api.Tag("ORD-3")
  @DisplayName("ORD-3, DSR-1: the payments of the person's orders are in their access package")
  void exportHoldsPayments() {
    OrderView order = placed();
    payments.add(
        com.meike.privacy.order.domain.payment.OrderPayment.request(
            order.orderNumber(),
            "alipay",
            new BigDecimal("268.00"),
            java.time.Instant.parse("2026-12-01T02:00:00Z")));
    java.util.List<?> exported =
        (java.util.List<?>) holder().export(CUSTOMER, "handler").data().get("payments");
    assertThat(exported)
        .singleElement()
        .satisfies(
            p -> {
              var view = (com.meike.privacy.order.application.OrderPayments.PaymentView) p;
              assertThat(view.provider()).isEqualTo("alipay");
              assertThat(view.status()).isEqualTo("REQUESTED");
            });
  }

  @Test
  @DisplayName(
      "DSR-1: the order context's access part holds the person's orders with contact and their reviews with text")
  void exportHoldsOrdersAndReviews() {
    OrderView order = placed();
    service.assign(order.orderNumber(), BEAUTICIAN, "ops");
    service.complete(order.orderNumber(), BEAUTICIAN, false);
    service.review(order.orderNumber(), new ReviewRequest(4, "Lovely, thank you."), CUSTOMER);

    Map<String, Object> data = holder().export(CUSTOMER, "handler").data();

    assertThat((List<?>) data.get("orders"))
        .singleElement()
        .satisfies(o -> assertThat(((OrderView) o).contactName()).isEqualTo("Li Na"));
    assertThat((List<?>) data.get("reviews"))
        .singleElement()
        .satisfies(r -> assertThat(((Map<?, ?>) r).get("text")).isEqualTo("Lovely, thank you."));
  }

  @Test
  @DisplayName(
      "DSR-2, ID-7, RET-4: closing the account cancels active orders and anonymises every order — amounts and dates kept, nothing links back")
  void erasureAnonymisesOrdersKeepingTheTransactionRecord() {
    OrderView done = placed();
    service.assign(done.orderNumber(), BEAUTICIAN, "ops");
    service.complete(done.orderNumber(), BEAUTICIAN, false);
    service.review(done.orderNumber(), new ReviewRequest(1, "Rude beautician."), CUSTOMER);
    OrderView open = placed();

    var kept = holder().erase(CUSTOMER, false, "deletion", "handler");
    assertThat(kept.anonymised()).isEqualTo(1);
    assertThat(kept.kept()).anySatisfy(k -> assertThat(k).contains("1 active order(s) kept"));
    assertThat(orders.byNumber.get(open.orderNumber()).customerId()).isEqualTo(CUSTOMER);

    var closed = holder().erase(CUSTOMER, true, "cancellation", "handler");
    assertThat(closed.anonymised()).isEqualTo(1);
    // RET-2: what the law keeps leaves with the erasure, for the archive vault — the context keeps
    // no copy
    assertThat(kept.legalMinimum())
        .extracting(m -> m.category())
        .containsExactly("payment.transactions", "profile.basic");
    assertThat(closed.legalMinimum())
        .extracting(m -> m.category())
        .containsExactly("payment.transactions", "profile.basic");
    assertThat(closed.legalMinimum().get(1).content())
        .containsEntry("contactPhone", "+8613812345678")
        .containsEntry("contactName", "Li Na");
    assertThat(closed.legalMinimum().get(0).content()).containsEntry("customerAccountId", CUSTOMER);
    assertThat(service.ordersOf(CUSTOMER)).as("no order found for the person any more").isEmpty();
    for (ServiceOrder order : orders.byNumber.values()) {
      assertThat(order.anonymised()).isTrue();
      assertThat(order.amount()).isEqualByComparingTo("268.00");
      assertThat(order.createdAt()).isNotNull();
      ServiceOrder.Personal personal =
          order.personal(service.fields.opening("service_order", order.number()));
      // RET-4: the re-identification attempt — every personal column opens to the same constant
      assertThat(
              List.of(
                  personal.serviceAddress(),
                  personal.contactName(),
                  personal.contactPhone(),
                  order.customerId()))
          .containsOnly(ServiceOrder.ANONYMISED);
    }
    assertThat(orders.byNumber.get(open.orderNumber()).status().name()).isEqualTo("CANCELLED");
    OrderReview review = reviews.find(done.orderNumber()).orElseThrow();
    assertThat(review.customerId()).isEqualTo(ServiceOrder.ANONYMISED);
    assertThat(review.text((c, v) -> v)).isEmpty();
    assertThat(review.rating()).isEqualTo(1);
  }

  @Test
  void theCustomerSeesTheOrderWithItsPersonalFieldsWhichAreStoredOnlyEncrypted() {
    OrderView order = placed();

    assertThat(order.orderNumber()).matches("MK[0-9]{16}");
    assertThat(order.status()).isEqualTo("PLACED");
    assertThat(service.ordersOf(CUSTOMER))
        .singleElement()
        .satisfies(mine -> assertThat(mine.contactPhone()).isEqualTo("+8613812345678"));
    ServiceOrder stored = orders.byNumber.get(order.orderNumber());
    assertThat(stored.personal((column, cipher) -> cipher).serviceAddress())
        .startsWith("k1$")
        .doesNotContain("Xinhua");
    assertThat(service.ordersOf("someone-else")).isEmpty();
  }

  @Test
  @DisplayName("DATA-3: an order's sealed fields open only on their own order and column")
  void sealedFieldsOpenOnlyOnTheirOwnOrderAndColumn() {
    ServiceOrder first = orders.byNumber.get(placed().orderNumber());
    ServiceOrder second = orders.byNumber.get(placed().orderNumber());
    ServiceOrder.Personal sealedFirst = first.personal((column, cipher) -> cipher);
    assertThat(
            first.personal(service.fields.opening("service_order", first.number())).contactName())
        .isEqualTo("Li Na");
    // the first order's sealed phone read as the second order's, or as another column of its own
    assertThatThrownBy(
            () ->
                service.fields.open(
                    sealedFirst.contactPhone(),
                    SealBinding.of("service_order", "contact_phone", second.number())))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(
            () ->
                service.fields.open(
                    sealedFirst.contactPhone(),
                    SealBinding.of("service_order", "contact_name", first.number())))
        .isInstanceOf(FieldCipher.TamperedException.class);
  }

  @Test
  void onlyTheAssignedBeauticianSeesTheContactAndOnlyWhileTheOrderIsActive() {
    String number = placed().orderNumber();
    assertThat(refusal(() -> service.serviceContact(number, BEAUTICIAN)).kind())
        .isEqualTo(Kind.FORBIDDEN);

    OrderView assigned = service.assign(number, BEAUTICIAN, "ops.agent");
    assertThat(assigned.contactPhone()).as("staff views carry no personal fields").isNull();
    // the customer's order SMS names the service address (a correction then reaches its partner)
    verify(service.assigned)
        .fire(
            new com.meike.privacy.order.application.OrderAssigned(
                number, BEAUTICIAN, CUSTOMER, "Room 5, 12 Xinhua Rd"));
    ServiceContact contact = service.serviceContact(number, BEAUTICIAN);
    assertThat(contact.serviceAddress()).isEqualTo("Room 5, 12 Xinhua Rd");
    assertThat(contact.contactPhone()).isEqualTo("+8613812345678");
    assertThat(refusal(() -> service.serviceContact(number, OTHER_BEAUTICIAN)).kind())
        .isEqualTo(Kind.FORBIDDEN);

    service.complete(number, BEAUTICIAN, false);
    assertThat(refusal(() -> service.serviceContact(number, BEAUTICIAN)).kind())
        .isEqualTo(Kind.FORBIDDEN);
    verify(refusals, atLeastOnce()).record(any());
  }

  @Test
  @DisplayName(
      "ID-3: a beautician whose identity verification has not passed is not assigned and never sees the address")
  void anUnverifiedBeauticianIsNotAssignedAndSeesNoAddress() {
    String number = placed().orderNumber();
    for (String state : List.of("PENDING", "FAILED")) {
      when(accounts.account("unverified"))
          .thenReturn(
              Optional.of(new AccountView("unverified", "BEAUTICIAN", state, Instant.EPOCH)));
      DomainException refused = refusal(() -> service.assign(number, "unverified", "ops.agent"));
      assertThat(refused.kind()).isEqualTo(Kind.CONFLICT);
      assertThat(refused.field()).isEqualTo("beauticianId");
      assertThat(refused.getMessage()).contains(state);
    }
    assertThat(orders.byNumber.get(number).beauticianId()).isEmpty();
    verify(refusals, atLeastOnce())
        .record(
            org.mockito.ArgumentMatchers.argThat(
                (AuditEvent e) -> e.action().equals("order.assignment.refused")));

    // assigned while verified, then the verification no longer stands: the address is not shown
    service.assign(number, BEAUTICIAN, "ops.agent");
    when(accounts.account(BEAUTICIAN))
        .thenReturn(
            Optional.of(new AccountView(BEAUTICIAN, "BEAUTICIAN", "FAILED", Instant.EPOCH)));
    assertThat(refusal(() -> service.serviceContact(number, BEAUTICIAN)).kind())
        .isEqualTo(Kind.FORBIDDEN);
  }

  @Test
  void everyDisclosureIsAuditedWithoutPersonalData() {
    String number = placed().orderNumber();
    service.assign(number, BEAUTICIAN, "ops.agent");
    service.serviceContact(number, BEAUTICIAN);

    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, atLeastOnce()).record(events.capture());
    assertThat(events.getAllValues())
        .extracting(AuditEvent::action)
        .contains("order.placed", "order.assigned", "order.service-contact.disclosed");
    assertThat(events.getAllValues())
        .allSatisfy(
            event -> assertThat(event.detail()).doesNotContain("Xinhua", "Li Na", "13812345678"));
  }

  @Test
  void onlyABeauticianAccountCanBeAssignedAndEndedOrdersCannotBeReassigned() {
    String number = placed().orderNumber();

    assertThat(refusal(() -> service.assign(number, CUSTOMER, "ops.agent")).field())
        .isEqualTo("beauticianId");
    assertThat(refusal(() -> service.assign(number, "nobody", "ops.agent")).field())
        .isEqualTo("beauticianId");
    assertThat(refusal(() -> service.assign("MK2026112900000000", BEAUTICIAN, "ops.agent")).kind())
        .isEqualTo(Kind.NOT_FOUND);
    service.cancel(number, CUSTOMER, false);
    assertThat(refusal(() -> service.assign(number, BEAUTICIAN, "ops.agent")).kind())
        .isEqualTo(Kind.CONFLICT);
  }

  @Test
  void onlyOperationsOrTheCustomerCancelAndOnlyOperationsOrTheAssignedBeauticianComplete() {
    String number = placed().orderNumber();
    service.assign(number, BEAUTICIAN, "ops.agent");

    assertThat(refusal(() -> service.cancel(number, BEAUTICIAN, false)).kind())
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(refusal(() -> service.complete(number, OTHER_BEAUTICIAN, false)).kind())
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(service.complete(number, "ops.agent", true).status()).isEqualTo("COMPLETED");
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertThat(
            refusal(
                    () ->
                        service.place(
                            new OrderRequest(
                                "addr",
                                "Li",
                                "+8613812345678",
                                List.of("facial"),
                                null,
                                "Shanghai",
                                false),
                            CUSTOMER))
                .field())
        .isEqualTo("amount");
    assertThat(orders.byNumber).isEmpty();
  }

  String completed() {
    String number = placed().orderNumber();
    service.assign(number, BEAUTICIAN, "ops.agent");
    service.complete(number, BEAUTICIAN, false);
    return number;
  }

  @Test
  void onlyTheCustomerReviewsACompletedOrderAndOnlyOnce() {
    String active = placed().orderNumber();
    assertThat(refusal(() -> service.review(active, new ReviewRequest(5, null), CUSTOMER)).kind())
        .isEqualTo(Kind.CONFLICT);
    String number = completed();
    assertThat(
            refusal(() -> service.review(number, new ReviewRequest(5, null), "someone-else"))
                .kind())
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(
            refusal(
                    () ->
                        service.review("MK2026112900000000", new ReviewRequest(5, null), CUSTOMER))
                .kind())
        .isEqualTo(Kind.NOT_FOUND);

    ReviewView review =
        service.review(number, new ReviewRequest(4, "  Friendly and on time. "), CUSTOMER);

    assertThat(review.rating()).isEqualTo(4);
    assertThat(review.text()).isEqualTo("Friendly and on time.");
    assertThat(review.recordingsHeld()).isFalse();
    assertThat(refusal(() -> service.review(number, new ReviewRequest(1, null), CUSTOMER)).kind())
        .as("a second review")
        .isEqualTo(Kind.CONFLICT);
    verify(badReviews, never()).fire(any());
    assertThat(reviews.byNumber.get(number).text((column, cipher) -> cipher).orElseThrow())
        .startsWith("k1$")
        .doesNotContain("Friendly");
  }

  @Test
  void aRatingAtOrBelowTheThresholdHoldsTheRecordingsAndOnlyThen() {
    String bad = completed();
    String good = completed();

    ReviewView review = service.review(bad, new ReviewRequest(2, "Rude, left early."), CUSTOMER);
    service.review(good, new ReviewRequest(3, null), CUSTOMER);

    assertThat(review.recordingsHeld()).isTrue();
    verify(badReviews).fire(new BadReviewReceived(bad, 2, CUSTOMER));
    verify(badReviews, never()).fire(new BadReviewReceived(good, 3, CUSTOMER));
    ArgumentCaptor<AuditEvent> events = ArgumentCaptor.forClass(AuditEvent.class);
    verify(auditTrail, atLeastOnce()).record(events.capture());
    assertThat(events.getAllValues())
        .filteredOn(e -> e.action().equals("order.reviewed"))
        .extracting(AuditEvent::detail)
        .containsExactly(
            "rating 2, at or below the bad-review threshold 2: recordings put on legal hold",
            "rating 3")
        .allSatisfy(detail -> assertThat(detail).doesNotContain("Rude"));
  }

  @Test
  void badReviewsAreRefusedNamingTheField() {
    String number = completed();

    assertThat(
            refusal(() -> service.review(number, new ReviewRequest(null, "ok"), CUSTOMER)).field())
        .isEqualTo("rating");
    assertThat(refusal(() -> service.review(number, new ReviewRequest(0, null), CUSTOMER)).field())
        .isEqualTo("rating");
    assertThat(refusal(() -> service.review(number, new ReviewRequest(6, null), CUSTOMER)).field())
        .isEqualTo("rating");
    assertThat(
            refusal(() -> service.review(number, new ReviewRequest(3, "x".repeat(1001)), CUSTOMER))
                .field())
        .isEqualTo("text");
    assertThat(refusal(() -> service.review(number, null, CUSTOMER)).field()).isEqualTo("rating");
    assertThat(reviews.byNumber).isEmpty();
  }

  static final String CHILD = "child-1";
  static final String GUARDIAN = "guardian-1";

  OrderView placeFor(String recipient, String customer) {
    return service.place(
        new OrderRequest(
            "Room 5, 12 Xinhua Rd",
            "Li Xiaoming",
            "+8613812345678",
            List.of("haircut"),
            new BigDecimal("88.00"),
            "Shanghai",
            false,
            recipient),
        customer);
  }

  void childOf(String guardian) {
    for (String id : List.of(CHILD, GUARDIAN)) {
      when(accounts.account(id))
          .thenReturn(Optional.of(new AccountView(id, "CUSTOMER", "NONE", Instant.EPOCH)));
    }
    when(children.childStatus(SubjectId.of(CHILD)))
        .thenReturn(
            Optional.of(new ChildStatusView(CHILD, guardian, "DECLARATION", Instant.EPOCH)));
  }

  @Test
  void anOrderForAnAdultRecipientNamesThemAndIsForAnotherPerson() {
    childOf(GUARDIAN);
    OrderView order = placeFor(GUARDIAN, CUSTOMER);

    assertThat(order.recipientId()).isEqualTo(GUARDIAN);
    assertThat(order.forAnotherPerson()).isTrue();
    assertThat(refusal(() -> placeFor("nobody", CUSTOMER)).field()).isEqualTo("recipientId");
    assertThat(refusal(() -> placeFor(CUSTOMER, CUSTOMER)).field()).isEqualTo("recipientId");
  }

  @Test
  void aChildsOrderNeedsTheGuardianAsCustomerOrTheGuardiansConsent() {
    childOf(GUARDIAN);
    when(consent.may(SubjectId.of(CHILD), PurposeCode.of("profile.basic")))
        .thenReturn(Decision.of(DecisionReason.GUARDIAN_CONSENT_MISSING, null));

    DomainException refused = refusal(() -> placeFor(CHILD, CUSTOMER));
    assertThat(refused.kind()).isEqualTo(Kind.CONFLICT);
    assertThat(refused.field()).isEqualTo("recipientId");
    assertThat(refused.getMessage()).contains("guardian's consent is missing", "profile.basic");
    assertThat(orders.byNumber).isEmpty();
    ArgumentCaptor<AuditEvent> refusalEntry = ArgumentCaptor.forClass(AuditEvent.class);
    verify(refusals).record(refusalEntry.capture());
    assertThat(refusalEntry.getValue().action()).isEqualTo("order.refused");

    assertThat(placeFor(CHILD, GUARDIAN).recipientId()).as("the guardian orders").isEqualTo(CHILD);

    when(consent.may(SubjectId.of(CHILD), PurposeCode.of("profile.basic")))
        .thenReturn(Decision.of(DecisionReason.NECESSARY_PURPOSE, 42L));
    assertThat(placeFor(CHILD, CUSTOMER).recipientId())
        .as("with the guardian's consent")
        .isEqualTo(CHILD);
  }

  @Test
  @DisplayName(
      "CON-3: placing an order asks the consent check first; a customer it refuses (a child without the guardian's consent) places nothing")
  void placingAsksTheConsentCheckFirst() {
    when(consent.may(SubjectId.of(CUSTOMER), PurposeCode.of("profile.basic")))
        .thenReturn(Decision.of(DecisionReason.GUARDIAN_CONSENT_MISSING, null));
    assertThat(refusal(this::placed).kind()).isEqualTo(Kind.CONFLICT);
    assertThat(orders.byNumber).isEmpty();
  }

  @Test
  @DisplayName(
      "CON-3: every read of an order's personal fields asks the consent check; an order consent no longer covers is performed under a recorded named exception")
  void everyReadAsksTheConsentCheckOrRecordsTheNamedException() {
    String number = placed().orderNumber();
    service.assign(number, BEAUTICIAN, "ops.agent");
    org.mockito.Mockito.clearInvocations(consent);
    service.serviceContact(number, BEAUTICIAN);
    service.ordersOf(CUSTOMER);
    verify(consent, org.mockito.Mockito.times(2))
        .may(SubjectId.of(CUSTOMER), PurposeCode.of("profile.basic"));
    verify(consent, never()).mayUnderException(any(), any(), any(), any(), any());

    when(consent.may(SubjectId.of(CUSTOMER), PurposeCode.of("profile.basic")))
        .thenReturn(Decision.of(DecisionReason.GUARDIAN_CONSENT_MISSING, null));
    assertThat(service.serviceContact(number, BEAUTICIAN).contactName()).isEqualTo("Li Na");
    verify(consent)
        .mayUnderException(
            org.mockito.ArgumentMatchers.eq(SubjectId.of(CUSTOMER)),
            org.mockito.ArgumentMatchers.eq(PurposeCode.of("profile.basic")),
            org.mockito.ArgumentMatchers.eq(
                com.meike.privacy.consent.domain.ledger.LegalException.CONTRACT_NECESSITY),
            org.mockito.ArgumentMatchers.eq(BEAUTICIAN),
            org.mockito.ArgumentMatchers.contains(number));
  }

  @Test
  @DisplayName(
      "SHUT-1: once Nanjing's home-visit service stopped collecting, an order, a review and a payment there are refused naming the service and the date; Shanghai goes on")
  void aStoppedCitysServiceCollectsNothing() {
    // placed before the approval
    String completedBefore = placedIn("Nanjing");
    service.assign(completedBefore, BEAUTICIAN, "ops.agent");
    service.complete(completedBefore, BEAUTICIAN, false);
    String activeInNanjing = placedIn("Nanjing");
    com.meike.privacy.kernel.rights.CollectionStops nanjingStopped =
        (purposes, city) ->
            // as the registry compares cities: trimmed, any case
            city != null
                    && city.strip().equalsIgnoreCase("Nanjing")
                    && (purposes.contains("profile.basic")
                        || purposes.contains("payment.transactions"))
                ? Optional.of(
                    new com.meike.privacy.kernel.rights.CollectionStops.Stop(
                        "home-visit.nanjing",
                        "南京上门服务",
                        purposes.iterator().next(),
                        Instant.parse("2026-11-29T07:00:00Z"),
                        java.time.LocalDate.parse("2027-03-01")))
                : Optional.empty();
    @SuppressWarnings("unchecked")
    jakarta.enterprise.inject.Instance<com.meike.privacy.kernel.rights.CollectionStops> stops =
        mock(jakarta.enterprise.inject.Instance.class);
    when(stops.isResolvable()).thenReturn(true);
    when(stops.get()).thenReturn(nanjingStopped);
    service.stops = stops;
    DefaultOrderPayments pay = new DefaultOrderPayments();
    pay.orders = orders;
    pay.payments = payments;
    pay.outbound = mock(com.meike.privacy.partner.application.PartnerOutbound.class);
    pay.auditTrail = auditTrail;
    pay.refusals = refusals;
    pay.clock = service.clock;
    pay.stops = stops;
    int held = orders.byNumber.size();

    DomainException order = refusal(() -> placedIn(" nanjing "));
    DomainException review =
        refusal(() -> service.review(completedBefore, new ReviewRequest(5, "好"), CUSTOMER));
    DomainException payment = refusal(() -> pay.pay(activeInNanjing, "alipay", CUSTOMER));

    for (DomainException refused : List.of(order, review, payment)) {
      assertThat(refused.kind()).isEqualTo(Kind.CONFLICT);
      assertThat(refused.getMessage()).contains("home-visit.nanjing").contains("2027-03-01");
    }
    assertThat(orders.byNumber).as("no order collected in Nanjing").hasSize(held);
    assertThat(reviews.byNumber).as("no review collected").isEmpty();
    assertThat(payments.latestOf(activeInNanjing)).as("no payment requested").isEmpty();
    verify(pay.outbound, never()).send(any());
    assertThat(placed().orderNumber()).as("Shanghai still takes orders").isNotNull();
  }

  private static DomainException refusal(Runnable action) {
    return catchThrowableOfType(DomainException.class, action::run);
  }

  final class InMemoryReviews implements OrderReviewRepository {
    final Map<String, OrderReview> byNumber = new LinkedHashMap<>();

    @Override
    public List<OrderReview> ofCustomerOrders(String customerId) {
      return orders.ofCustomer(customerId).stream()
          .map(o -> byNumber.get(o.number()))
          .filter(java.util.Objects::nonNull)
          .toList();
    }

    @Override
    public Optional<OrderReview> find(String orderNumber) {
      return Optional.ofNullable(byNumber.get(orderNumber));
    }

    @Override
    public void add(OrderReview review) {
      if (byNumber.putIfAbsent(review.orderNumber(), review) != null) {
        throw new IllegalStateException("duplicate key");
      }
    }
  }

  static final class InMemoryOrders implements OrderRepository {
    final Map<String, ServiceOrder> byNumber = new LinkedHashMap<>();

    @Override
    public Optional<ServiceOrder> find(String number) {
      return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public boolean exists(String number) {
      return byNumber.containsKey(number);
    }

    @Override
    public List<ServiceOrder> ofCustomer(String customerId) {
      List<ServiceOrder> found =
          new ArrayList<>(
              byNumber.values().stream().filter(o -> o.customerId().equals(customerId)).toList());
      found.sort(Comparator.comparing(ServiceOrder::createdAt).reversed());
      return found;
    }

    @Override
    public List<String> endedBefore(Instant cutoff, int limit) {
      return byNumber.values().stream()
          .filter(o -> !o.anonymised() && o.endedAt().filter(at -> at.isBefore(cutoff)).isPresent())
          .sorted(
              Comparator.comparing((ServiceOrder o) -> o.endedAt().orElseThrow())
                  .thenComparing(ServiceOrder::number))
          .limit(limit)
          .map(ServiceOrder::number)
          .toList();
    }

    @Override
    public List<ServiceOrder> forRecipient(String recipientId) {
      return byNumber.values().stream()
          .filter(o -> o.recipientId().filter(recipientId::equals).isPresent())
          .toList();
    }

    @Override
    public List<String> customersIn(String area, String after, int limit) {
      return byNumber.values().stream()
          .filter(o -> !o.anonymised() && area.equals(ServiceOrder.areaOf(o.city())))
          .map(ServiceOrder::customerId)
          .filter(c -> after == null || c.compareTo(after) > 0)
          .distinct()
          .sorted()
          .limit(limit)
          .toList();
    }

    @Override
    public List<ServiceOrder> ofCustomerIn(String customerId, String area) {
      return byNumber.values().stream()
          .filter(o -> o.customerId().equals(customerId))
          .filter(o -> area.equals(ServiceOrder.areaOf(o.city())))
          .toList();
    }

    @Override
    public long countIn(String area, boolean anonymised) {
      return byNumber.values().stream()
          .filter(o -> o.anonymised() == anonymised && area.equals(ServiceOrder.areaOf(o.city())))
          .count();
    }

    @Override
    public void add(ServiceOrder order) {
      byNumber.put(order.number(), order);
    }
  }
}
