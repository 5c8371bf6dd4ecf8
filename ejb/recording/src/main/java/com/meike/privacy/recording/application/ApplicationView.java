package com.meike.privacy.recording.application;

import java.time.Instant;
import java.util.List;

/** An application as its applicant and approvers see it. {@code grantId} is set once granted. */
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
    String grantId) {

  /** One approver's decision on one step. */
  public record DecisionView(String step, String approver, boolean approved, String comment, Instant decidedAt) {}
}
