package com.meike.privacy.lawful.domain.request;

/** Where a disclosure request stands. */
public enum DisclosureState {
  /** Registered; the screening rules (DISC-1a, DISC-2) run before anyone reviews it. */
  SCREENING,
  /** Waiting for legal's decision. */
  AWAITING_REVIEW,
  /** Legal approved; the package is being built. */
  APPROVED,
  /** The encrypted package exists; its key is handed over once. */
  PACKAGED,
  /** Refused by the screening rules or by legal, with the reason. */
  REFUSED
}
