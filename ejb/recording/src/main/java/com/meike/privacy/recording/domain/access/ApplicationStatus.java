package com.meike.privacy.recording.domain.access;

import java.util.Optional;

/** Where a {@link RecordingAccessApplication} stands. Only the two awaiting states can change. */
public enum ApplicationStatus {
  /** Waiting for step 1, the head of the applicant's department (or its stand-in). */
  AWAITING_DEPARTMENT_HEAD,
  /** Step 1 approved; waiting for step 2, the head of security (or its stand-in). */
  AWAITING_SECURITY_HEAD,
  /** Both steps approved: a grant may be issued. */
  APPROVED,
  /** One of the approvers said no. Final. */
  REJECTED,
  /** The deadline passed before both decisions were made. Final. */
  LAPSED;

  /** Whether a decision is still expected. */
  public boolean isAwaiting() {
    return this == AWAITING_DEPARTMENT_HEAD || this == AWAITING_SECURITY_HEAD;
  }

  /** The step a decision is expected for, if any. */
  public Optional<ApprovalStep> awaitedStep() {
    return switch (this) {
      case AWAITING_DEPARTMENT_HEAD -> Optional.of(ApprovalStep.DEPARTMENT_HEAD);
      case AWAITING_SECURITY_HEAD -> Optional.of(ApprovalStep.SECURITY_HEAD);
      default -> Optional.empty();
    };
  }
}
