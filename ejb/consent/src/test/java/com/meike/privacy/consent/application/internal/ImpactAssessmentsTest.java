package com.meike.privacy.consent.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.consent.application.ImpactAssessments.AssessmentRecord;
import com.meike.privacy.consent.application.ImpactAssessments.AssessmentView;
import com.meike.privacy.consent.domain.assessment.AssessedProcessing;
import com.meike.privacy.consent.domain.assessment.ImpactAssessment;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The register of impact assessments (AUD-3) and the consent check that reads it: sensitive
 * processing without an assessment in force is refused; withdrawn assessments stay on record for
 * their keeping period and only then go.
 */
@Tag("AUD-3")
class ImpactAssessmentsTest {

  final ConsentServices services = new ConsentServices();
  final DefaultImpactAssessments register = new DefaultImpactAssessments();
  final ImpactAssessmentRetention retention = new ImpactAssessmentRetention();

  @BeforeEach
  void wire() {
    services.assessments.stored.clear();
    register.assessments = services.assessments;
    register.purposes = services.purposes;
    register.transfers = new InMemoryCrossBorder();
    register.auditTrail = services.auditTrail;
    register.clock = services.clock;
    register.keepYears = 3;
    retention.assessments = services.assessments;
    retention.auditTrail = services.auditTrail;
    retention.clock = services.clock;
  }

  AssessmentView sensitive(String purpose, String conclusion) {
    return register.register(
        new AssessmentRecord(
            "SENSITIVE_PROCESSING",
            purpose,
            null,
            null,
            conclusion,
            "PIA-2026-07",
            "定位数据的影响评估 Assessment of precise location",
            LocalDate.of(2026, 2, 1),
            "privacy.officer"),
        "privacy.officer");
  }

  @Test
  @DisplayName(
      "AUD-3: sensitive processing is refused without an assessment in force, allowed with one, refused again once withdrawn")
  void sensitiveProcessingNeedsAnAssessment() {
    services.accepts("u-alice");
    services.gives("u-alice", "location.precise");
    assertThat(
            services
                .check
                .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                .reason())
        .isEqualTo(DecisionReason.NO_IMPACT_ASSESSMENT);

    AssessmentView acceptable = sensitive("location.precise", "ACCEPTABLE");
    assertThat(acceptable.inForce()).isTrue();
    assertThat(
            services
                .check
                .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                .reason())
        .isEqualTo(DecisionReason.CONSENT_GIVEN);
    // a non-sensitive purpose never needed one
    assertThat(
            services.check.may(SubjectId.of("u-alice"), PurposeCode.of("account.phone")).reason())
        .isEqualTo(DecisionReason.NECESSARY_PURPOSE);

    register.withdraw(acceptable.id(), "数据处理方式已变更 the processing changed", "privacy.officer");
    assertThat(
            services
                .check
                .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                .reason())
        .isEqualTo(DecisionReason.NO_IMPACT_ASSESSMENT);
    assertThat(register.assessment(acceptable.id()).inForce()).isFalse();
  }

  @Test
  @DisplayName(
      "AUD-3: the latest assessment decides — one found not acceptable refuses what an older one allowed")
  void theLatestDecides() {
    services.accepts("u-alice");
    services.gives("u-alice", "location.precise");
    AssessmentView first = sensitive("location.precise", "ACCEPTABLE");
    services.clock.advance(Duration.ofMinutes(1));
    sensitive("location.precise", "NOT_ACCEPTABLE");

    assertThat(
            services
                .check
                .may(SubjectId.of("u-alice"), PurposeCode.of("location.precise"))
                .reason())
        .isEqualTo(DecisionReason.NO_IMPACT_ASSESSMENT);
    assertThat(register.assessments())
        .filteredOn(a -> a.id().equals(first.id()))
        .extracting(AssessmentView::inForce)
        .containsExactly(false);
  }

  @Test
  @DisplayName(
      "AUD-3: an assessment is kept at least three years — the retention rule deletes only withdrawn ones past that")
  void keptAtLeastThreeYears() {
    register.keepYears = 1; // configured shorter: the law's three years still hold
    AssessmentView kept = sensitive("location.precise", "ACCEPTABLE");
    assertThat(kept.keepUntil()).isEqualTo(LocalDate.of(2029, 2, 1));
    AssessmentView withdrawn = sensitive("payment.account", "ACCEPTABLE");
    register.withdraw(withdrawn.id(), "superseded", "privacy.officer");

    services.clock.advance(Duration.ofDays(365 * 2));
    assertThat(retention.deleteDue(100)).isZero();

    services.clock.advance(Duration.ofDays(365 + 30));
    assertThat(retention.deleteDue(100)).isEqualTo(1);
    assertThat(services.assessments.find(withdrawn.id())).isEmpty();
    assertThat(services.assessments.find(kept.id())).isPresent();
  }

