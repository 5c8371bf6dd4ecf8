package com.meike.privacy.order.domain.order;

/** Where an order stands. Placed and assigned orders are active; the others have ended. */
public enum OrderStatus {
  PLACED,
  ASSIGNED,
  COMPLETED,
  CANCELLED;

  /** While active, the assigned beautician may see the service address and contact (ORD-2). */
  public boolean active() {
    return this == PLACED || this == ASSIGNED;
  }
}
