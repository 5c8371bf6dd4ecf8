package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.kernel.problem.DomainException;

/** In whose right the actor of a ledger entry acts (CON-1, ID-6). */
public enum ActedAs {
  /** The person themselves. */
  SELF,
  /** The recorded guardian of a child under 14 (监护人). */
  GUARDIAN;

  /**
   * The value named exactly by {@code name} (surrounding blanks ignored).
   *
   * @throws DomainException INVALID_INPUT on field {@code actedAs} for anything else
   */
  public static ActedAs parse(String name) {
    if (name != null) {
      String trimmed = name.strip();
      for (ActedAs actedAs : values()) {
        if (actedAs.name().equals(trimmed)) {
          return actedAs;
        }
      }
    }
    throw DomainException.invalid("actedAs", "must be one of SELF, GUARDIAN");
  }
}
