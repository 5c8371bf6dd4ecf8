package com.meike.privacy.order.domain.payment;

import java.util.Optional;

/** An order's payments; joins the caller's transaction. */
public interface OrderPaymentRepository {

  Optional<OrderPayment> find(String messageId);

  /** The order's latest payment. */
  Optional<OrderPayment> latestOf(String orderNumber);

  /** The latest payment of each of these orders that has one, by order number, in few queries. */
  default java.util.Map<String, OrderPayment> latestOfOrders(
      java.util.Collection<String> orderNumbers) {
    java.util.Map<String, OrderPayment> latest = new java.util.HashMap<>();
    for (String number : orderNumbers) {
      latestOf(number).ifPresent(p -> latest.put(number, p));
    }
    return latest;
  }

  void add(OrderPayment payment);
}
