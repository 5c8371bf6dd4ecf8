package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.DataHolderTransfers.TransferInput;
import com.meike.privacy.consent.application.DataHolderTransfers.TransferView;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PolicyPublication;
import com.meike.privacy.consent.domain.holder.DataHolderTransfer;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.domain.policy.ReconsentNotices;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaChildStatusRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaConsentEntryRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaDataHolderTransferRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaExceptionUseRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPolicyVersionRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPurposeRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaReconsentRequirementRepository;
import com.meike.privacy.consent.infrastructure.persistence.readmodel.JdbcConsentStateRepository;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.ContextDatabase;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transfers to a new holder (PTN-6) on the migrated schema: a re-consent outcome marks exactly the
 * people who consented to a purpose in the scope (re-opening a requirement they already met under
 * the version in force), their earlier consents stop counting until given again, and the re-consent
 * relay tells them about the transfer; a bound outcome marks nobody.
 */
class DataHolderTransfersOnH2Test {

  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

  final MovableClock clock = new MovableClock(START);
  final List<ReconsentNotices.Notice> sent = new ArrayList<>();
  ContextDatabase db;
  EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.migrating("consent")
            .entities(ConsentServices.LEDGER)
            .entities(DataHolderTransfer.class)
            .open();
    emf = db.emf();
  }

  @AfterEach
  void close() {
    db.close();
  }

  record Services(
      DefaultPolicyVersions versions,
      DefaultConsentLedger ledger,
      DefaultConsentCheck check,
      DefaultDataHolderTransfers transfers,
      ReconsentNoticeRelay relay) {}

  @Test
  void a_transfer_requiring_reconsent_marks_the_people_of_its_scope_and_they_are_told() {
    accepts("u-alice");
    gives("u-alice", "location.precise");
    accepts("u-carol");
    clock.advance(Duration.ofDays(1));

    TransferView transfer =
        record(
            new TransferInput(
                "ACQUISITION",
                "Huamei Holdings Ltd.",
                "2026-03-02",
                List.of("location.precise"),
                "REQUIRES_RECONSENT",
                null));

    assertThat(transfer.peopleMarked()).isEqualTo(1);
    assertThat(transfer.policyVersion()).isEqualTo("2026-01");
    assertThat(reason("u-alice", "location.precise")).isEqualTo(DecisionReason.RECONSENT_REQUIRED);
    int told = inTransaction(s -> s.relay().notifyNextBatch(10));
    assertThat(told).isEqualTo(1);
    assertThat(sent)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.subject()).isEqualTo("u-alice");
              assertThat(n.summary())
                  .contains("收购")
                  .contains("Huamei Holdings Ltd.")
                  .contains("重新授权同意");
            });

    clock.advance(Duration.ofHours(1));
    accepts("u-alice");
    gives("u-alice", "location.precise");
    assertThat(reason("u-alice", "location.precise")).isEqualTo(DecisionReason.CONSENT_GIVEN);
    List<TransferView> all = inTransaction(s -> s.transfers().all("privacy.officer"));
    assertThat(all).extracting(TransferView::id).containsExactly(transfer.id());
  }

  @Test
  void a_transfer_reopens_a_requirement_already_met_under_the_version_in_force() {
    accepts("u-alice");
    gives("u-alice", "location.precise");
    clock.advance(Duration.ofDays(1));
    inTransaction(
        s ->
            s.versions()
                .publish(
                    new PolicyPublication(
                        "2026-07", "AMap replaced", "新全文", true, List.of("RECIPIENTS")),
                    "privacy.officer"));
    clock.advance(Duration.ofHours(1));
    accepts("u-alice");
    gives("u-alice", "location.precise");
    assertThat(reason("u-alice", "location.precise")).isEqualTo(DecisionReason.CONSENT_GIVEN);
    clock.advance(Duration.ofDays(1));

    TransferView transfer =
        record(
            new TransferInput(
                "MERGER",
                "Meike & Co.",
                "2026-03-03",
                List.of("location.precise", "account.phone"),
                "REQUIRES_RECONSENT",
                null));

    assertThat(transfer.peopleMarked()).isEqualTo(1);
    assertThat(transfer.policyVersion()).isEqualTo("2026-07");
    assertThat(reason("u-alice", "location.precise")).isEqualTo(DecisionReason.RECONSENT_REQUIRED);
  }

  @Test
  void a_new_holder_bound_to_the_policy_marks_nobody_and_needs_its_commitment() {
    accepts("u-alice");
    gives("u-alice", "location.precise");
    clock.advance(Duration.ofDays(1));

    assertInvalid(
        () ->
            record(
                new TransferInput(
                    "MERGER",
                    "Meike & Co.",
                    "2026-03-02",
                    List.of("location.precise"),
                    "BOUND_TO_CURRENT_POLICY",
                    " ")),
        "commitmentReference");
    assertInvalid(
        () ->
            record(
                new TransferInput(
                    "MERGER",
                    "Meike & Co.",
                    "2026-03-02",
                    List.of("no.such.purpose"),
                    "BOUND_TO_CURRENT_POLICY",
                    "Undertaking 2026-17")),
        "scope");
    assertInvalid(
        () ->
            record(
                new TransferInput(
                    "SALE",
                    "Meike & Co.",
                    "2026-03-02",
                    List.of("location.precise"),
                    "BOUND_TO_CURRENT_POLICY",
                    "Undertaking 2026-17")),
        "kind");
    TransferView bound =
        record(
            new TransferInput(
                "MERGER",
                "Meike & Co.",
                "2026-03-02",
                List.of("location.precise"),
                "BOUND_TO_CURRENT_POLICY",
                "Undertaking 2026-17"));

    assertThat(bound.peopleMarked()).isZero();
    assertThat(bound.commitmentReference()).isEqualTo("Undertaking 2026-17");
    assertThat(reason("u-alice", "location.precise")).isEqualTo(DecisionReason.CONSENT_GIVEN);
  }

  private TransferView record(TransferInput input) {
    return inTransaction(s -> s.transfers().record(input, "privacy.officer"));
  }

  private DecisionReason reason(String subject, String purpose) {
    return inTransaction(s -> s.check().may(SubjectId.of(subject), PurposeCode.of(purpose)))
        .reason();
  }

  private void accepts(String subject) {
    inTransaction(
        s ->
            s.ledger()
                .acceptPolicy(
                    new PolicyAcceptance(SubjectId.of(subject), "POPUP", "SELF", subject),
                    subject));
  }

  private void gives(String subject, String purpose) {
    inTransaction(
        s ->
            s.ledger()
                .give(ConsentRequest.of(subject, purpose, "POPUP", "SELF", subject), subject));
  }

  @SuppressWarnings("unchecked")
  private <T> T inTransaction(Function<Services, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      AuditTrail auditTrail = mock(AuditTrail.class);
      DefaultPolicyVersions versions = new DefaultPolicyVersions();
      versions.policies = new JpaPolicyVersionRepository(em);
      versions.reconsent = new JpaReconsentRequirementRepository(em);
      versions.auditTrail = auditTrail;
      versions.published = mock(Event.class);
      versions.clock = clock;
      DefaultConsentLedger ledger = new DefaultConsentLedger();
      ledger.purposes = new JpaPurposeRepository(em);
      ledger.policies = new JpaPolicyVersionRepository(em);
      ledger.reconsent = new JpaReconsentRequirementRepository(em);
      ledger.children = new JpaChildStatusRepository(em);
      ledger.entries = new JpaConsentEntryRepository(em);
      ledger.auditTrail = auditTrail;
      ledger.withdrawn = mock(Event.class);
      ledger.clock = clock;
      DefaultConsentCheck check = new DefaultConsentCheck();
      check.purposes = new JpaPurposeRepository(em);
      check.states = new JdbcConsentStateRepository(em, null, () -> true);
      check.catalogue = ConsentServices.publishedCatalogue(emf);
      check.exceptionUses = new JpaExceptionUseRepository(em);
      check.assessments =
          new com.meike.privacy.consent.infrastructure.persistence.jpa
              .JpaImpactAssessmentRepository(em);
      check.auditTrail = auditTrail;
      check.clock = clock;
      DefaultDataHolderTransfers transfers = new DefaultDataHolderTransfers();
      transfers.transfers = new JpaDataHolderTransferRepository(em);
      transfers.purposes = new JpaPurposeRepository(em);
      transfers.policies = new JpaPolicyVersionRepository(em);
      transfers.reconsent = new JpaReconsentRequirementRepository(em);
      transfers.auditTrail = auditTrail;
      transfers.clock = clock;
      ReconsentNoticeRelay relay = new ReconsentNoticeRelay();
      relay.requirements = new JpaReconsentRequirementRepository(em);
      relay.policies = new JpaPolicyVersionRepository(em);
      relay.children = new JpaChildStatusRepository(em);
      relay.transfers = new JpaDataHolderTransferRepository(em);
      relay.notices = sent::add;
      relay.auditTrail = auditTrail;
      relay.clock = clock;
      em.getTransaction().begin();
      try {
        T result = work.apply(new Services(versions, ledger, check, transfers, relay));
        em.getTransaction().commit();
        return result;
      } catch (RuntimeException e) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        throw e;
      }
    }
  }
}