  @Test
  @DisplayName(
      "AUD-3: what an assessment allows is named exactly; anything else is refused by field")
  void badInputIsRefusedByField() {
    DomainException e =
        catchThrowableOfType(
            () ->
                register.register(
                    new AssessmentRecord(
                        "PARTNER_SHARING",
                        "location.precise",
                        null,
                        null,
                        "ACCEPTABLE",
                        "r",
                        "s",
                        LocalDate.of(2026, 1, 1),
                        "p"),
                    "privacy.officer"),
            DomainException.class);
    assertThat(e.field()).isEqualTo("partner");
    e =
        catchThrowableOfType(
            () ->
                register.register(
                    new AssessmentRecord(
                        "CROSS_BORDER_TRANSFER",
                        null,
                        null,
                        "cbt-nowhere",
                        "ACCEPTABLE",
                        "r",
                        "s",
                        LocalDate.of(2026, 1, 1),
                        "p"),
                    "privacy.officer"),
            DomainException.class);
    assertThat(e.field()).isEqualTo("transfer");
    e =
        catchThrowableOfType(
            () ->
                register.register(
                    new AssessmentRecord(
                        "SENSITIVE_PROCESSING",
                        "no.such",
                        null,
                        null,
                        "ACCEPTABLE",
                        "r",
                        "s",
                        LocalDate.of(2026, 1, 1),
                        "p"),
                    "privacy.officer"),
            DomainException.class);
    assertThat(e.field()).isEqualTo("purpose");
    e =
        catchThrowableOfType(
            () ->
                register.register(
                    new AssessmentRecord(
                        "GUESSING",
                        "location.precise",
                        null,
                        null,
                        "ACCEPTABLE",
                        "r",
                        "s",
                        LocalDate.of(2026, 1, 1),
                        "p"),
                    "privacy.officer"),
            DomainException.class);
    assertThat(e.field()).isEqualTo("processing");
    e =
        catchThrowableOfType(
            () ->
                register.register(
                    new AssessmentRecord(
                        "SENSITIVE_PROCESSING",
                        "location.precise",
                        null,
                        null,
                        "ACCEPTABLE",
                        "r",
                        "s",
                        LocalDate.of(2027, 1, 1),
                        "p"),
                    "privacy.officer"),
            DomainException.class);
    assertThat(e.field()).isEqualTo("assessedOn");
    AssessmentView a = sensitive("location.precise", "ACCEPTABLE");
    register.withdraw(a.id(), "done", "privacy.officer");
    assertThat(
            catchThrowableOfType(
                    () -> register.withdraw(a.id(), "again", "privacy.officer"),
                    DomainException.class)
                .kind())
        .isEqualTo(Kind.CONFLICT);
    assertThat(AssessedProcessing.PARTNER_SHARING.key("payment.account", "alipay", null))
        .isEqualTo("PARTNER_SHARING:alipay/payment.account");
    assertThat(ImpactAssessment.MIN_KEEP_YEARS).isEqualTo(3);
  }

  /** No transfers abroad registered. */
  static final class InMemoryCrossBorder
      implements com.meike.privacy.consent.domain.crossborder.CrossBorderRepository {
    @Override
    public java.util.Optional<com.meike.privacy.consent.domain.crossborder.CrossBorderTransfer>
        find(String id) {
      return java.util.Optional.empty();
    }

    @Override
    public java.util.List<com.meike.privacy.consent.domain.crossborder.CrossBorderTransfer> all() {
      return java.util.List.of();
    }

    @Override
    public void store(com.meike.privacy.consent.domain.crossborder.CrossBorderTransfer t) {}

    @Override
    public void append(com.meike.privacy.consent.domain.crossborder.TransferConsent c) {}

    @Override
    public java.util.Optional<com.meike.privacy.consent.domain.crossborder.TransferConsent> latest(
        String s, String t) {
      return java.util.Optional.empty();
    }
  }
}
