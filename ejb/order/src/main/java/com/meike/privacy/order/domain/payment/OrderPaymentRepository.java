package com.meike.privacy.order.domain.payment;

import java.util.Optional;

/** An order's payments; joins the caller's transaction. */
public interface OrderPaymentRepository {

  Optional<OrderPayment> find(String messageId);

  /** The order's latest payment. */
  Optional<OrderPayment> latestOf(String orderNumber);

  /**
   * The latest payment of each order {@code customerId} placed that has one, by order number, in
   * one query (an access package of a person with thousands of orders, issue 15). Read only: the
   * payments are not changed in this transaction (a change would not be written).
   */
  java.util.Map<String, OrderPayment> latestOfCustomerOrders(String customerId);

  void add(OrderPayment payment);
}
