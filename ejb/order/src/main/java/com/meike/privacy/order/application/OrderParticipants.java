package com.meike.privacy.order.application;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * Who an order concerns, for contexts that must check a person's tie to an order they refer to by
 * number (a complaint about the order, CMP-1). Read-only; no personal fields. Kept apart from
 * {@link OrderDirectory} so that stays a one-method port.
 */
@Local
public interface OrderParticipants {

  /** The order's customer and assigned beautician; empty when no such order was placed. */
  Optional<OrderParties> parties(String orderNumber);
}
