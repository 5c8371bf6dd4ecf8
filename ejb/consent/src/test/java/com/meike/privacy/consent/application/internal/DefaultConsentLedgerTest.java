package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.meike.privacy.consent.application.ChildMarking;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.ConsentWithdrawn;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PurposeConsentState;
import com.meike.privacy.consent.domain.catalogue.CatalogueFixtures;
import com.meike.privacy.consent.domain.catalogue.Necessity;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultConsentLedgerTest {

  final ConsentServices services = new ConsentServices();

  @Nested
  class AcceptingThePolicy {

    @Test
    void records_the_necessary_purposes_only_and_audits_once() {
      List<ConsentEntryView> entries =
          services.ledger.acceptPolicy(
              new PolicyAcceptance(SubjectId.of("u-alice"), "POPUP", "SELF", "u-alice"), "u-alice");

      assertThat(entries)
          .extracting(ConsentEntryView::purpose)
          .containsExactlyInAnyOrder("account.phone", "usage.logs");
      assertThat(entries)
          .allSatisfy(
              entry -> {
                assertThat(entry.policyVersion()).isEqualTo("2026-01");
                assertThat(entry.action()).isEqualTo("GIVEN");
                assertThat(entry.occurredAt()).isEqualTo(ConsentServices.START);
              });
      assertThat(services.entries.stored).hasSize(2);
      assertThat(services.audits()).hasSize(1);
      AuditEvent audit = services.lastAudit();
      assertThat(audit.action()).isEqualTo("consent.policy-accepted");
      assertThat(audit.subjectType()).isEqualTo("consent-subject");
      assertThat(audit.subjectId()).isEqualTo("u-alice");
      assertThat(audit.actor()).isEqualTo("u-alice");
      assertThat(audit.detail()).contains("2026-01").contains("POPUP");
    }

    @Test
    void accepting_again_records_and_audits_nothing_and_returns_the_same_entries() {
      List<ConsentEntryView> first =
          services.ledger.acceptPolicy(
              new PolicyAcceptance(SubjectId.of("u-alice"), "POPUP", null, null), "u-alice");
      clearInvocations(services.auditTrail);

      List<ConsentEntryView> again =
          services.ledger.acceptPolicy(
              new PolicyAcceptance(SubjectId.of("u-alice"), "SETTINGS", "SELF", "u-alice"),
              "u-alice");

      assertThat(again).isEqualTo(first);
      assertThat(services.entries.stored).hasSize(2);
      verifyNoInteractions(services.auditTrail);
    }

    @Test
    void before_any_policy_is_published_nothing_can_be_accepted() {
      ConsentServices empty = new ConsentServices(CatalogueFixtures.catalogue(), false);

      assertKind(() -> empty.accepts("u-alice"), Kind.CONFLICT);
      assertThat(empty.entries.stored).isEmpty();
    }
  }

  @Nested
  class GivingAndWithdrawing {

    @Test
    void a_separate_consent_is_recorded_and_audited_without_contact_data() {
      ConsentEntryView entry =
          services.ledger.give(
              ConsentRequest.of("u-alice", "location.precise", "POPUP", "SELF", "u-alice"),
              "u-alice");

      assertThat(entry.sequence()).isEqualTo(1);
      assertThat(entry.purpose()).isEqualTo("location.precise");
      assertThat(entry.channel()).isEqualTo("POPUP");
      assertThat(entry.actedAs()).isEqualTo("SELF");
      AuditEvent audit = services.lastAudit();
      assertThat(audit.action()).isEqualTo("consent.given");
      assertThat(audit.subjectId()).isEqualTo("u-alice");
      assertThat(audit.detail())
          .contains("location.precise")
          .contains("2026-01")
          .contains("entry 1")
          .doesNotContainPattern("1[3-9][0-9]{9}");
    }

    @Test
    void a_withdrawal_is_recorded_audited_announced_and_refused_at_the_next_check() {
      services.gives("u-alice", "location.precise");
      assertThat(
              services
                  .check
                  .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                  .allowed())
          .isTrue();
      services.clock.advance(Duration.ofMinutes(5));

      ConsentEntryView withdrawal =
          services.ledger.withdraw(
              ConsentRequest.of("u-alice", "location.precise", "SETTINGS", "SELF", "u-alice"),
              "u-alice");

      assertThat(withdrawal.action()).isEqualTo("WITHDRAWN");
      assertThat(services.lastAudit().action()).isEqualTo("consent.withdrawn");
      verify(services.withdrawn)
          .fire(new ConsentWithdrawn("u-alice", "location.precise", withdrawal.sequence()));
      assertThat(
              services
                  .check
                  .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                  .reason())
          .isEqualTo(DecisionReason.WITHDRAWN);
      assertThat(services.entries.stored).hasSize(2);
    }

    @Test
    void withdrawing_a_necessary_purpose_is_refused_and_changes_nothing() {
      services.accepts("u-alice");
      int before = services.entries.stored.size();
      clearInvocations(services.auditTrail);

      DomainException refused =
          assertKind(() -> services.withdraws("u-alice", "account.phone"), Kind.CONFLICT);

      assertThat(refused.getMessage()).contains("cancel the account");
      assertThat(services.entries.stored).hasSize(before);
      verifyNoInteractions(services.auditTrail);
      verify(services.withdrawn, never()).fire(any());
    }

    @Test
    void unknown_purposes_and_bad_fields_are_named_and_change_nothing() {
      assertInvalid(() -> services.gives("u-alice", "marketing.resale"), "purpose");
      assertInvalid(() -> services.gives("u-alice", "not a code"), "purpose");
      assertInvalid(() -> services.gives("13812345678", "device.camera"), "subject");
      assertInvalid(
          () ->
              services.ledger.give(
                  ConsentRequest.of("u-alice", "device.camera", "CARRIER_PIGEON", "SELF", null),
                  "u-alice"),
          "channel");
      assertInvalid(
          () ->
              services.ledger.give(
                  ConsentRequest.of("u-alice", "device.camera", "POPUP", "UNCLE", null), "u-alice"),
          "actedAs");
      assertInvalid(
          () ->
              services.ledger.give(
                  ConsentRequest.of("u-kid", "device.camera", "POPUP", "GUARDIAN", null),
                  "u-mother"),
          "actor");
      assertInvalid(() -> services.ledger.give(null, "u-alice"), "subject");

      assertThat(services.entries.stored).isEmpty();
      verifyNoInteractions(services.auditTrail, services.withdrawn);
    }

    @Test
    void consent_to_a_purpose_not_in_the_current_version_is_refused() {
      ConsentServices withUpcoming =
          new ConsentServices(
              List.of(
                  CatalogueFixtures.accountPhone(),
                  CatalogueFixtures.purpose(
                      "device.nfc", Necessity.OPTIONAL, false, false, List.of(), "2026-07", null)),
              true);

      assertInvalid(() -> withUpcoming.gives("u-alice", "device.nfc"), "purpose");
      assertThat(withUpcoming.entries.stored).isEmpty();
    }

    @Test
    void someone_else_cannot_consent_for_a_person_in_the_app() {
      assertKind(
          () ->
              services.ledger.give(
                  ConsentRequest.of("u-alice", "device.camera", "POPUP", "SELF", "u-alice"),
                  "u-mallory"),
          Kind.FORBIDDEN);
      assertThat(services.entries.stored).isEmpty();
    }
  }

  @Nested
  class Children {

    @Test
    void the_recorded_guardian_consents_for_a_child_and_a_stranger_cannot() {
      services.register.markChild(
          new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "DECLARATION"),
          "cs.agent");

      assertKind(
          () ->
              services.ledger.give(
                  ConsentRequest.of("u-kid", "device.camera", "POPUP", "GUARDIAN", "u-stranger"),
                  "u-stranger"),
          Kind.FORBIDDEN);
      assertKind(() -> services.gives("u-kid", "device.camera"), Kind.FORBIDDEN);

      ConsentEntryView entry =
          services.ledger.give(
              ConsentRequest.of("u-kid", "device.camera", "POPUP", "GUARDIAN", "u-mother"),
              "u-mother");

      assertThat(entry.actor()).isEqualTo("u-mother");
      assertThat(entry.actedAs()).isEqualTo("GUARDIAN");
      assertThat(
              services.check.may(SubjectId.of("u-kid"), PurposeCode.of("device.camera")).reason())
          .isEqualTo(DecisionReason.CONSENT_GIVEN);
    }

    @Test
    void a_guardian_for_someone_who_is_not_their_child_is_forbidden() {
      assertKind(
          () ->
              services.ledger.give(
                  ConsentRequest.of(
                      "u-alice", "device.camera", "CUSTOMER_SERVICE", "GUARDIAN", "u-mother"),
                  "cs.agent"),
          Kind.FORBIDDEN);
      assertThat(services.entries.stored).isEmpty();
    }
  }

  @Nested
  class Reading {

    @Test
    void the_person_reads_their_history_and_state_without_an_audit_entry() {
      services.accepts("u-alice");
      services.gives("u-alice", "device.camera");
      services.withdraws("u-alice", "device.camera");
      clearInvocations(services.auditTrail);

      List<ConsentEntryView> history =
          services.ledger.history(SubjectId.of("u-alice"), "u-alice", false);
      List<PurposeConsentState> state =
          services.ledger.state(SubjectId.of("u-alice"), "u-alice", false);

      assertThat(history).extracting(ConsentEntryView::sequence).isSorted().hasSize(4);
      assertThat(history.get(3).action()).isEqualTo("WITHDRAWN");
      assertThat(state)
          .extracting(
              PurposeConsentState::purpose,
              PurposeConsentState::allowed,
              PurposeConsentState::reason)
          .contains(
              org.assertj.core.groups.Tuple.tuple("account.phone", true, "NECESSARY_PURPOSE"),
              org.assertj.core.groups.Tuple.tuple("device.camera", false, "WITHDRAWN"),
              org.assertj.core.groups.Tuple.tuple("location.precise", false, "NO_CONSENT"),
              org.assertj.core.groups.Tuple.tuple("payment.account", false, "NO_CONSENT"));
      verifyNoInteractions(services.auditTrail);
    }

    @Test
    void the_guardian_and_oversight_staff_read_audited_and_nobody_else_reads() {
      services.register.markChild(
          new ChildMarking(SubjectId.of("u-kid"), SubjectId.of("u-mother"), "BIRTH_DATE"),
          "cs.agent");
      clearInvocations(services.auditTrail);

      services.ledger.history(SubjectId.of("u-kid"), "u-mother", false);
      services.ledger.state(SubjectId.of("u-kid"), "privacy.officer", true);
      assertKind(
          () -> services.ledger.history(SubjectId.of("u-kid"), "u-stranger", false),
          Kind.FORBIDDEN);
      assertKind(() -> services.ledger.history(SubjectId.of("u-kid"), " ", true), Kind.FORBIDDEN);

      List<AuditEvent> audits = new ArrayList<>(services.audits());
      assertThat(audits)
          .extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::subjectId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("u-mother", "consent.history-viewed", "u-kid"),
              org.assertj.core.groups.Tuple.tuple(
                  "privacy.officer", "consent.state-viewed", "u-kid"));
    }
  }
}
