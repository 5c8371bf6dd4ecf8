package com.meike.privacy.recording.domain.access;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * What an application shows for its use's condition (REC-7), as established by {@link #establish}:
 * the condition met, and the consent-ledger entry, complaint number or urgency it rests on.
 *
 * <p>The urgency may name people or places and is therefore never written to logs or the audit
 * detail; it is kept with the application like its reason.
 */
public record ConditionEvidence(
    UseCondition condition, Long consentEntry, String complaintNumber, String urgency) {

  public static final int MIN_URGENCY = 10;
  public static final int MAX_URGENCY = 1000;

  /** The consent purpose a party of the order gives for their recording to be dispute evidence. */
  public static final String DISPUTE_EVIDENCE_PURPOSE = "service.recording.dispute-evidence";

  /** Nothing needed (spot check, safety analysis). */
  public static final ConditionEvidence NONE = new ConditionEvidence(null, null, null, null);

  /**
   * Establishes the condition of {@code use} from what was found: the ledger entries of the
   * customer's and the beautician's consent in force (empty when none), the complaint that asks for
   * it (only from the complaint's own path), and the urgency the applicant recorded.
   *
   * @throws DomainException FORBIDDEN for dispute evidence with neither a consent nor a complaint;
   *     INVALID_INPUT on {@code urgency} when urgent protection has none (or too short or long), or
   *     when another use records one
   */
  public static ConditionEvidence establish(
      AllowedUse use,
      Optional<Long> customerConsent,
      Optional<Long> beauticianConsent,
      String complaintNumber,
      String urgency) {
    Objects.requireNonNull(use, "use");
    String trimmedUrgency = urgency == null || urgency.isBlank() ? null : urgency.strip();
    if (use != AllowedUse.URGENT_PROTECTION && trimmedUrgency != null) {
      throw DomainException.invalid(
          "urgency", "is recorded only for urgent protection (URGENT_PROTECTION)");
    }
    return switch (use) {
      case DISPUTE_EVIDENCE -> {
        if (complaintNumber != null && !complaintNumber.isBlank()) {
          yield new ConditionEvidence(UseCondition.COMPLAINT, null, complaintNumber.strip(), null);
        }
        if (customerConsent.isPresent()) {
          yield new ConditionEvidence(
              UseCondition.CUSTOMER_CONSENT, customerConsent.get(), null, null);
        }
        if (beauticianConsent.isPresent()) {
          yield new ConditionEvidence(
              UseCondition.BEAUTICIAN_CONSENT, beauticianConsent.get(), null, null);
        }
        throw DomainException.forbidden(
            "纠纷取证须经录音当事人同意：该订单的客户和美容师都没有同意将录音用作纠纷依据，也没有投诉要求调取"
                + " — dispute evidence needs the consent of a party of the order (neither its customer nor"
                + " its beautician consented to "
                + DISPUTE_EVIDENCE_PURPOSE
                + ") or a complaint that asks"
                + " for the recording (REC-7)");
      }
      case URGENT_PROTECTION -> {
        if (trimmedUrgency == null) {
          throw DomainException.invalid(
              "urgency",
              "urgent protection needs the urgency recorded: what is at stake and why consent cannot be obtained in time (REC-7)");
        }
        if (trimmedUrgency.length() < MIN_URGENCY || trimmedUrgency.length() > MAX_URGENCY) {
          throw DomainException.invalid(
              "urgency", "must be " + MIN_URGENCY + " to " + MAX_URGENCY + " characters long");
        }
        yield new ConditionEvidence(UseCondition.URGENCY_RECORDED, null, null, trimmedUrgency);
      }
      case RULE_SPOT_CHECK, SAFETY_ANALYSIS -> NONE;
    };
  }

  /** Never the urgency itself. */
  @Override
  public String toString() {
    return "ConditionEvidence[" + condition + "]";
  }
}
