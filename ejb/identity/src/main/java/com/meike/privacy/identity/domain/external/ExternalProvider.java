package com.meike.privacy.identity.domain.external;

import com.meike.privacy.kernel.problem.DomainException;

/**
 * The third-party accounts an app account may be bound to: the policy names WeChat for sign-up
 * (Part 2 §I (一)) and Alipay among the account services people use with us.
 */
public enum ExternalProvider {
  WECHAT,
  ALIPAY;

  /**
   * @throws DomainException INVALID_INPUT on {@code provider} unless WECHAT or ALIPAY
   */
  public static ExternalProvider parse(String value) {
    for (ExternalProvider provider : values()) {
      if (provider.name().equals(value)) {
        return provider;
      }
    }
    throw DomainException.invalid(
        "provider", value == null ? "is required: WECHAT or ALIPAY" : "must be WECHAT or ALIPAY");
  }
}
