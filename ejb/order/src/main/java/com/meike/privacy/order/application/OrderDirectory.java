package com.meike.privacy.order.application;

import jakarta.ejb.Local;

/** Which orders exist, for contexts that refer to orders by number (e.g. recordings). */
@Local
public interface OrderDirectory {

  /** Whether an order with this number was placed (in whatever status). */
  boolean exists(String orderNumber);
}
