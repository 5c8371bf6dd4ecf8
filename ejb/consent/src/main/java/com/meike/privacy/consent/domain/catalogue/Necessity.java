package com.meike.privacy.consent.domain.catalogue;

/**
 * Whether the basic service needs a purpose (Part 2 §I 1–2). Accepting the policy covers the
 * necessary purposes only; an optional one needs its own consent, and refusing it never blocks a
 * necessary one (CON-2, PIPL art. 16).
 */
public enum Necessity {
  /**
   * Without it the basic service cannot be provided (Part 2 §I 1). Cannot be withdrawn on its own.
   */
  NECESSARY,
  /** The person may choose; refusing only loses the feature it serves (Part 2 §I 2, (十)). */
  OPTIONAL
}
