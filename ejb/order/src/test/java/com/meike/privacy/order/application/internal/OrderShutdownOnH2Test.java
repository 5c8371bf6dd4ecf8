package com.meike.privacy.order.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.kernel.rights.ServiceScope;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.OrderStatus;
import com.meike.privacy.order.domain.order.ServiceDetails;
import com.meike.privacy.order.domain.order.ServiceOrder;
import com.meike.privacy.order.infrastructure.persistence.jpa.JpaOrderRepository;
import com.meike.privacy.order.infrastructure.persistence.jpa.JpaOrderReviewRepository;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Orders attributed to the home-visit service of their city (SHUT-1, issue 16) on the real
 * migrations and mappings (H2): a city's shutdown names that city's customers, page by page, and
 * disposes of that city's orders only.
 */
@Tag("SHUT-1")
class OrderShutdownOnH2Test {

  static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
  static final FieldCipher FIELDS = new FieldCipher("k1", new byte[32]);

  /** The registry's home-visit service in Shanghai, as the rights context hands it over. */
  static final ServiceScope SHANGHAI =
      new ServiceScope(
          "home-visit.shanghai",
          Set.of("profile.basic", "payment.transactions"),
          "Shanghai",
          Set.of());

  static final ServiceScope HANGZHOU =
      new ServiceScope(
          "home-visit.hangzhou",
          Set.of("profile.basic", "payment.transactions"),
          "Hangzhou",
          Set.of());

  ContextDatabase db;

  /** The audit trail and consent check of the last {@link #call}. */
  AuditTrail lastAudit;

  ConsentCheck lastConsent;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("order", ServiceOrder.class, OrderReview.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "SHUT-1: a city's shutdown disposes of that city's orders (active ones cancelled), not another city's")
  void cityShutdownDisposesOfThatCitysOrdersOnly() {
    order("MK2026120700000001", "u-a", "Shanghai", true);
    order("MK2026120700000002", "u-a", " shanghai ", false); // active, city written otherwise
    order("MK2026120700000003", "u-b", "Shanghai", true);
    order("MK2026120700000004", "u-a", "Hangzhou", true); // same person, another city
    order("MK2026120700000005", "u-c", "Hangzhou", false);

    assertThat(remaining(SHANGHAI).left()).containsEntry("orders", 3L);
    assertThat(remaining(HANGZHOU).left()).containsEntry("orders", 2L);
    assertThat(
            remaining(ServiceScope.of("feature.visit-recording", Set.of("service.recording")))
                .left())
        .as("a service that is not a city's home-visit service concerns no order")
        .isEmpty();

    // the shutdown walks the people a page at a time, one transaction per page
    List<String> named = new ArrayList<>();
    List<PersonalDataHolder.Erasure> erasures = new ArrayList<>();
    String after = null;
    while (true) {
      String from = after;
      List<String> page = call(h -> h.subjectsFor(SHANGHAI, from, 1));
      if (page.isEmpty()) {
        break;
      }
      named.addAll(page);
      for (String subject : page) {
        erasures.add(call(h -> h.eraseFor(subject, SHANGHAI, "service shutdown", "system")));
      }
      after = page.get(page.size() - 1);
    }

    assertThat(named).containsExactly("u-a", "u-b");
    assertThat(erasures).extracting(PersonalDataHolder.Erasure::anonymised).containsExactly(2, 1);
    assertThat(erasures.get(0).legalMinimum())
        .as("RET-2: the transaction record and contact of each order for the archive vault")
        .extracting(com.meike.privacy.kernel.rights.LegalMinimum::category)
        .containsExactlyInAnyOrder(
            "payment.transactions", "profile.basic", "payment.transactions", "profile.basic");
    assertThat(remaining(SHANGHAI).left()).containsEntry("orders", 0L);
    assertThat(remaining(SHANGHAI).kept()).containsValue(3L);

    ServiceOrder active = find("MK2026120700000002");
    assertThat(active.anonymised()).isTrue();
    assertThat(active.status()).isEqualTo(OrderStatus.CANCELLED);
    // Hangzhou untouched, even the Shanghai customer's own order there
    ServiceOrder theirHangzhou = find("MK2026120700000004");
    assertThat(theirHangzhou.anonymised()).isFalse();
    assertThat(theirHangzhou.customerId()).isEqualTo("u-a");
    assertThat(find("MK2026120700000005").status()).isEqualTo(OrderStatus.PLACED);
    assertThat(remaining(HANGZHOU).left()).containsEntry("orders", 2L);
    assertThat(this.<List<String>>call(h -> h.subjectsFor(HANGZHOU, null, 10)))
        .containsExactly("u-a", "u-c");

    // idempotent: a second pass finds nobody and changes nothing
    assertThat(this.<List<String>>call(h -> h.subjectsFor(SHANGHAI, null, 10))).isEmpty();
    assertThat(call(h -> h.eraseFor("u-a", SHANGHAI, "again", "system")).anonymised()).isZero();
  }

