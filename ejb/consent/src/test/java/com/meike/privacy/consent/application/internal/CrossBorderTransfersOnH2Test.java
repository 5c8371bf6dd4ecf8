package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferAssessment;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferDecision;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferPlan;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferView;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.child.ChildBasis;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.crossborder.CrossBorderTransfer;
import com.meike.privacy.consent.domain.crossborder.TransferConsent;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaChildStatusRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaCrossBorderRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPurposeRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.testsupport.ContextDatabase;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * DATA-4 on the real migrations and mappings (H2): a transfer abroad is refused until an acceptable
 * impact assessment and the person's separate consent to that transfer are on record, and every
 * answer is audited.
 */
class CrossBorderTransfersOnH2Test {

  final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
  final List<AuditEvent> audits = new ArrayList<>();
  ContextDatabase db;
  EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "consent",
            Purpose.class,
            ChildStatus.class,
            CrossBorderTransfer.class,
            TransferConsent.class,
            com.meike.privacy.consent.domain.acquisition.ThirdPartyAcquisition.class,
            com.meike.privacy.consent.domain.assessment.ImpactAssessment.class);
    emf = db.emf();
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T inTransaction(Function<DefaultCrossBorderTransfers, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      DefaultCrossBorderTransfers service = new DefaultCrossBorderTransfers();
      service.transfers = new JpaCrossBorderRepository(em);
      service.assessments =
          new com.meike.privacy.consent.infrastructure.persistence.jpa
              .JpaImpactAssessmentRepository(em);
      DefaultImpactAssessments register = new DefaultImpactAssessments();
      register.assessments = service.assessments;
      register.purposes = new JpaPurposeRepository(em);
      register.transfers = service.transfers;
      register.auditTrail = mock(AuditTrail.class);
      register.clock = clock;
      register.keepYears = 3;
      service.register = register;
      service.purposes = new JpaPurposeRepository(em);
      service.children = new JpaChildStatusRepository(em);
      AuditTrail auditTrail = mock(AuditTrail.class);
      Mockito.doAnswer(call -> audits.add(call.getArgument(0)))
          .when(auditTrail)
          .record(Mockito.any());
      service.auditTrail = auditTrail;
      service.clock = clock;
      em.getTransaction().begin();
      try {
        T result = work.apply(service);
        em.getTransaction().commit();
        return result;
      } catch (RuntimeException e) {
        em.getTransaction().rollback();
        throw e;
      }
    }
  }

  TransferView planned() {
    return inTransaction(
        s ->
            s.register(
                new TransferPlan(
                    "Example Analytics Pte. Ltd.",
                    "SG",
                    "跨境客服工单分析",
                    List.of("profile.basic", "account.phone"),
                    "标准合同条款、传输加密、接收方不得再转移"),
                "privacy.officer"));
  }

  /** A person as the service takes them (the kernel's id; this test's SubjectId is consent's). */
  static com.meike.privacy.kernel.subject.SubjectId person(String id) {
    return com.meike.privacy.kernel.subject.SubjectId.of(id);
  }

  TransferDecision check(String subject, String transferId) {
    return inTransaction(s -> s.check(person(subject), transferId, "ops.agent"));
  }

  @Test
  void nothing_goes_abroad_without_an_acceptable_assessment_and_the_persons_separate_consent() {
    String id = planned().id();
    assertThat(check("u-alice", id).reason()).isEqualTo("NO_IMPACT_ASSESSMENT");
    assertKind(
        () -> inTransaction(s -> s.consent(id, person("u-alice"), "GIVEN", "POPUP", "u-alice")),
        Kind.CONFLICT);

    TransferView assessed =
        inTransaction(
            s ->
                s.assess(
                    id,
                    new TransferAssessment("ACCEPTABLE", "PIA-2026-007", "风险可控"),
                    "privacy.officer"));
    assertThat(assessed.state()).isEqualTo("ASSESSED");
    assertThat(check("u-alice", id).reason()).isEqualTo("NO_SEPARATE_CONSENT");
    List<com.meike.privacy.consent.application.CrossBorderTransfers.OfferedTransfer> offered =
        inTransaction(s -> s.offeredTo(person("u-alice")));
    assertThat(offered).singleElement().satisfies(o -> assertThat(o.consent()).isEqualTo("NONE"));

    inTransaction(s -> s.consent(id, person("u-alice"), "GIVEN", "POPUP", "u-alice"));
    TransferDecision allowed = check("u-alice", id);
    assertThat(allowed.allowed()).isTrue();
    assertThat(allowed.reason()).isEqualTo("ASSESSED_AND_CONSENTED");
    assertThat(check("u-bob", id).allowed()).isFalse();

    inTransaction(s -> s.consent(id, person("u-alice"), "WITHDRAWN", "SETTINGS", "u-alice"));
    assertThat(check("u-alice", id).reason()).isEqualTo("CONSENT_WITHDRAWN");
    assertThat(audits)
        .extracting(AuditEvent::action)
        .contains(
            "crossborder.transfer-refused",
            "crossborder.transfer-allowed",
            "crossborder.consent-given",
            "crossborder.consent-withdrawn");
  }

  @Test
  void a_rejected_assessment_refuses_for_good() {
    String id = planned().id();
    inTransaction(
        s ->
            s.assess(
                id,
                new TransferAssessment("NOT_ACCEPTABLE", "PIA-8", "接收国保护水平不足"),
                "privacy.officer"));
    assertThat(check("u-alice", id).reason()).isEqualTo("ASSESSMENT_REJECTED");
    assertKind(
        () ->
            inTransaction(
                s ->
                    s.assess(
                        id,
                        new TransferAssessment("ACCEPTABLE", "PIA-9", "再评估"),
                        "privacy.officer")),
        Kind.CONFLICT);
    assertKind(
        () -> inTransaction(s -> s.consent(id, person("u-alice"), "GIVEN", "POPUP", "u-alice")),
        Kind.CONFLICT);
  }

  @Test
  @org.junit.jupiter.api.Tag("AUD-3")
  @org.junit.jupiter.api.DisplayName(
      "AUD-3: the transfer's check reads the register of impact assessments — withdrawn there, refused here")
  void the_check_reads_the_register_of_impact_assessments() {
    String id = planned().id();
    inTransaction(
        s -> s.assess(id, new TransferAssessment("ACCEPTABLE", "PIA-3", "ok"), "privacy.officer"));
    inTransaction(s -> s.consent(id, person("u-alice"), "GIVEN", "POPUP", "u-alice"));
    assertThat(check("u-alice", id).allowed()).isTrue();
    var registered =
        inTransaction(s -> s.register.assessments()).stream()
            .filter(a -> id.equals(a.transfer()))
            .toList();
    assertThat(registered)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.processing()).isEqualTo("CROSS_BORDER_TRANSFER");
              assertThat(a.reference()).isEqualTo("PIA-3");
              assertThat(a.approvedBy()).isEqualTo("privacy.officer");
              assertThat(a.inForce()).isTrue();
            });

    inTransaction(
        s ->
            s.register.withdraw(
                registered.get(0).id(), "接收方变更 the recipient changed", "privacy.officer"));
    assertThat(check("u-alice", id).reason()).isEqualTo("NO_IMPACT_ASSESSMENT");
    assertThat(inTransaction(s -> s.transfer(id)).state()).isEqualTo("PLANNED");
  }

  @Test
  void for_a_child_only_the_guardian_consents() {
    String id = planned().id();
    inTransaction(
        s -> s.assess(id, new TransferAssessment("ACCEPTABLE", "PIA-1", "ok"), "privacy.officer"));
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      em.persist(
          ChildStatus.mark(
              new SubjectId("u-kid"),
              new SubjectId("u-mother"),
              ChildBasis.DECLARATION,
              "cs.agent",
              clock.instant()));
      em.getTransaction().commit();
    }
    assertKind(
        () -> inTransaction(s -> s.consent(id, person("u-kid"), "GIVEN", "POPUP", "u-kid")),
        Kind.FORBIDDEN);
    assertKind(
        () -> inTransaction(s -> s.consent(id, person("u-alice"), "GIVEN", "POPUP", "u-mallory")),
        Kind.FORBIDDEN);
    inTransaction(s -> s.consent(id, person("u-kid"), "GIVEN", "SETTINGS", "u-mother"));
    assertThat(check("u-kid", id).allowed()).isTrue();
  }

  @Test
  void bad_plans_are_named_and_store_nothing() {
    assertInvalid(
        () ->
            inTransaction(
                s ->
                    s.register(
                        new TransferPlan("X", "CN", "p", List.of("profile.basic"), "s"),
                        "privacy.officer")),
        "country");
    assertInvalid(
        () ->
            inTransaction(
                s ->
                    s.register(
                        new TransferPlan("X", "ZZ", "p", List.of("profile.basic"), "s"),
                        "privacy.officer")),
        "country");
    assertInvalid(
        () ->
            inTransaction(
                s ->
                    s.register(
                        new TransferPlan("X", "SG", "p", List.of("no.such-purpose"), "s"),
                        "privacy.officer")),
        "dataCategories");
    assertInvalid(
        () ->
            inTransaction(
                s ->
                    s.register(
                        new TransferPlan("X", "SG", "p", List.of(), "s"), "privacy.officer")),
        "dataCategories");
    assertInvalid(
        () ->
            inTransaction(
                s ->
                    s.register(
                        new TransferPlan(" ", "SG", "p", List.of("profile.basic"), "s"),
                        "privacy.officer")),
        "recipient");
    assertKind(
        () -> inTransaction(s -> s.check(person("u-alice"), "cbt-unknown", "ops.agent")),
        Kind.NOT_FOUND);
    List<TransferView> all = inTransaction(DefaultCrossBorderTransfers::transfers);
    assertThat(all).isEmpty();
  }
}
