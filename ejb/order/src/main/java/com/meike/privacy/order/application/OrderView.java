package com.meike.privacy.order.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order. The personal fields ({@code serviceAddress}, {@code contactName}, {@code contactPhone})
 * are filled only for the customer who placed it; staff views leave them null. {@code recipientId}
 * is the account the order is for when the customer named one.
 */
public record OrderView(
    String orderNumber,
    String status,
    String city,
    List<String> items,
    BigDecimal amount,
    boolean forAnotherPerson,
    String serviceAddress,
    String contactName,
    String contactPhone,
    String beauticianId,
    Instant createdAt,
    Instant endedAt,
    String recipientId) {

  /** A view of an order that names no recipient account. */
  public OrderView(
      String orderNumber,
      String status,
      String city,
      List<String> items,
      BigDecimal amount,
      boolean forAnotherPerson,
      String serviceAddress,
      String contactName,
      String contactPhone,
      String beauticianId,
      Instant createdAt,
      Instant endedAt) {
    this(
        orderNumber,
        status,
        city,
        items,
        amount,
        forAnotherPerson,
        serviceAddress,
        contactName,
        contactPhone,
        beauticianId,
        createdAt,
        endedAt,
        null);
  }
}
