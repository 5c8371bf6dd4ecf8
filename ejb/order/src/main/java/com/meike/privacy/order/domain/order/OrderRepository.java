package com.meike.privacy.order.domain.order;

import java.util.List;
import java.util.Optional;

/** Orders by number; joins the caller's transaction. */
public interface OrderRepository {

  Optional<ServiceOrder> find(String number);

  boolean exists(String number);

  /** A customer's orders, newest first. */
  List<ServiceOrder> ofCustomer(String customerId);

  /**
   * {@link #ofCustomer} to be read only: the orders are not changed in this transaction (a change
   * would not be written), so the persistence context keeps no copy of their state to compare at
   * the flush — a person's list and access package with thousands of orders (issue 15).
   */
  default List<ServiceOrder> ofCustomerToRead(String customerId) {
    return ofCustomer(customerId);
  }

  /** Orders placed by others for {@code recipientId}, newest first. */
  List<ServiceOrder> forRecipient(String recipientId);

  /**
   * At most {@code limit} numbers of orders that ended before {@code cutoff} and are not anonymised
   * yet, oldest first (the retention job, RET-1). Numbers only: the batch loads just these.
   */
  List<String> endedBefore(java.time.Instant cutoff, int limit);

  /**
   * The customers with orders of the home-visit service in {@code area} ({@link
   * ServiceOrder#areaOf}) not anonymised yet, ascending, the next {@code limit} after {@code after}
   * ({@code null}: from the start) — a shutdown's page of people (SHUT-1).
   */
  List<String> customersIn(String area, String after, int limit);

  /** The customer's orders in {@code area}, not anonymised yet. */
  List<ServiceOrder> ofCustomerIn(String customerId, String area);

  /**
   * The orders in {@code area} of all of {@code customerIds} (a shutdown's batch), in few queries;
   * anonymised ones included (the caller skips them).
   */
  default List<ServiceOrder> ofCustomersIn(java.util.Collection<String> customerIds, String area) {
    return customerIds.stream().flatMap(c -> ofCustomerIn(c, area).stream()).toList();
  }

  /** Orders in {@code area}: not anonymised ({@code anonymised} false) or anonymised (true). */
  long countIn(String area, boolean anonymised);

  /**
   * These orders (those that exist), in few queries: a retention batch loads its orders at once.
   */
  default List<ServiceOrder> findAll(java.util.Collection<String> numbers) {
    return numbers.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  void add(ServiceOrder order);
}
