package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PolicyPublication;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaChildStatusRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaConsentEntryRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaExceptionUseRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaImpactAssessmentRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPolicyVersionRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPurposeRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaReconsentRequirementRepository;
import com.meike.privacy.consent.infrastructure.persistence.readmodel.ConsentCheckKeys;
import com.meike.privacy.consent.infrastructure.persistence.readmodel.JdbcConsentStateRepository;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.ContextDatabase;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The consent check's read model keyed by one number (CON-3, issue 11, migration V9_50): every row
 * the application writes sits under the hash of its person and purpose, so a check is one
 * primary-key read; the answer stays the ledger's — after a withdrawal, for a purpose never given,
 * for a purpose a later publication brought, for a pair whose key another pair's row took, and for
 * a row from before the key.
 */
@Tag("CON-3")
class ConsentCheckKeyOnH2Test {

  final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
  ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("consent", ConsentServices.LEDGER);
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** One server: its own cache of the catalogue and the published versions. */
  final class Node {
    final PublishedCatalogue catalogue = ConsentServices.publishedCatalogue(db.emf());

    /** The check as the REST resource calls it: no transaction, a connection of its own. */
    Decision may(String subject, String purpose) {
      try (EntityManager em = db.emf().createEntityManager()) {
        DefaultConsentCheck check =
            check(em, new JdbcConsentStateRepository(em, db.dataSource(), () -> false));
        check.assessments = new JpaImpactAssessmentRepository(em, db.dataSource(), () -> false);
        return check.may(SubjectId.of(subject), PurposeCode.of(purpose));
      }
    }

    /** The check inside a caller's transaction (a native query on its connection). */
    Decision mayInTransaction(String subject, String purpose) {
      return db.inTransaction(
          em ->
              check(em, new JdbcConsentStateRepository(em, null, () -> true))
                  .may(SubjectId.of(subject), PurposeCode.of(purpose)));
    }

    private DefaultConsentCheck check(EntityManager em, JdbcConsentStateRepository states) {
      DefaultConsentCheck check = new DefaultConsentCheck();
      check.purposes = new JpaPurposeRepository(em);
      check.states = states;
      check.catalogue = catalogue;
      check.exceptionUses = new JpaExceptionUseRepository(em);
      check.assessments = new JpaImpactAssessmentRepository(em);
      check.auditTrail = mock(AuditTrail.class);
      check.clock = clock;
      return check;
    }
  }

  @SuppressWarnings("unchecked")
  private DefaultConsentLedger ledger(EntityManager em) {
    DefaultConsentLedger ledger = new DefaultConsentLedger();
    ledger.purposes = new JpaPurposeRepository(em);
    ledger.policies = new JpaPolicyVersionRepository(em);
    ledger.reconsent = new JpaReconsentRequirementRepository(em);
    ledger.children = new JpaChildStatusRepository(em);
    ledger.entries = new JpaConsentEntryRepository(em);
    ledger.auditTrail = mock(AuditTrail.class);
    ledger.withdrawn = mock(Event.class);
    ledger.clock = clock;
    return ledger;
  }

  void accepts(String subject) {
    db.run(
        em ->
            ledger(em)
                .acceptPolicy(
                    new PolicyAcceptance(SubjectId.of(subject), "POPUP", "SELF", subject),
                    subject));
  }

  void gives(String subject, String purpose) {
    clock.advance(Duration.ofSeconds(1));
    db.run(
        em ->
            ledger(em)
                .give(ConsentRequest.of(subject, purpose, "SETTINGS", "SELF", subject), subject));
  }

  void withdraws(String subject, String purpose) {
    clock.advance(Duration.ofSeconds(1));
    db.run(
        em ->
            ledger(em)
                .withdraw(
                    ConsentRequest.of(subject, purpose, "SETTINGS", "SELF", subject), subject));
  }

