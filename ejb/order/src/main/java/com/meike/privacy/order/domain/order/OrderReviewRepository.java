package com.meike.privacy.order.domain.order;

import java.util.Optional;

/** Reviews by order number; joins the caller's transaction. */
public interface OrderReviewRepository {

  Optional<OrderReview> find(String orderNumber);

  void add(OrderReview review);
}
