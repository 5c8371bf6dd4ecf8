package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.purpose.PurposeCode;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The register of personal-information impact assessments (AUD-3, PIPL arts. 55–56) — the one place
 * every check that needs an assessment reads: the consent check for sensitive purposes and
 * automated decisions, the partner outbound path for sharing a purpose with a partner, the
 * cross-border check for a transfer abroad. The latest assessment not withdrawn for a processing
 * decides; only an ACCEPTABLE one allows it. Assessments are never deleted while in force nor
 * before their keeping period (at least three years) has passed. Registering and withdrawing are
 * audited.
 */
@Local
public interface ImpactAssessments {

  /**
   * Registers a completed assessment. For a transfer abroad, the transfer must be registered.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming the field ({@code
   *     processing}, {@code purpose} not in the catalogue, {@code partner}, {@code transfer},
   *     {@code conclusion}, {@code reference}, {@code summary}, {@code assessedOn}, {@code
   *     approvedBy})
   */
  AssessmentView register(AssessmentRecord record, String actor);

  /**
   * Withdraws an assessment: the processing it allowed is refused until another is registered.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND; CONFLICT when already
   *     withdrawn; INVALID_INPUT on {@code reason}
   */
  AssessmentView withdraw(String id, String reason, String actor);

  /** Every assessment, newest first. */
  List<AssessmentView> assessments();

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND
   */
  AssessmentView assessment(String id);

  /**
   * Sharing {@code purpose} with {@code partner}: the assessment in force that allows it, if any.
   */
  Optional<AssessmentView> allowingSharing(
      String partner, @NotNull(message = "is required") @Valid PurposeCode purpose);

  /**
   * What the privacy office records of an assessment.
   *
   * @param processing SENSITIVE_PROCESSING, AUTOMATED_DECISION, PARTNER_SHARING or
   *     CROSS_BORDER_TRANSFER
   * @param purpose the purpose code (all but a transfer abroad)
   * @param partner the partner id (PARTNER_SHARING only)
   * @param transfer the registered transfer's id (CROSS_BORDER_TRANSFER only)
   * @param conclusion ACCEPTABLE or NOT_ACCEPTABLE
   * @param assessedOn the date it was completed (China)
   * @param approvedBy who approved it
   */
  record AssessmentRecord(
      String processing,
      String purpose,
      String partner,
      String transfer,
      String conclusion,
      String reference,
      String summary,
      LocalDate assessedOn,
      String approvedBy) {}

  /** An assessment as the register shows it; {@code inForce} when it allows its processing now. */
  record AssessmentView(
      String id,
      String processing,
      String processingLabel,
      String purpose,
      String partner,
      String transfer,
      String conclusion,
      String reference,
      String summary,
      LocalDate assessedOn,
      String approvedBy,
      String registeredBy,
      Instant registeredAt,
      LocalDate keepUntil,
      boolean inForce,
      Instant withdrawnAt,
      String withdrawnBy,
      String withdrawalReason) {}
}
