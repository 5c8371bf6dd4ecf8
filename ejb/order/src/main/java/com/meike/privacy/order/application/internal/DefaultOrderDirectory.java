package com.meike.privacy.order.application.internal;

import com.meike.privacy.order.application.OrderDirectory;
import com.meike.privacy.order.domain.order.OrderNumbers;
import com.meike.privacy.order.domain.order.OrderRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** {@link OrderDirectory} on the order repository. */
@Stateless
public class DefaultOrderDirectory implements OrderDirectory {

  @Inject OrderRepository orders;

  @Override
  public boolean exists(String orderNumber) {
    return OrderNumbers.wellFormed(orderNumber) && orders.exists(orderNumber);
  }
}
