package com.meike.privacy.identity.domain.account;

import com.meike.privacy.kernel.problem.DomainException;

/** What an app user registers as (ID-3). Beauticians and merchants need extra verification. */
public enum AppRole {
  CUSTOMER(false),
  BEAUTICIAN(true),
  MERCHANT(true);

  private final boolean extraVerification;

  AppRole(boolean extraVerification) {
    this.extraVerification = extraVerification;
  }

  /** Whether the policy asks for identity (beautician) or enterprise (merchant) verification. */
  public boolean needsExtraVerification() {
    return extraVerification;
  }

  /**
   * @throws DomainException INVALID_INPUT on {@code role} unless one of the three roles
   */
  public static AppRole parse(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("role", "is required: CUSTOMER, BEAUTICIAN or MERCHANT");
    }
    for (AppRole role : values()) {
      if (role.name().equals(value)) {
        return role;
      }
    }
    throw DomainException.invalid("role", "must be CUSTOMER, BEAUTICIAN or MERCHANT");
  }
}
