package com.meike.privacy.order.domain.payment;

/** Where a payment stands: asked of the partner, paid (the partner acknowledged), or failed. */
public enum PaymentStatus {
  REQUESTED,
  PAID,
  FAILED
}
