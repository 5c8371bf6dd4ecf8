package com.meike.privacy.order.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Orders (ORD-1, ORD-2). Every method is one transaction with its audit entry; refusals are {@link
 * com.meike.privacy.kernel.problem.DomainException}s.
 */
@Local
public interface OrderService {

  /**
   * A customer places an order; the personal fields are stored encrypted. An order for a named
   * recipient who is recorded as a child is accepted only from the child's guardian or with the
   * guardian's recorded consent for the child to the order purpose ({@value #ORDER_PURPOSE});
   * otherwise CONFLICT on {@code recipientId}.
   */
  OrderView place(OrderRequest request, String customerId);

  /**
   * The consent purpose an order's personal data is processed for: name, service address, phone.
   */
  String ORDER_PURPOSE = "profile.basic";

  /**
   * The customer who placed a completed order reviews it, once (ORD-4). A rating at or below the
   * configured bad-review threshold puts the order's recordings on legal hold in the same
   * transaction (REC-6). The text is stored encrypted.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown order,
   *     FORBIDDEN for anyone but its customer, INVALID_INPUT on {@code rating} or {@code text},
   *     CONFLICT when the order is not completed or was already reviewed
   */
  ReviewView review(String orderNumber, ReviewRequest request, String customerId);

  /**
   * The customer's own orders with their personal fields, newest first (the reading is audited).
   */
  List<OrderView> ordersOf(String customerId);

  /**
   * Operations assigns an active order to a beautician: an app account with role BEAUTICIAN whose
   * identity verification passed (ID-3); an unverified one is refused (CONFLICT naming {@code
   * beauticianId}) and the refusal audited.
   */
  OrderView assign(String orderNumber, String beauticianId, String actor);

  /**
   * The service address and contact, for the beautician assigned to the order while it is active;
   * each disclosure is audited, and so is each refusal (FORBIDDEN).
   */
  ServiceContact serviceContact(String orderNumber, String beauticianId);

  /**
   * Operations, or the assigned beautician, marks the service done; the contact is hidden from then
   * on.
   */
  OrderView complete(String orderNumber, String actor, boolean operations);

  /** Operations, or the customer who placed it, cancels an active order. */
  OrderView cancel(String orderNumber, String actor, boolean operations);
}
