package com.meike.privacy.identity.domain.account;

/**
 * Where an account stands with the extra identity or enterprise verification (ID-3), or for a
 * customer with the optional real-name verification (ID-4). All anyone is ever shown of it.
 */
public enum ExtraVerification {
  /** Customers who have not asked for real-name verification: nothing beyond the phone. */
  NOT_REQUIRED,
  /**
   * Beauticians and merchants until their verification is decided; anyone whose submission awaits
   * review.
   */
  PENDING,
  PASSED,
  FAILED
}
