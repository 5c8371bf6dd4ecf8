package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * Transfers of personal information abroad (DATA-4, Part 2 §IV(3)). All personal information stays
 * in the PRC; a transfer abroad is refused unless the planned transfer has a completed impact
 * assessment found acceptable <em>and</em> the person (for a child: their recorded guardian) gave
 * separate consent to that very transfer after being told its recipient, country, purpose,
 * categories and safeguards. Every decision is audited, refusals included. Refusals of input are
 * {@link com.meike.privacy.kernel.problem.DomainException}s naming the field.
 */
@Local
public interface CrossBorderTransfers {

  /** Registers a planned transfer (state PLANNED); audited. */
  TransferView register(TransferPlan plan, String actor);

  /**
   * Records the transfer's completed impact assessment; {@code conclusion} ACCEPTABLE makes it
   * ASSESSED, NOT_ACCEPTABLE makes it REJECTED for good. Audited.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown transfer;
   *     CONFLICT when already assessed
   */
  TransferView assess(String transferId, TransferAssessment assessment, String actor);

  /** Every registered transfer, newest first. */
  List<TransferView> transfers();

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND
   */
  TransferView transfer(String transferId);

  /**
   * The assessed transfers a person may consent to, with what they are to be told and their answer.
   */
  List<OfferedTransfer> offeredTo(@NotNull(message = "is required") @Valid SubjectId subject);

  /**
   * Gives ({@code GIVEN}) or withdraws ({@code WITHDRAWN}) the person's separate consent to one
   * transfer; {@code actor} is the person or, for a child, their recorded guardian. Giving again
   * what is in force records nothing. Audited.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT when the transfer is not (or
   *     not acceptably) assessed, or there is nothing to withdraw; FORBIDDEN when the actor may not
   *     act for the person
   */
  TransferConsentView consent(
      String transferId,
      @NotNull(message = "is required") @Valid SubjectId subject,
      String action,
      String channel,
      String actor);

  /**
   * May the person's information go abroad under this transfer now? Audited either way with {@code
   * askedBy}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown transfer
   */
  TransferDecision check(
      @NotNull(message = "is required") @Valid SubjectId subject,
      String transferId,
      String askedBy);

  /** What a planned transfer is: what the person must be told (Part 2 §IV(3)). */
  record TransferPlan(
      String recipient,
      String country,
      String purpose,
      List<String> dataCategories,
      String safeguards) {}

  /** The outcome of the impact assessment and the reference of its report. */
  record TransferAssessment(String conclusion, String reference, String summary) {}

  record TransferView(
      String id,
      String recipient,
      String country,
      String purpose,
      List<String> dataCategories,
      String safeguards,
      String state,
      String registeredBy,
      Instant registeredAt,
      String assessmentReference,
      String assessmentSummary,
      String assessedBy,
      Instant assessedAt) {}

  /**
   * An assessed transfer as the person sees it, with their consent in force (GIVEN, WITHDRAWN or
   * NONE).
   */
  record OfferedTransfer(
      String id,
      String recipient,
      String country,
      String purpose,
      List<String> dataCategories,
      String safeguards,
      String consent) {}

  record TransferConsentView(
      long sequence,
      String transferId,
      String subject,
      String action,
      String channel,
      String actor,
      String actedAs,
      Instant occurredAt) {}

  /** The answer: allowed or not, why, and the consent entry it rests on (null when none). */
  record TransferDecision(boolean allowed, String reason, Long consentSequence) {}
}
