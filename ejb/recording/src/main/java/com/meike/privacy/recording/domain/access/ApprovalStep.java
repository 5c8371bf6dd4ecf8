package com.meike.privacy.recording.domain.access;

/**
 * The two approvals of REC-8, in order. Who approves each step is fixed per application by {@link
 * ApprovalRoute} (one person per step, never the applicant, never the same person for both).
 */
public enum ApprovalStep {
  /**
   * The head of the applicant's department (or the privacy officer when the applicant is that head
   * or has none; the head of legal when the applicant is also the privacy officer).
   */
  DEPARTMENT_HEAD,
  /**
   * The head of the security department (or the privacy officer when the applicant is that head;
   * the head of legal when the privacy officer already approved step 1 or is the applicant).
   */
  SECURITY_HEAD
}
