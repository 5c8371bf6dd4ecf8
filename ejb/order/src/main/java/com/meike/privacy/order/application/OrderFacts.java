package com.meike.privacy.order.application;

import java.time.Instant;

/**
 * What another context may know about an order without its personal fields: who placed it, who
 * serves it, where (city only) and whether the service is still on. {@code endedAt} is when it was
 * completed or cancelled (null while active). {@code recipientId} is the person served when the
 * customer ordered for somebody else (null when the customer is served).
 */
public record OrderFacts(
    String orderNumber,
    String status,
    boolean active,
    String city,
    String customerId,
    String beauticianId,
    Instant endedAt,
    String recipientId) {

  /** The person the service is for: the named recipient, else the customer. */
  public String servedPersonId() {
    return recipientId != null ? recipientId : customerId;
  }
}
