package com.meike.privacy.consent.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaChildStatusRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaConsentHistoryRepository;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.ContextDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A closed account's child status (ID-6) and re-consent requirements (CON-5) go with its ledger,
 * three years after the closing (RET-1), on the real schema (H2) with the clock moved; a younger
 * closing's stay, and so does a child's status that names a closed account as guardian.
 */
@Tag("RET-1")
class ClosedAccountRecordsRetentionOnH2Test {

  static final Instant CLOSED = Instant.parse("2026-03-01T08:00:00Z");
  static final Instant DUE = CLOSED.atZone(ZoneOffset.UTC).plusYears(3).toInstant();

  final ContextDatabase db = ContextDatabase.of("consent", ConsentServices.LEDGER);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "RET-1: three years after an account closed its child status and re-consent requirements are deleted with the note of the closing; a younger closing's and a living child's stay")
  void closedAccountsRecordsGoWithTheLedger() {
    closed("acc-old", CLOSED);
    closed("acc-young", CLOSED.plusSeconds(86_400 * 30));
    child("acc-old", "acc-parent");
    child("acc-young", "acc-parent");
    child("acc-living-child", "acc-old");
    reconsent("acc-old");
    reconsent("acc-young");
    reconsent("acc-living");

    assertThat(run(DUE.minusSeconds(1))).as("not a moment early").isZero();
    assertThat(run(DUE.plusSeconds(1))).as("acc-old's child status and requirement").isEqualTo(2);
    assertThat(run(DUE.plusSeconds(1))).as("done rows no longer match").isZero();

    assertThat(db.texts("select subject_id from consent_child_status order by 1"))
        .containsExactly("acc-living-child", "acc-young");
    assertThat(db.texts("select subject_id from consent_reconsent_requirement order by 1"))
        .containsExactly("acc-living", "acc-young");
    assertThat(db.texts("select subject_id from consent_closed_subject order by 1"))
        .as("the note of the closing goes with the last of the account's rows")
        .containsExactly("acc-young");
  }

  @Test
  @org.junit.jupiter.api.Tag("ID-7")
  @DisplayName(
      "ID-6, ID-7: a child whose account was cancelled is nobody's child any more — the guardian's list and the"
          + " child-status lookup leave it out while its status waits for the retention rule")
  void aCancelledChildIsNoLongerListed() {
    closed("acc-cancelled-child", CLOSED);
    child("acc-cancelled-child", "acc-parent");
    child("acc-open-child", "acc-parent");
    db.inTransaction(
        em -> {
          DefaultChildRegister register = new DefaultChildRegister();
          register.children = new JpaChildStatusRepository(em);
          assertThat(register.childrenOf(SubjectId.of("acc-parent")))
              .extracting(com.meike.privacy.consent.application.ChildStatusView::subject)
              .containsExactly("acc-open-child");
          assertThat(register.childStatus(SubjectId.of("acc-cancelled-child"))).isEmpty();
          assertThat(register.childStatus(SubjectId.of("acc-open-child"))).isPresent();
          return null;
        });
    assertThat(db.texts("select subject_id from consent_child_status order by 1"))
        .as("kept until the retention rule")
        .containsExactly("acc-cancelled-child", "acc-open-child");
  }

  void closed(String subject, Instant at) {
    db.execute(
        "insert into consent_closed_subject (subject_id, closed_at) values (?1, ?2)", subject, at);
  }

  void child(String subject, String guardian) {
    db.execute(
        "insert into consent_child_status (subject_id, guardian_id, basis, marked_at, marked_by)"
            + " values (?1, ?2, 'DECLARATION', ?3, 'cs.agent')",
        subject,
        guardian,
        CLOSED.minusSeconds(86_400 * 100));
  }

  void reconsent(String subject) {
    db.execute(
        "insert into consent_reconsent_requirement (subject_id, policy_version, marked_at)"
            + " values (?1, '2026-01', ?2)",
        subject,
        CLOSED.minusSeconds(86_400 * 100));
  }

  int run(Instant now) {
    return db.inTransaction(
        em -> {
          ConsentHistoryRetention retention = new ConsentHistoryRetention();
          retention.history = new JpaConsentHistoryRepository(em);
          retention.auditTrail = mock(AuditTrail.class);
          retention.clock = Clock.fixed(now, ZoneOffset.UTC);
          retention.years = 3;
          return retention.deleteDue(10);
        });
  }
}
