package com.meike.privacy.order.application;

import java.math.BigDecimal;
import java.util.List;

/** A customer's order as entered (ORD-1); checked by the service. */
public record OrderRequest(
    String serviceAddress,
    String contactName,
    String contactPhone,
    List<String> items,
    BigDecimal amount,
    String city,
    boolean forAnotherPerson) {}
