package com.meike.privacy.recording.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.problem.DomainException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** REC-7: the conditions of the allowed uses are checked, not only their names. */
@Tag("REC-7")
class UseConditionTest {

  static final Instant APPLIED = Instant.parse("2026-11-29T08:00:00Z");
  static final String URGENCY = "顾客来电称美容师离开后家中财物失窃，需立即核实 Theft reported right after the visit";

  static RecordingAccessApplication submit(AllowedUse use, ConditionEvidence evidence) {
    return RecordingAccessApplication.submit(
        "app-1",
        OrderNumber.of("MK2026112900000123"),
        use,
        new AccessReason("needed to settle what happened during the visit"),
        "ops.agent",
        new ApprovalRoute("ops.head", "sec.head"),
        APPLIED,
        evidence);
  }

  @Test
  @DisplayName("REC-7: dispute evidence without a party's consent or a complaint is refused")
  void dispute_evidence_needs_consent_or_complaint() {
    DomainException refused =
        catchThrowableOfType(
            DomainException.class,
            () ->
                ConditionEvidence.establish(
                    AllowedUse.DISPUTE_EVIDENCE, Optional.empty(), Optional.empty(), null, null));
    assertThat(refused.kind()).isEqualTo(Kind.FORBIDDEN);
    assertThat(refused.getMessage()).contains("service.recording.dispute-evidence");
    assertThatThrownBy(() -> submit(AllowedUse.DISPUTE_EVIDENCE, ConditionEvidence.NONE))
        .isInstanceOf(DomainException.class);
  }

  @Test
  @DisplayName(
      "REC-7: dispute evidence names the condition met — the complaint first, else whose consent")
  void dispute_evidence_names_the_condition_met() {
    assertThat(
            ConditionEvidence.establish(
                    AllowedUse.DISPUTE_EVIDENCE, Optional.of(3L), Optional.of(4L), "C1", null)
                .condition())
        .isEqualTo(UseCondition.COMPLAINT);
    assertThat(
            ConditionEvidence.establish(
                AllowedUse.DISPUTE_EVIDENCE, Optional.of(3L), Optional.empty(), null, null))
        .isEqualTo(new ConditionEvidence(UseCondition.CUSTOMER_CONSENT, 3L, null, null));
    ConditionEvidence beautician =
        ConditionEvidence.establish(
            AllowedUse.DISPUTE_EVIDENCE, Optional.empty(), Optional.of(4L), null, null);
    assertThat(beautician.condition()).isEqualTo(UseCondition.BEAUTICIAN_CONSENT);
    RecordingAccessApplication application = submit(AllowedUse.DISPUTE_EVIDENCE, beautician);
    assertThat(application.condition()).contains(UseCondition.BEAUTICIAN_CONSENT);
    assertThat(application.consentEntry()).contains(4L);
    assertThat(application.reviewState()).isEmpty();
  }

  @Test
  @DisplayName("REC-7: urgent protection needs its urgency recorded, and only it records one")
  void urgent_protection_needs_its_urgency() {
    DomainException missing =
        catchThrowableOfType(
            DomainException.class,
            () ->
                ConditionEvidence.establish(
                    AllowedUse.URGENT_PROTECTION, Optional.empty(), Optional.empty(), null, "  "));
    assertThat(missing.field()).isEqualTo("urgency");
    DomainException elsewhere =
        catchThrowableOfType(
            DomainException.class,
            () ->
                ConditionEvidence.establish(
                    AllowedUse.RULE_SPOT_CHECK, Optional.empty(), Optional.empty(), null, URGENCY));
    assertThat(elsewhere.field()).isEqualTo("urgency");
    assertThat(
            ConditionEvidence.establish(
                AllowedUse.SAFETY_ANALYSIS, Optional.empty(), Optional.empty(), null, null))
        .isEqualTo(ConditionEvidence.NONE);
  }

  @Test
  @DisplayName("REC-7: an urgent access is reviewed afterwards, once, by someone not involved")
  void urgent_access_is_reviewed_afterwards() {
    RecordingAccessApplication application =
        submit(
            AllowedUse.URGENT_PROTECTION,
            ConditionEvidence.establish(
                AllowedUse.URGENT_PROTECTION, Optional.empty(), Optional.empty(), null, URGENCY));
    assertThat(application.reviewState()).contains(RecordingAccessApplication.ReviewState.PENDING);
    assertThat(application.condition()).contains(UseCondition.URGENCY_RECORDED);

    // not before the grant
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> application.reviewAfterwards("privacy.officer", true, null, APPLIED))
                .kind())
        .isEqualTo(Kind.CONFLICT);
    application.decide(ApprovalStep.DEPARTMENT_HEAD, "ops.head", true, null, APPLIED);
    application.decide(ApprovalStep.SECURITY_HEAD, "sec.head", true, null, APPLIED);
    application.issueGrant("grant-1", APPLIED, Duration.ofHours(24));

    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> application.reviewAfterwards("sec.head", true, null, APPLIED))
                .kind())
        .isEqualTo(Kind.FORBIDDEN);
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> application.reviewAfterwards("privacy.officer", false, " ", APPLIED))
                .field())
        .isEqualTo("comment");

    application.reviewAfterwards(
        "privacy.officer", false, "No threat was found on the call-back.", APPLIED);
    assertThat(application.reviewState())
        .contains(RecordingAccessApplication.ReviewState.NOT_JUSTIFIED);
    assertThat(application.reviewedBy()).contains("privacy.officer");
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> application.reviewAfterwards("legal.counsel", true, null, APPLIED))
                .kind())
        .isEqualTo(Kind.CONFLICT);
  }

  @Test
  @DisplayName("REC-7: a use without a condition is never reviewed afterwards")
  void no_review_without_urgency() {
    RecordingAccessApplication application =
        submit(AllowedUse.RULE_SPOT_CHECK, ConditionEvidence.NONE);
    assertThat(application.condition()).isEmpty();
    assertThat(
            catchThrowableOfType(
                    DomainException.class,
                    () -> application.reviewAfterwards("privacy.officer", true, null, APPLIED))
                .kind())
        .isEqualTo(Kind.CONFLICT);
  }
}
