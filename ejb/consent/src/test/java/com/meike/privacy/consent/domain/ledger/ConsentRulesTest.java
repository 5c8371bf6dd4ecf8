package com.meike.privacy.consent.domain.ledger;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.accountPhone;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.camera;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.catalogue;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.paymentAccount;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.preciseLocation;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.purpose;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.serviceRecording;
import static com.meike.privacy.consent.domain.catalogue.CatalogueFixtures.usageLogs;
import static com.meike.privacy.consent.domain.ledger.LedgerFixtures.guardian;
import static com.meike.privacy.consent.domain.ledger.LedgerFixtures.numbered;
import static com.meike.privacy.consent.domain.ledger.LedgerFixtures.self;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.consent.domain.catalogue.Necessity;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.child.ChildBasis;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {

  static final String FIRST = "2026-01";
  static final String SECOND = "2026-02";
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  static final Instant LATER = T0.plus(Duration.ofDays(30));
  static final Predicate<String> ONLY_FIRST = Set.of(FIRST)::contains;
  static final Predicate<String> BOTH = Set.of(FIRST, SECOND)::contains;

  static final SubjectId ALICE = new SubjectId("u-alice");
  static final SubjectId KID = new SubjectId("u-kid");
  static final String MOTHER = "u-mother";
  static final String STRANGER = "u-stranger";

  final ConsentRules adult = new ConsentRules(ALICE, Optional.empty(), Optional.empty());
  final ChildStatus kidStatus =
      ChildStatus.mark(KID, new SubjectId(MOTHER), ChildBasis.DECLARATION, "cs.agent", T0);
  final ConsentRules child = new ConsentRules(KID, Optional.of(kidStatus), Optional.empty());

  long sequence = 100;

  ConsentEntry append(ConsentEntry entry) {
    return numbered(entry, ++sequence);
  }

  ConsentEntry give(ConsentRules rules, Purpose purpose, ConsentAct act, Instant at) {
    return append(rules.give(purpose, ONLY_FIRST, FIRST, act, Optional.empty(), at).orElseThrow());
  }

  ConsentEntry withdraw(ConsentRules rules, Purpose purpose, ConsentAct act, ConsentEntry latest) {
    return append(rules.withdraw(purpose, FIRST, act, Optional.of(latest), T0).orElseThrow());
  }

  static ConsentAct aliceIn(ConsentChannel channel) {
    return self("u-alice", channel);
  }

  @Nested
  class AcceptingThePolicy {

    @Test
    void covers_the_necessary_non_sensitive_purposes_only() {
      List<ConsentEntry> entries =
          adult.accept(catalogue(), ONLY_FIRST, FIRST, aliceIn(ConsentChannel.POPUP), Map.of(), T0);

      assertThat(entries)
          .extracting(ConsentEntry::purposeCode)
          .containsExactlyInAnyOrder("account.phone", "usage.logs")
          .doesNotContain("payment.account", "location.precise", "device.camera");
      assertThat(entries)
          .allSatisfy(
              entry -> {
                assertThat(entry.action()).isEqualTo(ConsentAction.GIVEN);
                assertThat(entry.policyVersion()).isEqualTo(FIRST);
                assertThat(entry.channel()).isEqualTo(ConsentChannel.POPUP);
                assertThat(entry.actedAs()).isEqualTo(ActedAs.SELF);
                assertThat(entry.actor()).isEqualTo("u-alice");
                assertThat(entry.recordedBy()).isEqualTo("u-alice");
                assertThat(entry.occurredAt()).isEqualTo(T0);
              });
    }

    @Test
    void skips_purposes_not_in_force() {
      Purpose upcoming =
          purpose("account.nickname", Necessity.NECESSARY, false, false, List.of(), SECOND, null);
      Purpose retired =
          purpose("account.fax", Necessity.NECESSARY, false, false, List.of(), FIRST, SECOND);

      assertThat(
              adult.accept(
                  List.of(accountPhone(), upcoming, retired),
                  ONLY_FIRST,
                  FIRST,
                  aliceIn(ConsentChannel.POPUP),
                  Map.of(),
                  T0))
          .extracting(ConsentEntry::purposeCode)
          .containsExactlyInAnyOrder("account.phone", "account.fax");
      assertThat(
              adult.accept(
                  List.of(accountPhone(), upcoming, retired),
                  BOTH,
                  SECOND,
                  aliceIn(ConsentChannel.POPUP),
                  Map.of(),
                  T0))
          .extracting(ConsentEntry::purposeCode)
          .containsExactlyInAnyOrder("account.phone", "account.nickname");
    }

    @Test
    void accepting_the_same_version_again_records_nothing_but_a_new_version_does() {
      Map<String, ConsentEntry> latest = new HashMap<>();
      adult
          .accept(catalogue(), ONLY_FIRST, FIRST, aliceIn(ConsentChannel.POPUP), latest, T0)
          .forEach(entry -> latest.put(entry.purposeCode(), append(entry)));

      assertThat(
              adult.accept(
                  catalogue(), ONLY_FIRST, FIRST, aliceIn(ConsentChannel.SETTINGS), latest, T0))
          .isEmpty();
      assertThat(
              adult.accept(catalogue(), BOTH, SECOND, aliceIn(ConsentChannel.POPUP), latest, LATER))
          .extracting(ConsentEntry::policyVersion)
          .containsOnly(SECOND)
          .hasSize(2);
    }

    @Test
    void an_on_site_notice_is_no_acceptance() {
      assertInvalid(
          () ->
              adult.accept(
                  catalogue(),
                  ONLY_FIRST,
                  FIRST,
                  aliceIn(ConsentChannel.ONSITE_NOTICE),
                  Map.of(),
                  T0),
          "channel");
    }

    @Test
    void a_child_accepts_only_through_their_guardian() {
      assertKind(
          () ->
              child.accept(
                  catalogue(),
                  ONLY_FIRST,
                  FIRST,
                  self("u-kid", ConsentChannel.POPUP),
                  Map.of(),
                  T0),
          Kind.FORBIDDEN);

      assertThat(
              child.accept(
                  catalogue(),
                  ONLY_FIRST,
                  FIRST,
                  guardian("u-kid", MOTHER, ConsentChannel.POPUP),
                  Map.of(),
                  T0))
          .hasSize(2)
          .allSatisfy(entry -> assertThat(entry.actedAs()).isEqualTo(ActedAs.GUARDIAN));
    }
  }

  @Nested
  class SeparateConsent {

    @Test
    void each_optional_or_sensitive_purpose_has_its_own_consent() {
      ConsentEntry location = give(adult, preciseLocation(), aliceIn(ConsentChannel.POPUP), T0);

      assertThat(location.purposeCode()).isEqualTo("location.precise");
      assertThat(adult.decide(preciseLocation(), Optional.of(location)).reason())
          .isEqualTo(DecisionReason.CONSENT_GIVEN);
      assertThat(adult.decide(camera(), Optional.empty()).reason())
          .isEqualTo(DecisionReason.NO_CONSENT);
      assertThat(adult.decide(paymentAccount(), Optional.empty()).reason())
          .isEqualTo(DecisionReason.NO_CONSENT);
    }

    @Test
    void a_necessary_but_sensitive_purpose_needs_its_own_consent_too() {
      assertThat(paymentAccount().needsOwnConsent()).isTrue();
      ConsentEntry payment = give(adult, paymentAccount(), aliceIn(ConsentChannel.POPUP), T0);

      Decision decision = adult.decide(paymentAccount(), Optional.of(payment));
      assertThat(decision.allowed()).isTrue();
      assertThat(decision.reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
      assertThat(decision.entrySequence()).isEqualTo(payment.sequence());
    }

    @Test
    void consent_to_a_purpose_not_in_the_policy_in_force_is_refused() {
      Purpose upcoming =
          purpose("device.bluetooth", Necessity.OPTIONAL, false, false, List.of(), SECOND, null);
      Purpose retired =
          purpose("device.fax", Necessity.OPTIONAL, false, false, List.of(), FIRST, SECOND);

      assertInvalid(
          () ->
              adult.give(
                  upcoming, ONLY_FIRST, FIRST, aliceIn(ConsentChannel.POPUP), Optional.empty(), T0),
          "purpose");
      assertInvalid(
          () ->
              adult.give(
                  retired, BOTH, SECOND, aliceIn(ConsentChannel.POPUP), Optional.empty(), T0),
          "purpose");
      assertThat(
              adult.give(
                  upcoming, BOTH, SECOND, aliceIn(ConsentChannel.POPUP), Optional.empty(), T0))
          .isPresent();
    }

    @Test
    void giving_again_what_is_in_force_records_nothing() {
      ConsentEntry first = give(adult, camera(), aliceIn(ConsentChannel.POPUP), T0);

      assertThat(
              adult.give(
                  camera(),
                  ONLY_FIRST,
                  FIRST,
                  aliceIn(ConsentChannel.SETTINGS),
                  Optional.of(first),
                  LATER))
          .isEmpty();
    }

    @Test
    void giving_again_after_a_withdrawal_records_a_new_entry() {
      ConsentEntry given = give(adult, camera(), aliceIn(ConsentChannel.POPUP), T0);
      ConsentEntry withdrawn = withdraw(adult, camera(), aliceIn(ConsentChannel.SETTINGS), given);

      Optional<ConsentEntry> again =
          adult.give(
              camera(),
              ONLY_FIRST,
              FIRST,
              aliceIn(ConsentChannel.SETTINGS),
              Optional.of(withdrawn),
              LATER);

      assertThat(again).get().extracting(ConsentEntry::action).isEqualTo(ConsentAction.GIVEN);
    }

    @Test
    void an_on_site_notice_counts_only_where_the_purpose_allows_implied_consent() {
      ConsentAct beauticianNotice =
          new ConsentAct(ALICE, ConsentChannel.ONSITE_NOTICE, ActedAs.SELF, ALICE, "beautician-7");

      assertThat(
              adult.give(
                  serviceRecording(), ONLY_FIRST, FIRST, beauticianNotice, Optional.empty(), T0))
          .get()
          .extracting(ConsentEntry::recordedBy)
          .isEqualTo("beautician-7");
      assertInvalid(
          () ->
              adult.give(
                  preciseLocation(), ONLY_FIRST, FIRST, beauticianNotice, Optional.empty(), T0),
          "channel");
    }
  }

  @Nested
  class WhoMayAct {

    @Test
    void in_the_app_nobody_acts_for_someone_else() {
      ConsentAct forged =
          new ConsentAct(ALICE, ConsentChannel.POPUP, ActedAs.SELF, ALICE, STRANGER);

      assertKind(
          () -> adult.give(camera(), ONLY_FIRST, FIRST, forged, Optional.empty(), T0),
          Kind.FORBIDDEN);
    }

    @Test
    void customer_service_records_the_persons_own_consent() {
      ConsentAct byPhone =
          new ConsentAct(ALICE, ConsentChannel.CUSTOMER_SERVICE, ActedAs.SELF, ALICE, "cs.agent");

      ConsentEntry entry = give(adult, camera(), byPhone, T0);

      assertThat(entry.actor()).isEqualTo("u-alice");
      assertThat(entry.recordedBy()).isEqualTo("cs.agent");
    }

    @Test
    void acting_as_self_the_actor_is_the_person() {
      ConsentAct impostor =
          new ConsentAct(
              ALICE,
              ConsentChannel.CUSTOMER_SERVICE,
              ActedAs.SELF,
              new SubjectId(STRANGER),
              "cs.agent");

      assertKind(
          () -> adult.give(camera(), ONLY_FIRST, FIRST, impostor, Optional.empty(), T0),
          Kind.FORBIDDEN);
    }

    @Test
    void nobody_is_recorded_without_someone_recording_it() {
      ConsentAct anonymous =
          new ConsentAct(ALICE, ConsentChannel.CUSTOMER_SERVICE, ActedAs.SELF, ALICE, "  ");

      assertKind(
          () -> adult.give(camera(), ONLY_FIRST, FIRST, anonymous, Optional.empty(), T0),
          Kind.FORBIDDEN);
    }

    @Test
    void a_guardian_acting_for_someone_who_is_not_their_child_is_forbidden() {
      DomainException notAChild =
          assertKind(
              () ->
                  adult.give(
                      camera(),
                      ONLY_FIRST,
                      FIRST,
                      guardian("u-alice", MOTHER, ConsentChannel.POPUP),
                      Optional.empty(),
                      T0),
              Kind.FORBIDDEN);
      assertThat(notAChild.getMessage()).contains("not the recorded guardian");

      assertKind(
          () ->
              child.give(
                  camera(),
                  ONLY_FIRST,
                  FIRST,
                  guardian("u-kid", STRANGER, ConsentChannel.POPUP),
                  Optional.empty(),
                  T0),
          Kind.FORBIDDEN);
    }
  }

  @Nested
  class Withdrawing {

    @Test
    void withdrawing_a_necessary_purpose_is_refused_in_favour_of_account_cancellation() {
      DomainException refused =
          assertKind(
              () ->
                  adult.withdraw(
                      accountPhone(),
                      FIRST,
                      aliceIn(ConsentChannel.SETTINGS),
                      Optional.empty(),
                      T0),
              Kind.CONFLICT);

      assertThat(refused.getMessage()).contains("account.phone").contains("cancel the account");
    }

    @Test
    void a_necessary_sensitive_purpose_cannot_be_withdrawn_either() {
      ConsentEntry payment = give(adult, paymentAccount(), aliceIn(ConsentChannel.POPUP), T0);

      assertKind(
          () ->
              adult.withdraw(
                  paymentAccount(),
                  FIRST,
                  aliceIn(ConsentChannel.SETTINGS),
                  Optional.of(payment),
                  T0),
          Kind.CONFLICT);
    }

    @Test
    void withdrawal_is_recorded_and_takes_effect_at_the_next_decision() {
      ConsentEntry given = give(adult, preciseLocation(), aliceIn(ConsentChannel.POPUP), T0);
      ConsentEntry withdrawn =
          withdraw(adult, preciseLocation(), aliceIn(ConsentChannel.SETTINGS), given);

      assertThat(withdrawn.action()).isEqualTo(ConsentAction.WITHDRAWN);
      Decision decision = adult.decide(preciseLocation(), Optional.of(withdrawn));
      assertThat(decision.allowed()).isFalse();
      assertThat(decision.reason()).isEqualTo(DecisionReason.WITHDRAWN);
      assertThat(decision.entrySequence()).isEqualTo(withdrawn.sequence());
    }

    @Test
    void refusing_an_optional_purpose_never_blocks_a_necessary_one() {
      ConsentEntry given = give(adult, preciseLocation(), aliceIn(ConsentChannel.POPUP), T0);
      withdraw(adult, preciseLocation(), aliceIn(ConsentChannel.SETTINGS), given);

      assertThat(adult.decide(accountPhone(), Optional.empty()))
          .isEqualTo(Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
      assertThat(adult.decide(usageLogs(), Optional.empty()).allowed()).isTrue();
    }

    @Test
    void there_must_be_a_consent_to_withdraw_and_withdrawing_twice_records_once() {
      assertKind(
          () ->
              adult.withdraw(
                  camera(), FIRST, aliceIn(ConsentChannel.SETTINGS), Optional.empty(), T0),
          Kind.CONFLICT);

      ConsentEntry given = give(adult, camera(), aliceIn(ConsentChannel.POPUP), T0);
      ConsentEntry withdrawn = withdraw(adult, camera(), aliceIn(ConsentChannel.SETTINGS), given);
      assertThat(
              adult.withdraw(
                  camera(), FIRST, aliceIn(ConsentChannel.SETTINGS), Optional.of(withdrawn), T0))
          .isEmpty();
    }
  }

  @Nested
  class Children {

    @Test
    void a_childs_own_consent_to_an_optional_purpose_is_refused() {
      DomainException refused =
          assertKind(
              () ->
                  child.give(
                      camera(),
                      ONLY_FIRST,
                      FIRST,
                      self("u-kid", ConsentChannel.POPUP),
                      Optional.empty(),
                      T0),
              Kind.FORBIDDEN);
      assertThat(refused.getMessage()).contains("guardian");
    }

    @Test
    void the_recorded_guardian_consents_for_the_child() {
      ConsentEntry entry =
          give(child, camera(), guardian("u-kid", MOTHER, ConsentChannel.POPUP), T0);

      assertThat(entry.subjectId()).isEqualTo("u-kid");
      assertThat(entry.actor()).isEqualTo(MOTHER);
      assertThat(entry.actedAs()).isEqualTo(ActedAs.GUARDIAN);
      assertThat(child.decide(camera(), Optional.of(entry)).reason())
          .isEqualTo(DecisionReason.CONSENT_GIVEN);
    }

    @Test
    void consent_a_child_gave_before_being_marked_no_longer_counts() {
      ConsentRules beforeMarking = new ConsentRules(KID, Optional.empty(), Optional.empty());
      ConsentEntry own = give(beforeMarking, camera(), self("u-kid", ConsentChannel.POPUP), T0);
      ConsentEntry accepted =
          append(
              beforeMarking
                  .accept(
                      List.of(accountPhone()),
                      ONLY_FIRST,
                      FIRST,
                      self("u-kid", ConsentChannel.POPUP),
                      Map.of(),
                      T0)
                  .get(0));

      assertThat(beforeMarking.decide(camera(), Optional.of(own)).allowed()).isTrue();
      assertThat(child.decide(camera(), Optional.of(own)).reason())
          .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
      assertThat(child.decide(accountPhone(), Optional.of(accepted)).reason())
          .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
      assertThat(child.decide(camera(), Optional.empty()).reason())
          .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    }

    @Test
    void a_childs_necessary_purposes_run_once_the_guardian_accepted_the_policy() {
      ConsentEntry accepted =
          append(
              child
                  .accept(
                      List.of(accountPhone()),
                      ONLY_FIRST,
                      FIRST,
                      guardian("u-kid", MOTHER, ConsentChannel.POPUP),
                      Map.of(),
                      T0)
                  .get(0));

      assertThat(child.decide(accountPhone(), Optional.of(accepted)))
          .isEqualTo(Decision.of(DecisionReason.NECESSARY_PURPOSE, accepted.sequence()));
    }

    @Test
    void a_child_may_still_withdraw_themselves() {
      ConsentEntry given =
          give(child, camera(), guardian("u-kid", MOTHER, ConsentChannel.POPUP), T0);

      ConsentEntry withdrawn =
          withdraw(child, camera(), self("u-kid", ConsentChannel.SETTINGS), given);

      assertThat(child.decide(camera(), Optional.of(withdrawn)).reason())
          .isEqualTo(DecisionReason.WITHDRAWN);
    }
  }

  @Nested
  class AfterAMajorChange {

    final ReconsentRequirement marked = new ReconsentRequirement("u-alice", SECOND, LATER);
    final ConsentRules afterChange = new ConsentRules(ALICE, Optional.empty(), Optional.of(marked));

    @Test
    void an_optional_consent_given_before_the_change_must_be_given_again() {
      ConsentEntry before = give(adult, preciseLocation(), aliceIn(ConsentChannel.POPUP), T0);

      Decision decision = afterChange.decide(preciseLocation(), Optional.of(before));

      assertThat(decision.allowed()).isFalse();
      assertThat(decision.reason()).isEqualTo(DecisionReason.RECONSENT_REQUIRED);
      assertThat(decision.entrySequence()).isEqualTo(before.sequence());
    }

    @Test
    void consent_given_again_under_the_new_version_counts() {
      ConsentEntry before = give(adult, preciseLocation(), aliceIn(ConsentChannel.POPUP), T0);

      ConsentEntry again =
          append(
              afterChange
                  .give(
                      preciseLocation(),
                      BOTH,
                      SECOND,
                      aliceIn(ConsentChannel.POPUP),
                      Optional.of(before),
                      LATER.plusSeconds(60))
                  .orElseThrow());

      assertThat(again.policyVersion()).isEqualTo(SECOND);
      assertThat(afterChange.decide(preciseLocation(), Optional.of(again)).reason())
          .isEqualTo(DecisionReason.CONSENT_GIVEN);
    }

    @Test
    void necessary_purposes_go_on() {
      ConsentEntry accepted =
          append(
              adult
                  .accept(
                      List.of(accountPhone()),
                      ONLY_FIRST,
                      FIRST,
                      aliceIn(ConsentChannel.POPUP),
                      Map.of(),
                      T0)
                  .get(0));

      assertThat(afterChange.decide(accountPhone(), Optional.of(accepted)).reason())
          .isEqualTo(DecisionReason.NECESSARY_PURPOSE);
    }
  }

  @Test
  void the_latest_entry_per_purpose_is_the_one_in_force() {
    ConsentEntry camera1 = give(adult, camera(), aliceIn(ConsentChannel.POPUP), T0);
    ConsentEntry location = give(adult, preciseLocation(), aliceIn(ConsentChannel.POPUP), T0);
    ConsentEntry camera2 = withdraw(adult, camera(), aliceIn(ConsentChannel.SETTINGS), camera1);

    assertThat(ConsentRules.latestPerPurpose(List.of(camera2, location, camera1)))
        .containsEntry("device.camera", camera2)
        .containsEntry("location.precise", location)
        .hasSize(2);
  }

  @Test
  void rules_refuse_facts_about_someone_else() {
    assertThatThrownBy(() -> new ConsentRules(ALICE, Optional.of(kidStatus), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                adult.give(
                    camera(),
                    ONLY_FIRST,
                    FIRST,
                    self("u-bob", ConsentChannel.POPUP),
                    Optional.empty(),
                    T0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
