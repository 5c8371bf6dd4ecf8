package com.meike.privacy.order.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.OrderStatus;
import com.meike.privacy.order.domain.order.ServiceDetails;
import com.meike.privacy.order.domain.order.ServiceOrder;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V1__orders.sql, the order mapping ({@code validate}) and its queries on H2. */
class OrdersOnH2Test {

  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  static final String CUSTOMER = "u-" + UUID.randomUUID();

  ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("order", ServiceOrder.class, OrderReview.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void ordersAreStoredWithSealedFieldsAndFoundByNumberAndCustomer() {
    place("MK2026112900000001", NOW);
    place("MK2026112900000002", NOW.plusSeconds(60));
    inTransaction(
        em -> {
          ServiceOrder order = new JpaOrderRepository(em).find("MK2026112900000001").orElseThrow();
          order.assign("u-" + UUID.randomUUID());
          order.complete(NOW.plusSeconds(3600));
          return null;
        });

    boolean exists = inTransaction(em -> new JpaOrderRepository(em).exists("MK2026112900000002"));
    boolean missing = inTransaction(em -> new JpaOrderRepository(em).exists("MK2026112900000003"));
    assertThat(exists).isTrue();
    assertThat(missing).isFalse();
    List<ServiceOrder> mine = inTransaction(em -> new JpaOrderRepository(em).ofCustomer(CUSTOMER));
    assertThat(mine)
        .extracting(ServiceOrder::number)
        .containsExactly("MK2026112900000002", "MK2026112900000001");
    ServiceOrder done = mine.get(1);
    assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(done.items()).containsExactly("facial", "massage");
    assertThat(done.amount()).isEqualByComparingTo("268.00");
    assertThat(done.personal((column, cipher) -> cipher).contactPhone())
        .isEqualTo("sealed:+8613812345678");
  }

  /**
   * A person's list and access package read their orders without keeping a copy to compare at the
   * flush (issue 15's export of 10,000 orders): the same orders, newest first — and nothing done to
   * them in that transaction is written, so the read cannot change an order by mistake.
   */
  @Test
  void ordersReadForAListAreTheCustomersAndStayUnchanged() {
    place("MK2026112900000001", NOW);
    place("MK2026112900000002", NOW.plusSeconds(60));
    List<ServiceOrder> read =
        inTransaction(
            em -> {
              List<ServiceOrder> found = new JpaOrderRepository(em).ofCustomerToRead(CUSTOMER);
              found.get(0).cancel(NOW.plusSeconds(120));
              return found;
            });
    assertThat(read)
        .extracting(ServiceOrder::number)
        .containsExactly("MK2026112900000002", "MK2026112900000001");
    List<ServiceOrder> stored =
        inTransaction(em -> new JpaOrderRepository(em).ofCustomer(CUSTOMER));
    assertThat(stored).extracting(ServiceOrder::status).doesNotContain(OrderStatus.CANCELLED);
  }

  @Test
  void aReviewAndARecipientAreStoredWithTheOrder() {
    place("MK2026112900000001", NOW);
    inTransaction(
        em -> {
          ServiceOrder order = new JpaOrderRepository(em).find("MK2026112900000001").orElseThrow();
          order.assign("u-beautician");
          order.complete(NOW.plusSeconds(3600));
          new JpaOrderReviewRepository(em)
              .add(
                  OrderReview.write(
                      order,
                      CUSTOMER,
                      1,
                      "Rude.",
                      2,
                      (column, plain) -> "sealed:" + plain,
                      NOW.plusSeconds(7200)));
          return null;
        });
    ServiceDetails details =
        new ServiceDetails(
            "Room 5, 12 Xinhua Rd",
            "Li Xiaoming",
            "+8613812345678",
            List.of("haircut"),
            new BigDecimal("88.00"),
            "Shanghai",
            false);
    inTransaction(
        em -> {
          ServiceOrder order =
              ServiceOrder.place(
                  "MK2026112900000002", CUSTOMER, details, (column, plain) -> plain, NOW);
          order.forRecipient("u-child");
          new JpaOrderRepository(em).add(order);
          return null;
        });

    OrderReview review =
        inTransaction(
            em -> new JpaOrderReviewRepository(em).find("MK2026112900000001").orElseThrow());
    assertThat(review.rating()).isEqualTo(1);
    assertThat(review.recordingsHeld()).isTrue();
    assertThat(review.text((column, cipher) -> cipher)).contains("sealed:Rude.");
    ServiceOrder forChild =
        inTransaction(em -> new JpaOrderRepository(em).find("MK2026112900000002").orElseThrow());
    assertThat(forChild.recipientId()).contains("u-child");
    assertThat(forChild.forAnotherPerson()).isTrue();
    ServiceOrder forSelf =
        inTransaction(em -> new JpaOrderRepository(em).find("MK2026112900000001").orElseThrow());
    assertThat(forSelf.recipientId()).as("no recipient row, still found").isEmpty();
    List<ServiceOrder> mine = inTransaction(em -> new JpaOrderRepository(em).ofCustomer(CUSTOMER));
    assertThat(mine).hasSize(2);
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "RET-4: an anonymised order keeps its amount and dates; customer, recipient row and contact are gone")
  void anAnonymisedOrderLosesItsPersonLinks() {
    ServiceDetails details =
        new ServiceDetails(
            "Room 5, 12 Xinhua Rd",
            "Li Xiaoming",
            "+8613812345678",
            List.of("haircut"),
            new BigDecimal("88.00"),
            "Shanghai",
            false);
    inTransaction(
        em -> {
          ServiceOrder order =
              ServiceOrder.place(
                  "MK2026112900000009", CUSTOMER, details, (column, plain) -> plain, NOW);
          order.forRecipient("u-child");
          order.cancel(NOW.plusSeconds(60));
          new JpaOrderRepository(em).add(order);
          return null;
        });
    inTransaction(
        em -> {
          new JpaOrderRepository(em)
              .find("MK2026112900000009")
              .orElseThrow()
              .anonymise((column, plain) -> plain);
          return null;
        });

    List<ServiceOrder> mine = inTransaction(em -> new JpaOrderRepository(em).ofCustomer(CUSTOMER));
    assertThat(mine).isEmpty();
    List<ServiceOrder> forChild =
        inTransaction(em -> new JpaOrderRepository(em).forRecipient("u-child"));
    assertThat(forChild).isEmpty();
    Long recipientRows =
        inTransaction(
            em ->
                ((Number)
                        em.createNativeQuery("select count(*) from order_recipient")
                            .getSingleResult())
                    .longValue());
    assertThat(recipientRows).isZero();
    ServiceOrder kept =
        inTransaction(em -> new JpaOrderRepository(em).find("MK2026112900000009").orElseThrow());
    assertThat(kept.amount()).isEqualByComparingTo("88.00");
    assertThat(kept.createdAt()).isEqualTo(NOW);
    assertThat(kept.personal((column, cipher) -> cipher).contactPhone())
        .isEqualTo(ServiceOrder.ANONYMISED);
  }

  private void place(String number, Instant at) {
    ServiceDetails details =
        new ServiceDetails(
            "Room 5, 12 Xinhua Rd",
            "Li Na",
            "+8613812345678",
            List.of("facial", "massage"),
            new BigDecimal("268.00"),
            "Shanghai",
            false);
    inTransaction(
        em -> {
          new JpaOrderRepository(em)
              .add(
                  ServiceOrder.place(
                      number, CUSTOMER, details, (column, plain) -> "sealed:" + plain, at));
          return null;
        });
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
