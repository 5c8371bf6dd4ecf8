package com.meike.privacy.order.application;

import jakarta.ejb.Local;
import java.util.Optional;

/** Which orders exist, for contexts that refer to orders by number (e.g. recordings). */
@Local
public interface OrderDirectory {

  /** Whether an order with this number was placed (in whatever status). */
  boolean exists(String orderNumber);

  /**
   * The order's non-personal facts (status, city, customer and beautician ids), read-only; empty
   * for an unknown or malformed number. Not audited: it opens no personal field.
   */
  Optional<OrderFacts> facts(String orderNumber);

  /**
   * The numbers of the orders {@code accountId} placed or that were placed for them, newest first
   * (for their access and erasure in contexts that refer to orders by number). Not audited: numbers
   * only.
   */
  default java.util.List<String> numbersOf(String accountId) {
    return java.util.List.of();
  }
}
