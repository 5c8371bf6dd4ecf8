package com.meike.privacy.order.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's order as entered (ORD-1); checked by the service. {@code recipientId} optionally
 * names the account of the person the order is for, when that is not the customer; if that person
 * is recorded as a child, only their guardian may order for them, or anyone once the guardian has
 * consented for them to the order purpose.
 */
public record OrderRequest(
    String serviceAddress,
    String contactName,
    String contactPhone,
    List<String> items,
    BigDecimal amount,
    String city,
    boolean forAnotherPerson,
    String recipientId) {

  /** An order that names no recipient account. */
  public OrderRequest(
      String serviceAddress,
      String contactName,
      String contactPhone,
      List<String> items,
      BigDecimal amount,
      String city,
      boolean forAnotherPerson) {
    this(serviceAddress, contactName, contactPhone, items, amount, city, forAnotherPerson, null);
  }
}
