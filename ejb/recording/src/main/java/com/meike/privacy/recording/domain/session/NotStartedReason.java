package com.meike.privacy.recording.domain.session;

/** Why a session did not start recording (REC-1, REC-2), in the order the rules are checked. */
public enum NotStartedReason {
  /** Recording is not switched on for the order's city. */
  RECORDING_OFF_IN_CITY,
  /** The beautician's app is older than the minimum version that can ask for consent. */
  BEAUTICIAN_APP_TOO_OLD,
  /** The customer's app never reported its version, so it cannot be shown to ask for consent. */
  CUSTOMER_APP_UNKNOWN,
  /** The customer's app is older than the minimum version that can ask for consent. */
  CUSTOMER_APP_TOO_OLD,
  /** The beautician has not consented to recording (or withdrew). */
  BEAUTICIAN_NO_CONSENT,
  /** The customer withdrew consent to recording: an objection no on-site notice overrides. */
  CUSTOMER_OBJECTED,
  /** The customer has not consented and no implied consent was recorded on site. */
  CUSTOMER_NO_CONSENT,
  /**
   * No impact assessment in force allows recording (sensitive processing, AUD-3): no consent, not
   * even implied consent on site, makes up for it.
   */
  NO_IMPACT_ASSESSMENT
}
