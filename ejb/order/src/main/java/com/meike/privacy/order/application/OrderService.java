package com.meike.privacy.order.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Orders (ORD-1, ORD-2). Every method is one transaction with its audit entry; refusals are
 * {@link com.meike.privacy.kernel.problem.DomainException}s.
 */
@Local
public interface OrderService {

  /** A customer places an order; the personal fields are stored encrypted. */
  OrderView place(OrderRequest request, String customerId);

  /** The customer's own orders with their personal fields, newest first (the reading is audited). */
  List<OrderView> ordersOf(String customerId);

  /** Operations assigns an active order to a beautician (an app account with role BEAUTICIAN). */
  OrderView assign(String orderNumber, String beauticianId, String actor);

  /**
   * The service address and contact, for the beautician assigned to the order while it is active;
   * each disclosure is audited, and so is each refusal (FORBIDDEN).
   */
  ServiceContact serviceContact(String orderNumber, String beauticianId);

  /** Operations, or the assigned beautician, marks the service done; the contact is hidden from then on. */
  OrderView complete(String orderNumber, String actor, boolean operations);

  /** Operations, or the customer who placed it, cancels an active order. */
  OrderView cancel(String orderNumber, String actor, boolean operations);
}
