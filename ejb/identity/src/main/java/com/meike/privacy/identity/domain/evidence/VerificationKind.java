package com.meike.privacy.identity.domain.evidence;

import com.meike.privacy.identity.domain.account.AppRole;

/** Which verification an account's role calls for (ID-3) or allows (ID-4). */
public enum VerificationKind {
  /** A beautician's identity verification: an identity document and the holder's name. */
  IDENTITY,
  /**
   * A merchant's enterprise verification: unified social credit code, name, legal representative.
   */
  ENTERPRISE,
  /** A customer's optional real-name verification (ID-4). */
  REAL_NAME;

  public static VerificationKind forRole(AppRole role) {
    return switch (role) {
      case BEAUTICIAN -> IDENTITY;
      case MERCHANT -> ENTERPRISE;
      case CUSTOMER -> REAL_NAME;
    };
  }

  /** Whether the evidence is a personal identity document (else an enterprise credential). */
  public boolean personal() {
    return this != ENTERPRISE;
  }
}
