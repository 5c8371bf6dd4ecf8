package com.meike.privacy.incidents.domain.conduct;

import com.meike.privacy.kernel.problem.DomainException;

/** What a conduct record records (RET-3). */
public enum ConductKind {
  /** 严重违法违约记录 A serious violation of laws or of the platform agreement. */
  SERIOUS_VIOLATION("严重违法违约记录 Serious violation of laws or the platform agreement"),
  /** 平台信用记录 The platform credit record that follows from a violation (a credit measure). */
  CREDIT_RECORD("平台信用记录 Platform credit record");

  private final String label;

  ConductKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * @throws DomainException INVALID_INPUT on field {@code kind}
   */
  public static ConductKind parse(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("kind", "is required: SERIOUS_VIOLATION or CREDIT_RECORD");
    }
    try {
      return valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("kind", "must be SERIOUS_VIOLATION or CREDIT_RECORD");
    }
  }
}
