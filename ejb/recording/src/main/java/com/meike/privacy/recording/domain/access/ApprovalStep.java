package com.meike.privacy.recording.domain.access;

/** The two approvals of REC-8, in order. */
public enum ApprovalStep {
  /** The head of the applicant's department (or the privacy officer when the applicant is that head). */
  DEPARTMENT_HEAD,
  /** The head of the security department (or the privacy officer when the applicant is that head). */
  SECURITY_HEAD
}
