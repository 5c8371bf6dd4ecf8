package com.meike.privacy.order.domain.payment;

import java.util.Optional;

/** An order's payments; joins the caller's transaction. */
public interface OrderPaymentRepository {

  Optional<OrderPayment> find(String messageId);

  /** The order's latest payment. */
  Optional<OrderPayment> latestOf(String orderNumber);

  void add(OrderPayment payment);
}
