package com.meike.privacy.consent.domain.child;

import com.meike.privacy.kernel.problem.DomainException;

/** How a person was identified as a child under 14 (Part 1 "儿童"; ID-6). */
public enum ChildBasis {
  /** A recorded birth date shows the person is under 14. */
  BIRTH_DATE,
  /** The person or their guardian declared it. */
  DECLARATION;

  /**
   * The basis named exactly by {@code name} (surrounding blanks ignored).
   *
   * @throws DomainException INVALID_INPUT on field {@code basis} for anything else
   */
  public static ChildBasis parse(String name) {
    if (name != null) {
      String trimmed = name.strip();
      for (ChildBasis basis : values()) {
        if (basis.name().equals(trimmed)) {
          return basis;
        }
      }
    }
    throw DomainException.invalid("basis", "must be one of BIRTH_DATE, DECLARATION");
  }
}
