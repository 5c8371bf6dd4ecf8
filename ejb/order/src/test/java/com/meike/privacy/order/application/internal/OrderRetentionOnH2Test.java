package com.meike.privacy.order.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.rights.RetentionRun;
import com.meike.privacy.order.domain.order.OrderReview;
import com.meike.privacy.order.domain.order.ServiceDetails;
import com.meike.privacy.order.domain.order.ServiceOrder;
import com.meike.privacy.order.infrastructure.persistence.jpa.JpaOrderRepository;
import com.meike.privacy.order.infrastructure.persistence.jpa.JpaOrderReviewRepository;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The order category's retention rule on the real migrations and mappings (H2), the clock moved, no
 * sleeps.
 */
class OrderRetentionOnH2Test {

  static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  static final FieldCipher FIELDS = new FieldCipher("k1", new byte[32]);
  static final String CUSTOMER = "u-retained-4711";
  static final String NAME = "Wang Fang";
  static final String PHONE = "+8613712345678";
  static final String ADDRESS = "Room 8, 99 Huaihai Rd";

  DataSource ds;
  ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("order", ServiceOrder.class, OrderReview.class);
    ds = db.dataSource();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "RET-1, RET-4: orders ended more than 3 years ago are anonymised in batches, exactly those; nothing re-identifies the person")
  void dueOrdersAreAnonymisedAndCannotBeReIdentified() throws Exception {
    Instant fourYearsAgo = NOW.atZone(ZoneOffset.UTC).minusYears(4).toInstant();
    for (int i = 1; i <= 5; i++) {
      order(
          "MK20221129000000" + String.format("%02d", i), fourYearsAgo.plusSeconds(i), true, i == 1);
    }
    order("MK2025112900000001", NOW.minusSeconds(86_400 * 365L), true, false);
    order("MK2026112900000001", NOW.minusSeconds(3600), false, false);

    // the first run stops after one batch of 2 (as a crash would); the next run resumes
    long first =
        RetentionRun.run(2, 1, size -> inTransaction(em -> retention(em, NOW).anonymiseDue(size)));
    long rest =
        RetentionRun.run(
            2, 100, size -> inTransaction(em -> retention(em, NOW).anonymiseDue(size)));

    assertThat(first).isEqualTo(2);
    assertThat(rest).isEqualTo(3);
    List<ServiceOrder> left = inTransaction(em -> new JpaOrderRepository(em).ofCustomer(CUSTOMER));
    assertThat(left)
        .extracting(ServiceOrder::number)
        .containsExactlyInAnyOrder("MK2025112900000001", "MK2026112900000001");
    ServiceOrder old =
        inTransaction(em -> new JpaOrderRepository(em).find("MK2022112900000001").orElseThrow());
    assertThat(old.amount()).isEqualByComparingTo("168.00");
    assertThat(old.endedAt()).isPresent();
    // RET-4: the re-identification attempt — every column of every row of the anonymised orders,
    // opened where
    // sealed, searched for the person's id, name, phone, address or recipient; and nothing links by
    // a pseudonym
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table : List.of("service_order", "order_review", "order_recipient")) {
        try (ResultSet rs =
            s.executeQuery("select * from " + table + " where order_number like 'MK2022%'")) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            for (int col = 1; col <= meta.getColumnCount(); col++) {
              String value = rs.getString(col);
              String opened =
                  value == null
                      ? null
                      : tryOpen(
                          table,
                          meta.getColumnName(col).toLowerCase(),
                          rs.getString("order_number"),
                          value);
              for (String v : new String[] {value, opened}) {
                assertThat(v == null ? "" : v)
                    .as(table + "." + meta.getColumnName(col))
                    .doesNotContain(CUSTOMER, NAME, PHONE, ADDRESS, "u-child");
              }
            }
          }
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "select count(distinct customer_id) from service_order where order_number like 'MK2022%'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("one constant, no per-person pseudonym").isEqualTo(1);
      }
    }
    int again = inTransaction(em -> retention(em, NOW).anonymiseDue(10));
    assertThat(again).as("nothing due twice").isZero();
    int later =
        inTransaction(em -> retention(em, NOW.plusSeconds(86_400 * 365L * 3)).anonymiseDue(10));
    assertThat(later).as("three years on, last year's order is due").isEqualTo(1);
  }

  private static String tryOpen(String table, String column, String number, String value) {
    try {
      return FIELDS.opening(table, number).apply(column, value);
    } catch (RuntimeException notSealed) {
      return null;
    }
  }

  private OrderRetention retention(EntityManager em, Instant now) {
    OrderRetention retention = new OrderRetention();
    retention.orders = new JpaOrderRepository(em);
    retention.reviews = new JpaOrderReviewRepository(em);
    retention.fields = FIELDS;
    retention.auditTrail = mock(AuditTrail.class);
    retention.clock = Clock.fixed(now, ZoneOffset.UTC);
    retention.years = 3;
    return retention;
  }

  private void order(String number, Instant at, boolean ended, boolean reviewedForChild) {
    ServiceDetails details =
        new ServiceDetails(
            ADDRESS, NAME, PHONE, List.of("facial"), new BigDecimal("168.00"), "Shanghai", false);
    inTransaction(
        em -> {
          ServiceOrder order =
              ServiceOrder.place(
                  number, CUSTOMER, details, FIELDS.sealing("service_order", number), at);
          if (reviewedForChild) {
            order.forRecipient("u-child");
          }
          new JpaOrderRepository(em).add(order);
          if (ended) {
            order.assign("u-beautician");
            order.complete(at);
            if (reviewedForChild) {
              em.flush();
              new JpaOrderReviewRepository(em)
                  .add(
                      OrderReview.write(
                          order,
                          CUSTOMER,
                          2,
                          "Wang Fang was unhappy",
                          2,
                          FIELDS.sealing("order_review", number),
                          at));
            }
          }
          return null;
        });
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
