package com.meike.privacy.recording.domain.session;

/**
 * What the customer's side of the consent rests on (REC-2): the consent ledger, or implied consent
 * recorded on site by the beautician who told them (who and when are kept with the session).
 */
public enum CustomerConsent {
  LEDGER,
  IMPLIED
}