  @SuppressWarnings("unchecked")
  void publishes(String version) {
    db.run(
        em -> {
          DefaultPolicyVersions versions = new DefaultPolicyVersions();
          versions.policies = new JpaPolicyVersionRepository(em);
          versions.reconsent = new JpaReconsentRequirementRepository(em);
          versions.auditTrail = mock(AuditTrail.class);
          versions.published = mock(Event.class);
          versions.clock = clock;
          versions.publish(
              new PolicyPublication(version, "minor change", "全文 " + version, false, List.of()),
              "privacy.officer");
        });
  }

  /** The key of the person's row for the purpose. */
  long keyOf(String subject, String purpose) {
    return db.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery(
                            "select check_key from consent_current"
                                + " where subject_id = ?1 and purpose_code = ?2")
                        .setParameter(1, subject)
                        .setParameter(2, purpose)
                        .getSingleResult())
                .longValue());
  }

  void sql(String statement, Object... parameters) {
    db.run(
        em -> {
          var query = em.createNativeQuery(statement);
          for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
          }
          query.executeUpdate();
        });
  }

  @Test
  @DisplayName(
      "CON-3: a person's rows sit under the hash of person and purpose, and a withdrawal is what"
          + " the very next check on another node reads")
  void a_withdrawal_is_answered_at_the_next_check_from_the_keyed_row() {
    Node a = new Node();
    Node b = new Node();
    accepts("u-alice");
    gives("u-alice", "location.precise");
    assertThat(keyOf("u-alice", "location.precise"))
        .isEqualTo(ConsentCheckKeys.key("u-alice", "location.precise"));
    assertThat(keyOf("u-alice", "device.camera"))
        .isEqualTo(ConsentCheckKeys.key("u-alice", "device.camera"));
    assertThat(b.may("u-alice", "location.precise").reason())
        .isEqualTo(DecisionReason.CONSENT_GIVEN);

    withdraws("u-alice", "location.precise");

    assertThat(b.may("u-alice", "location.precise").reason()).isEqualTo(DecisionReason.WITHDRAWN);
    assertThat(a.may("u-alice", "location.precise").allowed()).isFalse();
    assertThat(b.mayInTransaction("u-alice", "location.precise").reason())
        .isEqualTo(DecisionReason.WITHDRAWN);
    gives("u-alice", "location.precise");
    assertThat(a.may("u-alice", "location.precise").reason())
        .isEqualTo(DecisionReason.CONSENT_GIVEN);
  }

  @Test
  @DisplayName(
      "CON-3: a purpose the person never gave is refused from its keyed row, unknown ones 400")
  void a_purpose_never_given_is_refused() {
    Node a = new Node();
    accepts("u-bob");

    assertThat(a.may("u-bob", "payment.account").reason()).isEqualTo(DecisionReason.NO_CONSENT);
    assertThat(a.mayInTransaction("u-bob", "payment.account").reason())
        .isEqualTo(DecisionReason.NO_CONSENT);
    assertThat(a.may("u-bob", "account.phone").reason())
        .isEqualTo(DecisionReason.NECESSARY_PURPOSE);
    // Someone nothing was ever recorded for: no row at all.
    assertThat(a.may("u-nobody", "payment.account").reason()).isEqualTo(DecisionReason.NO_CONSENT);
    assertInvalid(() -> a.may("u-bob", "no.such-purpose"), "purpose");
  }

  @Test
  @DisplayName(
      "CON-3: a purpose a new policy version brings counts on every node after its publication;"
          + " the person's row for it is keyed at their next act")
  void a_new_policy_version_with_a_new_purpose() {
    Node a = new Node();
    Node b = new Node();
    accepts("u-carol");
    sql(
        "insert into consent_purpose (code, kind, name_zh, name_en, data_items, description,"
            + " necessity, sensitive, personal_only_when_linked, implied_consent_allowed,"
            + " legal_basis, retention_rule, policy_reference, policy_version, retired_in)"
            + " select 'device.fax', kind, name_zh, 'Fax', data_items, description, necessity,"
            + " sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis,"
            + " retention_rule, policy_reference, '2026-07', null from consent_purpose"
            + " where code = 'device.camera'");
    assertInvalid(() -> b.may("u-carol", "device.fax"), "purpose");

    publishes("2026-07");

    // No row for the new purpose yet: read by the pair, then the child register.
    assertThat(b.may("u-carol", "device.fax").reason()).isEqualTo(DecisionReason.NO_CONSENT);
    gives("u-carol", "device.fax");
    assertThat(keyOf("u-carol", "device.fax"))
        .isEqualTo(ConsentCheckKeys.key("u-carol", "device.fax"));
    assertThat(a.may("u-carol", "device.fax").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
    withdraws("u-carol", "device.fax");
    assertThat(b.may("u-carol", "device.fax").reason()).isEqualTo(DecisionReason.WITHDRAWN);
  }

  @Test
  @DisplayName(
      "CON-3: a pair whose key another pair's row holds gets the next probe and is still answered"
          + " right, withdrawal included")
  void a_taken_key_moves_the_row_to_the_next_probe() {
    Node a = new Node();
    long camera = ConsentCheckKeys.key("u-dave", "device.camera");
    // Another person's row under u-dave's camera key, as a hash collision would put it.
    accepts("u-erin");
    sql(
        "update consent_current set check_key = ?1"
            + " where subject_id = 'u-erin' and purpose_code = 'device.camera'",
        camera);

    accepts("u-dave");
    gives("u-dave", "device.camera");

    assertThat(keyOf("u-dave", "device.camera"))
        .isEqualTo(ConsentCheckKeys.key("u-dave", "device.camera", 1));
    assertThat(a.may("u-dave", "device.camera").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
    assertThat(a.may("u-erin", "device.camera").reason()).isEqualTo(DecisionReason.NO_CONSENT);
    withdraws("u-dave", "device.camera");
    assertThat(a.may("u-dave", "device.camera").reason()).isEqualTo(DecisionReason.WITHDRAWN);
    assertThat(a.mayInTransaction("u-dave", "device.camera").reason())
        .isEqualTo(DecisionReason.WITHDRAWN);
  }

  @Test
  @DisplayName(
      "CON-3, AUD-3: a sensitive purpose is allowed only while its impact assessment is in force,"
          + " read by one plain statement outside a transaction")
  void a_withdrawn_impact_assessment_refuses_at_the_next_check() {
    Node a = new Node();
    accepts("u-gus");
    gives("u-gus", "location.precise");
    assertThat(a.may("u-gus", "location.precise").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);

    sql(
        "update consent_impact_assessment set withdrawn_at = current_timestamp,"
            + " withdrawn_by = 'privacy.officer' where processing_key = ?1",
        com.meike.privacy.consent.domain.assessment.AssessedProcessing.SENSITIVE_PROCESSING.key(
            "location.precise", null, null));

    assertThat(a.may("u-gus", "location.precise").reason())
        .isEqualTo(DecisionReason.NO_IMPACT_ASSESSMENT);
    assertThat(a.mayInTransaction("u-gus", "location.precise").reason())
        .isEqualTo(DecisionReason.NO_IMPACT_ASSESSMENT);
    assertThat(a.may("u-gus", "account.phone").reason())
        .isEqualTo(DecisionReason.NECESSARY_PURPOSE);
  }

  @Test
  @DisplayName("CON-3: a row from before the key (negative, migration V9_50) is still answered")
  void a_row_from_before_the_key_is_found_by_the_pair() {
    Node a = new Node();
    accepts("u-fay");
    gives("u-fay", "device.camera");
    sql(
        "update consent_current set check_key = -7"
            + " where subject_id = 'u-fay' and purpose_code = 'device.camera'");

    assertThat(a.may("u-fay", "device.camera").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
    withdraws("u-fay", "device.camera");
    assertThat(a.may("u-fay", "device.camera").reason()).isEqualTo(DecisionReason.WITHDRAWN);
  }
}
