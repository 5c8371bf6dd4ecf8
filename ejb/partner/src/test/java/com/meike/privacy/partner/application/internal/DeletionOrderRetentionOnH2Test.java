package com.meike.privacy.partner.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.partner.domain.deletion.DeletionOrder;
import com.meike.privacy.partner.domain.deletion.DeletionRecipient;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaDeletionOrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The deletion orders' retention rule through the real migrations and mappings on H2. */
class DeletionOrderRetentionOnH2Test {

  static final Instant COMPLETED = Instant.parse("2026-03-01T08:00:00Z");
  static final Instant DUE = COMPLETED.plus(Duration.ofDays(1095));

  final PartnerDatabase database = new PartnerDatabase();

  @AfterEach
  void close() {
    database.close();
  }

  void order(String id, Instant orderedAt, Instant completedAt) {
    database.inTransaction(
        em -> {
          DeletionOrder order =
              new DeletionOrder(id, "u-" + id, "account cancelled", "privacy.officer", orderedAt);
          if (completedAt != null) {
            order.complete(completedAt);
          }
          em.persist(order);
          em.persist(new DeletionRecipient("m-" + id, id, "getui"));
          return null;
        });
  }

  int deleteDue(Instant now) {
    return database.inTransaction(
        em -> {
          DeletionOrderRetention retention = new DeletionOrderRetention();
          retention.orders = new JpaDeletionOrderRepository(em);
          retention.auditTrail = mock(AuditTrail.class);
          retention.clock = Clock.fixed(now, ZoneOffset.UTC);
          retention.days = 1095;
          return retention.deleteDue(10);
        });
  }

  @Test
  @DisplayName(
      "RET-1, DSR-7: a deletion order completed three years ago goes with its acknowledgements; a younger one and one still waiting for a partner stay")
  void exactlyTheDueOrdersGo() {
    order("a", COMPLETED.minusSeconds(3600), COMPLETED);
    order("b", COMPLETED, COMPLETED.plus(Duration.ofDays(10)));
    order("c", COMPLETED.minus(Duration.ofDays(400)), null);

    assertThat(deleteDue(DUE)).as("not a moment early").isZero();
    assertThat(deleteDue(DUE.plusSeconds(1))).isEqualTo(1);
    assertThat(deleteDue(DUE.plusSeconds(1))).as("done rows no longer match").isZero();

    assertThat(database.texts("select id from partner_deletion_order order by 1"))
        .containsExactly("b", "c");
    assertThat(database.texts("select message_id from partner_deletion_recipient order by 1"))
        .containsExactly("m-b", "m-c");
  }
}
