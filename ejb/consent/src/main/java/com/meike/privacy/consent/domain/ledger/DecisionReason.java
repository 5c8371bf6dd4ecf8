package com.meike.privacy.consent.domain.ledger;

/** Why the consent check allows or refuses a use of personal information (CON-3, CON-4). */
public enum DecisionReason {
  /**
   * Allowed: the person (or a child's guardian) consented to this purpose and has not withdrawn.
   */
  CONSENT_GIVEN(true),
  /**
   * Allowed: the purpose is necessary for the basic service and covered by accepting the policy.
   */
  NECESSARY_PURPOSE(true),
  /** Allowed without consent on one of the named exceptions of Part 2 §I 3 (CON-4). */
  NAMED_EXCEPTION(true),
  /** Refused: the purpose needs its own consent and there is none. */
  NO_CONSENT(false),
  /** Refused: the latest entry withdrew the consent. */
  WITHDRAWN(false),
  /** Refused: consent predates a major policy change; it must be given again (CON-5). */
  RECONSENT_REQUIRED(false),
  /** Refused: the person is a child and their recorded guardian has not consented (ID-6). */
  GUARDIAN_CONSENT_MISSING(false),
  /**
   * Refused: the purpose is sensitive or makes automated decisions, and no impact assessment in
   * force allows it (AUD-3, PIPL art. 55).
   */
  NO_IMPACT_ASSESSMENT(false);

  private final boolean allows;

  DecisionReason(boolean allows) {
    this.allows = allows;
  }

  /** Whether a decision for this reason allows the use. */
  public boolean allows() {
    return allows;
  }
}
