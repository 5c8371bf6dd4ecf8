package com.meike.privacy.identity.domain.account;

/** Where an account stands with the extra identity or enterprise verification (ID-3). */
public enum ExtraVerification {
  /** Customers: nothing beyond the phone. */
  NOT_REQUIRED,
  /** Beauticians and merchants until their verification is recorded. */
  PENDING,
  PASSED,
  FAILED
}
