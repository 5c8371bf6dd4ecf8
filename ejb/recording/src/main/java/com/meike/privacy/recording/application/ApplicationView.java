package com.meike.privacy.recording.application;

import java.time.Instant;
import java.util.List;

/**
 * An application as its applicant and approvers see it. {@code grantId} is set once granted; {@code
 * condition} says which condition of the use was met (REC-7), null for uses without one.
 */
public record ApplicationView(
    String id,
    String orderNumber,
    String use,
    String reason,
    String applicant,
    Instant appliedAt,
    String status,
    String firstApprover,
    String secondApprover,
    List<DecisionView> decisions,
    String grantId,
    ConditionView condition) {

  /** Without a condition (uses that have none). */
  public ApplicationView(
      String id,
      String orderNumber,
      String use,
      String reason,
      String applicant,
      Instant appliedAt,
      String status,
      String firstApprover,
      String secondApprover,
      List<DecisionView> decisions,
      String grantId) {
    this(
        id,
        orderNumber,
        use,
        reason,
        applicant,
        appliedAt,
        status,
        firstApprover,
        secondApprover,
        decisions,
        grantId,
        null);
  }

  /** One approver's decision on one step. */
  public record DecisionView(
      String step, String approver, boolean approved, String comment, Instant decidedAt) {}

  /**
   * The condition met (REC-7): its code and label, and what it rests on — the consent-ledger entry,
   * the complaint, or the recorded urgency; for urgent protection the after-the-fact review ({@code
   * reviewState} PENDING, JUSTIFIED or NOT_JUSTIFIED).
   */
  public record ConditionView(
      String condition,
      String label,
      Long consentEntry,
      String complaintNumber,
      String urgency,
      String reviewState,
      String reviewedBy,
      Instant reviewedAt,
      String reviewComment) {}
}
