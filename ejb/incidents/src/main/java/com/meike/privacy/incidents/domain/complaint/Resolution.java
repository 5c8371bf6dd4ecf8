package com.meike.privacy.incidents.domain.complaint;

import com.meike.privacy.kernel.problem.DomainException;

/** How an answered complaint was resolved, as the closing record states it. */
public enum Resolution {
  UPHELD,
  PARTIALLY_UPHELD,
  NOT_UPHELD;

  /**
   * @throws DomainException INVALID_INPUT on field {@code resolution}
   */
  public static Resolution parse(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(
          "resolution", "is required: UPHELD, PARTIALLY_UPHELD or NOT_UPHELD");
    }
    try {
      return valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("resolution", "must be UPHELD, PARTIALLY_UPHELD or NOT_UPHELD");
    }
  }
}
