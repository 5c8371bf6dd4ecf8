package com.meike.privacy.order.application.internal;

import com.meike.privacy.order.application.OrderDirectory;
import com.meike.privacy.order.application.OrderFacts;
import com.meike.privacy.order.application.OrderParticipants;
import com.meike.privacy.order.application.OrderParties;
import com.meike.privacy.order.domain.order.OrderNumbers;
import com.meike.privacy.order.domain.order.OrderRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** {@link OrderDirectory} and {@link OrderParticipants} on the order repository. */
@Stateless
public class DefaultOrderDirectory implements OrderDirectory, OrderParticipants {

  @Inject OrderRepository orders;

  @Override
  public java.util.List<String> numbersOf(String accountId) {
    if (accountId == null || accountId.isBlank()) {
      return java.util.List.of();
    }
    java.util.List<String> numbers = new java.util.ArrayList<>();
    orders.ofCustomer(accountId).forEach(o -> numbers.add(o.number()));
    orders.forRecipient(accountId).forEach(o -> numbers.add(o.number()));
    return numbers;
  }

  @Override
  public boolean exists(String orderNumber) {
    return OrderNumbers.wellFormed(orderNumber) && orders.exists(orderNumber);
  }

  @Override
  public Optional<OrderFacts> facts(String orderNumber) {
    if (!OrderNumbers.wellFormed(orderNumber)) {
      return Optional.empty();
    }
    return orders
        .find(orderNumber)
        .map(
            order ->
                new OrderFacts(
                    order.number(),
                    order.status().name(),
                    order.status().active(),
                    order.city(),
                    order.customerId(),
                    order.beauticianId().orElse(null),
                    order.endedAt().orElse(null),
                    order.recipientId().orElse(null)));
  }

  @Override
  public Optional<OrderParties> parties(String orderNumber) {
    if (!OrderNumbers.wellFormed(orderNumber)) {
      return Optional.empty();
    }
    return orders
        .find(orderNumber)
        .map(
            order ->
                new OrderParties(
                    order.number(), order.customerId(), order.beauticianId().orElse(null)));
  }
}
