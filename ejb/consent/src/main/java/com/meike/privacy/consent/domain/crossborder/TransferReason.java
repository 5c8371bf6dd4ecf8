package com.meike.privacy.consent.domain.crossborder;

/** Why a transfer abroad of one person's information is allowed or refused. */
public enum TransferReason {
  /** Assessed as acceptable and the person (or their guardian) consented separately. */
  ASSESSED_AND_CONSENTED(true),
  NO_IMPACT_ASSESSMENT(false),
  ASSESSMENT_REJECTED(false),
  NO_SEPARATE_CONSENT(false),
  CONSENT_WITHDRAWN(false),
  /** The person is a child and their recorded guardian has not consented. */
  GUARDIAN_CONSENT_MISSING(false);

  private final boolean allows;

  TransferReason(boolean allows) {
    this.allows = allows;
  }

  public boolean allows() {
    return allows;
  }
}
