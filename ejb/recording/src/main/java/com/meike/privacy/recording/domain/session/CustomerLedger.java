package com.meike.privacy.recording.domain.session;

/**
 * What the consent ledger says about the customer and recordings, as far as the start rules care.
 */
public enum CustomerLedger {
  /** Consent given and in force. */
  CONSENTED,
  /** No consent in force (never given, or given before a major policy change). */
  NONE,
  /** The customer withdrew consent. */
  WITHDRAWN,
  /** The customer is a child whose recorded guardian has not consented. */
  GUARDIAN_CONSENT_MISSING,
  /** The consent service refuses recording for want of an impact assessment in force (AUD-3). */
  NO_IMPACT_ASSESSMENT
}