  @Test
  @DisplayName(
      "SHUT-1: a batch of people is disposed of at once: every one's orders anonymised, the legal minimum per person, one audit entry proving which orders, one consent-exception record for the batch")
  void batchOfPeopleAtOnce() {
    order("MK2026120700000011", "u-a", "Shanghai", true);
    order("MK2026120700000012", "u-a", "Shanghai", false); // active
    order("MK2026120700000013", "u-b", "Shanghai", true);
    order("MK2026120700000014", "u-c", "Shanghai", true); // not in the batch
    order("MK2026120700000015", "u-b", "Hangzhou", true);

    List<String> page = call(h -> h.subjectsFor(SHANGHAI, null, 2));
    assertThat(page).containsExactly("u-a", "u-b");
    PersonalDataHolder.BatchErasure batch =
        call(h -> h.eraseForAll(page, SHANGHAI, "service shutdown", "system"));
    AuditTrail audit = lastAudit;
    ConsentCheck consent = lastConsent;

    assertThat(batch.anonymised()).isEqualTo(3);
    assertThat(batch.legalMinimum()).containsOnlyKeys("u-a", "u-b");
    assertThat(batch.legalMinimum().get("u-a"))
        .extracting(com.meike.privacy.kernel.rights.LegalMinimum::reference)
        .containsExactlyInAnyOrder(
            "MK2026120700000011", "MK2026120700000011", "MK2026120700000012", "MK2026120700000012");
    assertThat(find("MK2026120700000012").status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(find("MK2026120700000013").anonymised()).isTrue();
    assertThat(find("MK2026120700000014").customerId()).isEqualTo("u-c");
    assertThat(find("MK2026120700000015").customerId()).isEqualTo("u-b");
    assertThat(remaining(SHANGHAI).left()).containsEntry("orders", 1L);

    org.mockito.ArgumentCaptor<com.meike.privacy.kernel.audit.AuditEvent> entries =
        org.mockito.ArgumentCaptor.forClass(com.meike.privacy.kernel.audit.AuditEvent.class);
    org.mockito.Mockito.verify(audit).record(entries.capture());
    assertThat(entries.getAllValues()).singleElement();
    assertThat(entries.getValue().detail())
        .contains("3 order(s) in Shanghai anonymised, 1 active cancelled, of 2 people [u-a..u-b]")
        .contains(
            com.meike.privacy.kernel.rights.DisposalDigest.of(
                    List.of(
                        "MK2026120700000011 u-a",
                        "MK2026120700000012 u-a",
                        "MK2026120700000013 u-b"))
                .toString());
    org.mockito.Mockito.verify(consent)
        .mayUnderExceptionForAll(
            org.mockito.ArgumentMatchers.<java.util.Collection<SubjectId>>argThat(
                people ->
                    Set.copyOf(people).equals(Set.of(SubjectId.of("u-a"), SubjectId.of("u-b")))),
            org.mockito.ArgumentMatchers.eq(
                PurposeCode.of(com.meike.privacy.order.application.OrderService.ORDER_PURPOSE)),
            org.mockito.ArgumentMatchers.any(),
            org.mockito.ArgumentMatchers.eq("system"),
            org.mockito.ArgumentMatchers.anyString());

    // done is done: the same batch again changes nothing and writes no audit entry
    assertThat(call(h -> h.eraseForAll(page, SHANGHAI, "again", "system")).anonymised()).isZero();
    org.mockito.Mockito.verifyNoInteractions(lastAudit);
  }

  private PersonalDataHolder.Remaining remaining(ServiceScope scope) {
    return call(h -> h.remainingFor(scope));
  }

  private ServiceOrder find(String number) {
    return db.inTransaction(em -> new JpaOrderRepository(em).find(number).orElseThrow());
  }

  private <T> T call(Function<OrderPersonalData, T> work) {
    return db.inTransaction(
        em -> {
          OrderPersonalData holder = new OrderPersonalData();
          holder.orders = new JpaOrderRepository(em);
          holder.reviews = new JpaOrderReviewRepository(em);
          holder.fields = FIELDS;
          holder.auditTrail = lastAudit = mock(AuditTrail.class);
          holder.clock = Clock.fixed(NOW, ZoneOffset.UTC);
          holder.consent = lastConsent = mock(ConsentCheck.class);
          holder.legalYears = 3;
          return work.apply(holder);
        });
  }

  private void order(String number, String customer, String city, boolean ended) {
    ServiceDetails details =
        new ServiceDetails(
            "Room 8, 99 Huaihai Rd",
            "Wang Fang",
            "+8613712345678",
            List.of("facial"),
            new BigDecimal("168.00"),
            city,
            false);
    db.inTransaction(
        (EntityManager em) -> {
          ServiceOrder order =
              ServiceOrder.place(
                  number, customer, details, FIELDS.sealing("service_order", number), NOW);
          new JpaOrderRepository(em).add(order);
          if (ended) {
            order.assign("u-beautician");
            order.complete(NOW);
          }
          return null;
        });
  }
}
