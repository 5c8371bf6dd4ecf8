package com.meike.privacy.order.domain.order;

import java.util.Optional;

/** Reviews by order number; joins the caller's transaction. */
public interface OrderReviewRepository {

  Optional<OrderReview> find(String orderNumber);

  /**
   * The reviews of these orders (those that have one), in few queries: an access package of a
   * person with thousands of orders does not look each one up.
   */
  default java.util.List<OrderReview> ofOrders(java.util.Collection<String> orderNumbers) {
    return orderNumbers.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  /**
   * The reviews of the orders {@code customerId} placed, in one query: the access package of a
   * person with thousands of orders names no order numbers (issue 15's export benchmark). Read
   * only: the reviews are not changed in this transaction (a change would not be written).
   */
  java.util.List<OrderReview> ofCustomerOrders(String customerId);

  void add(OrderReview review);
}
