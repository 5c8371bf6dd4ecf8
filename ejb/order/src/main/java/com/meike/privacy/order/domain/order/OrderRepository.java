package com.meike.privacy.order.domain.order;

import java.util.List;
import java.util.Optional;

/** Orders by number; joins the caller's transaction. */
public interface OrderRepository {

  Optional<ServiceOrder> find(String number);

  boolean exists(String number);

  /** A customer's orders, newest first. */
  List<ServiceOrder> ofCustomer(String customerId);

  /** Orders placed by others for {@code recipientId}, newest first. */
  List<ServiceOrder> forRecipient(String recipientId);

  void add(ServiceOrder order);
}
