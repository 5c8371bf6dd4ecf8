package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static com.meike.privacy.consent.DomainExceptionAssertions.assertKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import com.meike.privacy.consent.domain.catalogue.CatalogueFixtures;
import com.meike.privacy.consent.domain.catalogue.Necessity;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.domain.ledger.ExceptionUse;
import com.meike.privacy.consent.domain.ledger.LegalException;
import com.meike.privacy.consent.domain.policy.PolicyVersion;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultConsentCheckTest {

  final ConsentServices services = new ConsentServices();

  @Nested
  class May {

    @Test
    void necessary_purposes_are_allowed_naming_the_acceptance() {
      services.accepts("u-alice");

      Decision decision =
          services.check.may(SubjectId.of("u-alice"), PurposeCode.of("account.phone"));

      assertThat(decision.allowed()).isTrue();
      assertThat(decision.reason()).isEqualTo(DecisionReason.NECESSARY_PURPOSE);
      assertThat(decision.entrySequence())
          .isEqualTo(services.entries.latest("u-alice", "account.phone").orElseThrow().sequence());
    }

    @Test
    void optional_purposes_need_their_own_consent() {
      services.accepts("u-alice");

      assertThat(services.check.may(SubjectId.of("u-alice"), PurposeCode.of("location.precise")))
          .isEqualTo(Decision.of(DecisionReason.NO_CONSENT, null));
      services.gives("u-alice", "location.precise");
      assertThat(
              services
                  .check
                  .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                  .reason())
          .isEqualTo(DecisionReason.CONSENT_GIVEN);
      assertThat(
              services.check.may(SubjectId.of("u-alice"), PurposeCode.of("device.camera")).reason())
          .isEqualTo(DecisionReason.NO_CONSENT);
    }

    @Test
    void checks_are_not_audited() {
      services.check.may(SubjectId.of("u-alice"), PurposeCode.of("device.camera"));

      verifyNoInteractions(services.auditTrail);
    }

    @Test
    void unknown_and_retired_purposes_and_malformed_subjects_are_refused_by_name() {
      ConsentServices withRetired =
          new ConsentServices(
              List.of(
                  CatalogueFixtures.camera(),
                  CatalogueFixtures.purpose(
                      "device.fax",
                      Necessity.OPTIONAL,
                      false,
                      false,
                      List.of(),
                      "2026-01",
                      "2026-02")),
              true);
      withRetired.policies.store(
          PolicyVersion.publish(
              "2026-02",
              2,
              "fax gone",
              "text",
              false,
              List.of(),
              "privacy.officer",
              ConsentServices.START));

      assertInvalid(
          () -> withRetired.check.may(SubjectId.of("u-alice"), PurposeCode.of("device.fax")),
          "purpose");
      assertInvalid(
          () -> services.check.may(SubjectId.of("u-alice"), PurposeCode.of("device.telepathy")),
          "purpose");
      assertInvalid(
          () -> services.check.may(SubjectId.of("u-alice"), PurposeCode.of(null)), "purpose");
      assertInvalid(
          () -> services.check.may(SubjectId.of("13812345678"), PurposeCode.of("device.camera")),
          "subject");
      assertThat(
              withRetired
                  .check
                  .may(SubjectId.of("u-alice"), PurposeCode.of("device.camera"))
                  .reason())
          .isEqualTo(DecisionReason.NO_CONSENT);
    }
  }

  @Nested
  class UnderANamedException {

    @Test
    void is_allowed_registered_with_its_reason_and_audited_without_it() {
      Decision decision =
          services.check.mayUnderException(
              SubjectId.of("u-alice"),
              PurposeCode.of("location.precise"),
              LegalException.VITAL_INTERESTS,
              "sec.head",
              "顾客在服务中晕倒，需要定位送医");

      assertThat(decision.allowed()).isTrue();
      assertThat(decision.reason()).isEqualTo(DecisionReason.NAMED_EXCEPTION);
      assertThat(decision.entrySequence()).isNull();
      ExceptionUse use = services.exceptionUses.find(decision.exceptionUseId()).orElseThrow();
      assertThat(use.legalException()).isEqualTo(LegalException.VITAL_INTERESTS);
      assertThat(use.reason()).isEqualTo("顾客在服务中晕倒，需要定位送医");
      assertThat(use.actor()).isEqualTo("sec.head");
      assertThat(use.usedAt()).isEqualTo(ConsentServices.START);

      AuditEvent audit = services.lastAudit();
      assertThat(audit.action()).isEqualTo("consent.exception-used");
      assertThat(audit.actor()).isEqualTo("sec.head");
      assertThat(audit.subjectType()).isEqualTo("consent-subject");
      assertThat(audit.subjectId()).isEqualTo("u-alice");
      assertThat(audit.detail())
          .contains("(4) VITAL_INTERESTS")
          .contains("location.precise")
          .contains(use.id())
          .doesNotContain("晕倒");
    }

    @Test
    void for_a_batch_of_people_registers_each_one_and_audits_the_batch_once_without_the_reason() {
      int recorded =
          services.check.mayUnderExceptionForAll(
              java.util.stream.Stream.of("u-carol", "u-alice", "u-bob", "u-alice")
                  .map(SubjectId::of)
                  .toList(),
              PurposeCode.of("location.precise"),
              LegalException.OTHER_LEGAL_PROVISION,
              "system",
              "上海上门服务停运：交易记录存入档案库");

      assertThat(recorded).isEqualTo(3);
      for (String person : List.of("u-alice", "u-bob", "u-carol")) {
        assertThat(services.exceptionUses.forSubject(person))
            .singleElement()
            .satisfies(
                use -> {
                  assertThat(use.legalException()).isEqualTo(LegalException.OTHER_LEGAL_PROVISION);
                  assertThat(use.reason()).isEqualTo("上海上门服务停运：交易记录存入档案库");
                });
      }
      assertThat(services.audits()).singleElement();
      AuditEvent audit = services.lastAudit();
      assertThat(audit.action()).isEqualTo("consent.exception-used");
      assertThat(audit.detail())
          .contains("location.precise")
          .contains("3 [u-alice..u-carol] sha256 ")
          .contains(
              com.meike.privacy.kernel.rights.DisposalDigest.of(
                      List.of("u-alice", "u-bob", "u-carol"))
                  .sha256())
          .doesNotContain("停运");
      assertKind(
          () ->
              services.check.mayUnderExceptionForAll(
                  List.of(SubjectId.of("u-alice")),
                  PurposeCode.of("location.precise"),
                  LegalException.VITAL_INTERESTS,
                  " ",
                  "x"),
          Kind.FORBIDDEN);
    }

    @Test
    void applies_even_where_consent_was_withdrawn_and_does_not_touch_the_ledger() {
      services.gives("u-alice", "location.precise");
      services.withdraws("u-alice", "location.precise");
      int entries = services.entries.stored.size();

      assertThat(
              services
                  .check
                  .mayUnderException(
                      SubjectId.of("u-alice"),
                      PurposeCode.of("location.precise"),
                      LegalException.CRIMINAL_JUSTICE,
                      "legal.counsel",
                      "公安机关调查函 2026-031")
                  .allowed())
          .isTrue();
      assertThat(
              services
                  .check
                  .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                  .reason())
          .isEqualTo(DecisionReason.WITHDRAWN);
      assertThat(services.entries.stored).hasSize(entries);
    }

    @Test
    void needs_a_named_exception_a_reason_an_actor_and_a_catalogued_purpose() {
      assertInvalid(
          () ->
              services.check.mayUnderException(
                  SubjectId.of("u-alice"),
                  PurposeCode.of("location.precise"),
                  null,
                  "sec.head",
                  "reason"),
          "exception");
      assertInvalid(
          () ->
              services.check.mayUnderException(
                  SubjectId.of("u-alice"),
                  PurposeCode.of("location.precise"),
                  LegalException.NATIONAL_SECURITY,
                  "sec.head",
                  " "),
          "reason");
      assertKind(
          () ->
              services.check.mayUnderException(
                  SubjectId.of("u-alice"),
                  PurposeCode.of("location.precise"),
                  LegalException.NATIONAL_SECURITY,
                  null,
                  "reason"),
          Kind.FORBIDDEN);
      assertInvalid(
          () ->
              services.check.mayUnderException(
                  SubjectId.of("u-alice"),
                  PurposeCode.of("marketing.resale"),
                  LegalException.OTHER_LEGAL_PROVISION,
                  "x",
                  "reason"),
          "purpose");

      assertThat(services.exceptionUses.stored).isEmpty();
      verifyNoInteractions(services.auditTrail);
    }
  }
}
