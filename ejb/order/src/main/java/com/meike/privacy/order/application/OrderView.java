package com.meike.privacy.order.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order. The personal fields ({@code serviceAddress}, {@code contactName}, {@code
 * contactPhone}) are filled only for the customer who placed it; staff views leave them null.
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
    Instant endedAt) {}
