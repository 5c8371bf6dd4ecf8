package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildMarking;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PolicyPublication;
import com.meike.privacy.consent.application.PolicyVersionSummary;
import com.meike.privacy.consent.application.PurposeConsentState;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.domain.ledger.LegalException;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaChildStatusRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaConsentEntryRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaExceptionUseRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPolicyVersionRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPurposeRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaReconsentRequirementRepository;
import com.meike.privacy.consent.infrastructure.persistence.readmodel.JdbcConsentStateRepository;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.ContextDatabase;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real migrations, mappings, queries and services on H2: Flyway creates and seeds the schema,
 * Hibernate (test scope) maps the entities against it ({@code validate}), and each service call
 * runs in its own transaction on a fresh entity manager, as in the container.
 */
class ConsentServicesOnH2Test {

  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

  final MovableClock clock = new MovableClock(START);
  ContextDatabase db;
  EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("consent", ConsentServices.LEDGER);
    emf = db.emf();
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** The five services on one entity manager. */
  record Services(
      DefaultPurposeCatalogue catalogue,
      DefaultPolicyVersions versions,
      DefaultConsentLedger ledger,
      DefaultConsentCheck check,
      DefaultChildRegister register) {}

  /** Like a container-managed transaction: one entity manager, committed at the end. */
  @SuppressWarnings("unchecked")
  <T> T inTransaction(Function<Services, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      AuditTrail auditTrail = mock(AuditTrail.class);
      DefaultPurposeCatalogue catalogue = new DefaultPurposeCatalogue();
      catalogue.purposes = new JpaPurposeRepository(em);
      catalogue.policies = new JpaPolicyVersionRepository(em);
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
      DefaultChildRegister register = new DefaultChildRegister();
      register.children = new JpaChildStatusRepository(em);
      register.auditTrail = auditTrail;
      register.marked = mock(Event.class);
      register.clock = clock;
      em.getTransaction().begin();
      try {
        T result = work.apply(new Services(catalogue, versions, ledger, check, register));
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

  Decision may(String subject, String purpose) {
    return inTransaction(s -> s.check().may(SubjectId.of(subject), PurposeCode.of(purpose)));
  }

  void accepts(String subject) {
    inTransaction(
        s ->
            s.ledger()
                .acceptPolicy(
                    new PolicyAcceptance(SubjectId.of(subject), "POPUP", "SELF", subject),
                    subject));
  }

  List<String> awaiting(String version) {
    return inTransaction(s -> s.versions().subjectsAwaitingReconsent(version, null, 10));
  }

  ConsentEntryView gives(String subject, String purpose) {
    return inTransaction(
        s ->
            s.ledger()
                .give(ConsentRequest.of(subject, purpose, "POPUP", "SELF", subject), subject));
  }

  @Test
  void the_seeded_catalogue_and_policy_are_read_through_the_mappings() {
    List<PurposeView> purposes = inTransaction(s -> s.catalogue().purposes());

    assertThat(purposes).hasSize(24).extracting(PurposeView::code).isSorted();
    PurposeView location =
        purposes.stream()
            .filter(p -> p.code().equals("location.precise"))
            .findFirst()
            .orElseThrow();
    assertThat(location.necessity()).isEqualTo("OPTIONAL");
    assertThat(location.sensitive()).isTrue();
    assertThat(location.partners()).containsExactly("getui", "amap");
    String text = inTransaction(s -> s.versions().current().text());
    List<PolicyVersionSummary> versions = inTransaction(s -> s.versions().versions());
    assertThat(text).endsWith("最新生效:2022-12-13 12:06:52");
    assertThat(versions).extracting(PolicyVersionSummary::version).containsExactly("2026-01");
  }

  @Test
  void accepting_giving_withdrawing_and_checking_on_the_database() {
    accepts("u-alice");
    ConsentEntryView given = gives("u-alice", "location.precise");

    assertThat(may("u-alice", "account.phone").reason())
        .isEqualTo(DecisionReason.NECESSARY_PURPOSE);
    assertThat(may("u-alice", "location.precise"))
        .isEqualTo(Decision.of(DecisionReason.CONSENT_GIVEN, given.sequence()));
    assertThat(may("u-alice", "payment.account").reason()).isEqualTo(DecisionReason.NO_CONSENT);

    ConsentEntryView withdrawn =
        inTransaction(
            s ->
                s.ledger()
                    .withdraw(
                        ConsentRequest.of("u-alice", "location.precise", "SETTINGS", "SELF", null),
                        "u-alice"));

    assertThat(withdrawn.sequence()).isGreaterThan(given.sequence());
    assertThat(may("u-alice", "location.precise"))
        .isEqualTo(Decision.of(DecisionReason.WITHDRAWN, withdrawn.sequence()));
    assertThat(may("u-alice", "account.phone").allowed()).isTrue();
    List<ConsentEntryView> history =
        inTransaction(s -> s.ledger().history(SubjectId.of("u-alice"), "u-alice", false));
    assertThat(history)
        .as("9 necessary, non-sensitive purposes accepted, location given and withdrawn")
        .hasSize(11)
        .extracting(ConsentEntryView::purpose, ConsentEntryView::action)
        .endsWith(
            org.assertj.core.groups.Tuple.tuple("location.precise", "GIVEN"),
            org.assertj.core.groups.Tuple.tuple("location.precise", "WITHDRAWN"))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("payment.account", "GIVEN"));
  }

  @Test
  void a_refused_withdrawal_leaves_the_ledger_as_it_was() {
    accepts("u-alice");
    int before =
        inTransaction(s -> s.ledger().history(SubjectId.of("u-alice"), "u-alice", false)).size();

    assertKind(
        () ->
            inTransaction(
                s ->
                    s.ledger()
                        .withdraw(
                            ConsentRequest.of("u-alice", "account.phone", "SETTINGS", "SELF", null),
                            "u-alice")),
        Kind.CONFLICT);
    assertInvalid(() -> gives("u-alice", "marketing.resale"), "purpose");

    List<ConsentEntryView> after =
        inTransaction(s -> s.ledger().history(SubjectId.of("u-alice"), "u-alice", false));
    assertThat(after).hasSize(before);
  }

  @Test
  void a_major_change_marks_with_one_statement_and_re_consent_lifts_it() {
    accepts("u-alice");
    gives("u-alice", "location.precise");
    accepts("u-bob");
    clock.advance(Duration.ofDays(30));

    int marked =
        inTransaction(
            s ->
                s.versions()
                    .publish(
                        new PolicyPublication(
                            "2026-07", "AMap replaced", "新全文", true, List.of("RECIPIENTS")),
                        "privacy.officer")
                    .ordinal());

    assertThat(marked).isEqualTo(2);
    assertThat(awaiting("2026-07")).containsExactly("u-alice", "u-bob");
    assertThat(may("u-alice", "location.precise").reason())
        .isEqualTo(DecisionReason.RECONSENT_REQUIRED);
    List<String> kinds = inTransaction(s -> s.versions().version("2026-07").majorChangeKinds());
    String oldText = inTransaction(s -> s.versions().version("2026-01").text());
    assertThat(kinds).containsExactly("RECIPIENTS");
    assertThat(oldText).startsWith("隐私政策");

    clock.advance(Duration.ofMinutes(1));
    accepts("u-alice");
    gives("u-alice", "location.precise");

    assertThat(may("u-alice", "location.precise").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
    assertThat(awaiting("2026-07")).containsExactly("u-bob");
    assertKind(
        () ->
            inTransaction(
                s ->
                    s.versions()
                        .publish(
                            new PolicyPublication("2026-07", "again", "text", false, List.of()),
                            "privacy.officer")),
        Kind.CONFLICT);
  }

  @Test
  void children_exceptions_and_state_on_the_database() {
    inTransaction(
        s ->
            s.register()
                .markChild(
                    new ChildMarking(
                        SubjectId.of("u-kid"), SubjectId.of("u-mother"), "DECLARATION"),
                    "cs.agent"));
    inTransaction(
        s ->
            s.ledger()
                .acceptPolicy(
                    new PolicyAcceptance(SubjectId.of("u-kid"), "POPUP", "GUARDIAN", "u-mother"),
                    "u-mother"));
    inTransaction(
        s ->
            s.ledger()
                .give(
                    ConsentRequest.of("u-kid", "device.camera", "POPUP", "GUARDIAN", "u-mother"),
                    "u-mother"));

    assertThat(may("u-kid", "device.camera").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
    assertThat(may("u-kid", "account.phone").reason()).isEqualTo(DecisionReason.NECESSARY_PURPOSE);
    assertThat(may("u-kid", "location.precise").reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    List<PurposeConsentState> kidState =
        inTransaction(s -> s.ledger().state(SubjectId.of("u-kid"), "u-mother", false));
    assertThat(kidState)
        .filteredOn(state -> state.purpose().equals("device.camera"))
        .extracting(PurposeConsentState::reason)
        .containsExactly("CONSENT_GIVEN");

    Decision exception =
        inTransaction(
            s ->
                s.check()
                    .mayUnderException(
                        SubjectId.of("u-kid"),
                        PurposeCode.of("location.precise"),
                        LegalException.VITAL_INTERESTS,
                        "sec.head",
                        "孩子走失，需要定位"));
    assertThat(exception.reason()).isEqualTo(DecisionReason.NAMED_EXCEPTION);
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(new JpaExceptionUseRepository(em).forSubject("u-kid"))
          .singleElement()
          .satisfies(
              use -> {
                assertThat(use.id()).isEqualTo(exception.exceptionUseId());
                assertThat(use.reason()).isEqualTo("孩子走失，需要定位");
              });
    }
  }
}
