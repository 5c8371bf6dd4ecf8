package com.meike.privacy.consent.domain.ledger;

/** What a ledger entry records. */
public enum ConsentAction {
  /** Consent given (同意). */
  GIVEN,
  /** Consent withdrawn (撤回同意); takes effect at the next check and is never retroactive. */
  WITHDRAWN
}
