package com.meike.privacy.order.application;

/**
 * Who an order concerns, for contexts that must check a person's tie to it (e.g. a complaint about
 * the order): the customer who placed it and the beautician assigned to it (null until assigned).
 * No personal fields.
 */
public record OrderParties(String orderNumber, String customerId, String beauticianId) {

  /** Whether {@code accountId} placed the order or is assigned to serve it. */
  public boolean involves(String accountId) {
    return accountId != null && (accountId.equals(customerId) || accountId.equals(beauticianId));
  }
}
