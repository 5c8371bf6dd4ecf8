package com.meike.privacy.recording.application.internal;

import com.meike.privacy.order.application.OrderDirectory;
import com.meike.privacy.order.application.OrderFacts;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The order directory as a map: orders known by number, with facts where a test needs them. */
final class FakeOrders implements OrderDirectory {

  final Set<String> numbers = new HashSet<>();
  final Map<String, OrderFacts> facts = new LinkedHashMap<>();

  static FakeOrders of(String... numbers) {
    FakeOrders orders = new FakeOrders();
    orders.numbers.addAll(List.of(numbers));
    return orders;
  }

  /** An active order assigned to {@code beautician}. */
  FakeOrders assigned(String number, String city, String customer, String beautician) {
    numbers.add(number);
    facts.put(
        number, new OrderFacts(number, "ASSIGNED", true, city, customer, beautician, null, null));
    return this;
  }

  /**
   * An active order that {@code customer} placed for {@code recipient}, assigned to {@code
   * beautician}.
   */
  FakeOrders assignedFor(
      String number, String city, String customer, String recipient, String beautician) {
    numbers.add(number);
    facts.put(
        number,
        new OrderFacts(number, "ASSIGNED", true, city, customer, beautician, null, recipient));
    return this;
  }

  /** The order was completed at {@code at}. */
  void completed(String number, Instant at) {
    OrderFacts f = facts.get(number);
    facts.put(
        number,
        new OrderFacts(
            number,
            "COMPLETED",
            false,
            f.city(),
            f.customerId(),
            f.beauticianId(),
            at,
            f.recipientId()));
  }

  @Override
  public List<String> numbersOf(String accountId) {
    return facts.values().stream()
        .filter(f -> accountId.equals(f.customerId()) || accountId.equals(f.recipientId()))
        .map(OrderFacts::orderNumber)
        .toList();
  }

  @Override
  public boolean exists(String orderNumber) {
    return numbers.contains(orderNumber);
  }

  @Override
  public Optional<OrderFacts> facts(String orderNumber) {
    return Optional.ofNullable(facts.get(orderNumber));
  }
}
