package com.meike.privacy.consent.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.domain.ledger.ConsentAction;
import com.meike.privacy.consent.domain.ledger.ConsentEntry;
import com.meike.privacy.consent.domain.ledger.LedgerEntries;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaConsentEntryRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaConsentHistoryRepository;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The consent history's retention (RET-1) on the real schema (H2) with the clock moved: a
 * superseded entry goes three years after the entry that superseded it, a closed account's ledger
 * three years after the closing; the entries in force of people with accounts are never deleted.
 */
@Tag("RET-1")
@Tag("CON-1")
class ConsentHistoryRetentionOnH2Test {

  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  static final String PURPOSE = "location.precise";

  ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("consent", ConsentServices.LEDGER);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "RET-1: superseded consent entries go 3 years after they were superseded, a closed account's ledger 3 years after the closing; entries in force stay while the account exists")
  void historyDeletedOnTime() {
    long a1 = append("acc-a", ConsentAction.GIVEN, T0);
    long a2 = append("acc-a", ConsentAction.WITHDRAWN, T0.plus(Duration.ofDays(10)));
    long a3 = append("acc-a", ConsentAction.GIVEN, T0.plus(Duration.ofDays(365)));
    long b1 = append("acc-b", ConsentAction.GIVEN, T0);
    long c1 = append("acc-c", ConsentAction.GIVEN, T0);
    long c2 = append("acc-c", ConsentAction.WITHDRAWN, T0.plus(Duration.ofDays(20)));
    PersonalDataHolder.Erasure closing =
        inTransaction(
            em ->
                holder(em, T0.plus(Duration.ofDays(30)))
                    .erase("acc-c", true, "cancellation", "privacy.officer"));
    assertThat(closing.kept()).singleElement().asString().contains("3 years after the closing");
    assertThat(count("select count(*) from consent_current where subject_id = 'acc-c'")).isZero();
    PersonalDataHolder.Erasure deletion =
        inTransaction(em -> holder(em, T0).erase("acc-a", false, "deletion", "po"));
    assertThat(deletion.deleted()).isZero();

    Instant aWithdrawalPlus3y = at(T0.plus(Duration.ofDays(10)), 3);
    assertThat(run(aWithdrawalPlus3y.minusSeconds(1), 10))
        .as("3 years after the withdrawal are not over")
        .isZero();
    assertThat(run(aWithdrawalPlus3y.plusSeconds(1), 10))
        .as("a1, superseded by the withdrawal")
        .isEqualTo(1);
    assertThat(sequences()).containsExactly(a2, a3, b1, c1, c2);

    Instant closedPlus3y = at(T0.plus(Duration.ofDays(30)), 3);
    assertThat(run(closedPlus3y.minusSeconds(1), 1))
        .as("c1, superseded by c's withdrawal more than 3 years before")
        .isEqualTo(1);
    assertThat(run(closedPlus3y.minusSeconds(1), 10)).as("c's closing is not 3 years old").isZero();
    assertThat(sequences()).containsExactly(a2, a3, b1, c2);
    assertThat(run(closedPlus3y.plusSeconds(1), 10))
        .as("the closed account's ledger, its entry in force included")
        .isEqualTo(1);
    assertThat(count("select count(*) from consent_closed_subject")).isZero();
    assertThat(sequences()).containsExactly(a2, a3, b1);

    assertThat(run(at(T0.plus(Duration.ofDays(365)), 3).plusSeconds(1), 10))
        .as("a2, superseded by a3")
        .isEqualTo(1);
    assertThat(run(at(T0, 50), 10)).as("entries in force stay while the account exists").isZero();
    assertThat(sequences()).containsExactly(a3, b1);
  }

  static Instant at(Instant from, int years) {
    return from.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
  }

  long append(String subject, ConsentAction action, Instant at) {
    return inTransaction(
        em -> {
          ConsentEntry entry = LedgerEntries.entry(subject, PURPOSE, action, at);
          new JpaConsentEntryRepository(em).append(entry);
          return entry.sequence();
        });
  }

  int run(Instant now, int limit) {
    return inTransaction(
        em -> {
          ConsentHistoryRetention retention = new ConsentHistoryRetention();
          retention.history = new JpaConsentHistoryRepository(em);
          retention.auditTrail = mock(AuditTrail.class);
          retention.clock = Clock.fixed(now, ZoneOffset.UTC);
          retention.years = 3;
          return retention.deleteDue(limit);
        });
  }

  ConsentPersonalData holder(EntityManager em, Instant now) {
    ConsentPersonalData holder = new ConsentPersonalData();
    holder.history = new JpaConsentHistoryRepository(em);
    holder.auditTrail = mock(AuditTrail.class);
    holder.clock = Clock.fixed(now, ZoneOffset.UTC);
    holder.historyYears = 3;
    return holder;
  }

  @SuppressWarnings("unchecked")
  List<Long> sequences() {
    return inTransaction(
        em ->
            ((List<Object>)
                    em.createNativeQuery("select sequence from consent_entry order by sequence")
                        .getResultList())
                .stream().map(o -> ((Number) o).longValue()).toList());
  }

  long count(String sql) {
    return inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }
}
