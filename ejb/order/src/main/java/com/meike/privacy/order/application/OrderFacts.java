package com.meike.privacy.order.application;

import java.time.Instant;

/**
 * What another context may know about an order without its personal fields: who placed it, who
 * serves it, where (city only) and whether the service is still on. {@code endedAt} is when it was
 * completed or cancelled (null while active).
 */
public record OrderFacts(
    String orderNumber,
    String status,
    boolean active,
    String city,
    String customerId,
    String beauticianId,
    Instant endedAt) {}
