package com.meike.privacy.order.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.order.application.OrderRequest;
import com.meike.privacy.order.application.OrderService;
import com.meike.privacy.order.application.OrderView;
import com.meike.privacy.order.application.ServiceContact;
import com.meike.privacy.order.domain.order.OrderNumbers;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.ServiceDetails;
import com.meike.privacy.order.domain.order.ServiceOrder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@link OrderService} as one container-managed transaction per call, the change and its audit
 * entry together. Audit details name order numbers, account ids and statuses only — never an
 * address, name or phone number.
 */
@Stateless
public class DefaultOrderService implements OrderService {

  static final String ORDER = "order";
  static final String BEAUTICIAN = "BEAUTICIAN";

  @Inject OrderRepository orders;
  @Inject OrderKeys keys;
  @Inject AppUserRegistration accounts;
  @Inject AuditTrail auditTrail;
  @Inject RefusalRecorder refusals;
  @Inject Clock clock;

  @Override
  public OrderView place(OrderRequest request, String customerId) {
    if (request == null) {
      throw DomainException.invalid("serviceAddress", "is required");
    }
    ServiceDetails details =
        new ServiceDetails(
            request.serviceAddress(),
            request.contactName(),
            request.contactPhone(),
            request.items(),
            request.amount(),
            request.city(),
            request.forAnotherPerson());
    Instant now = clock.instant();
    String number = OrderNumbers.next(now);
    while (orders.exists(number)) {
      number = OrderNumbers.next(now);
    }
    ServiceOrder order = ServiceOrder.place(number, customerId, details, keys.cipher()::seal, now);
    orders.add(order);
    audit(customerId, "order.placed", number,
        "city " + order.city() + (order.forAnotherPerson() ? ", for another person" : ""));
    return view(order, true);
  }

  @Override
  public List<OrderView> ordersOf(String customerId) {
    List<ServiceOrder> found = orders.ofCustomer(customerId);
    if (!found.isEmpty()) {
      auditTrail.record(
          new AuditEvent(customerId, "order.listed", "account", customerId,
              found.size() + " own order(s) with contact details"));
    }
    return found.stream().map(order -> view(order, true)).toList();
  }

  @Override
  public OrderView assign(String orderNumber, String beauticianId, String actor) {
    ServiceOrder order = load(orderNumber);
    boolean beautician =
        beauticianId != null
            && accounts.account(beauticianId).filter(a -> BEAUTICIAN.equals(a.role())).isPresent();
    if (!beautician) {
      throw DomainException.invalid("beauticianId", "is not the account of a beautician");
    }
    order.assign(beauticianId);
    audit(actor, "order.assigned", order.number(), "to beautician " + beauticianId);
    return view(order, false);
  }

  @Override
  public ServiceContact serviceContact(String orderNumber, String beauticianId) {
    ServiceOrder order = orders.find(orderNumber).orElse(null);
    if (order == null || !order.servedNowBy(beauticianId)) {
      refusals.record(
          new AuditEvent(
              beauticianId == null ? "anonymous" : beauticianId,
              "order.service-contact.refused",
              ORDER,
              OrderNumbers.wellFormed(orderNumber) ? orderNumber : "(malformed)",
              order == null ? "no such order" : "not the active order of this beautician"));
      throw DomainException.forbidden(
          "only the beautician assigned to an active order sees its service address and contact");
    }
    ServiceOrder.Personal personal = order.personal(keys.cipher()::open);
    audit(beauticianId, "order.service-contact.disclosed", order.number(),
        "service address and contact shown to the assigned beautician");
    return new ServiceContact(
        order.number(), personal.serviceAddress(), personal.contactName(), personal.contactPhone());
  }

  @Override
  public OrderView complete(String orderNumber, String actor, boolean operations) {
    ServiceOrder order = load(orderNumber);
    if (!operations && !order.servedNowBy(actor)) {
      throw DomainException.forbidden("only operations or the assigned beautician complete an order");
    }
    order.complete(clock.instant());
    audit(actor, "order.completed", order.number(), "service address and contact no longer shown");
    return view(order, false);
  }

  @Override
  public OrderView cancel(String orderNumber, String actor, boolean operations) {
    ServiceOrder order = load(orderNumber);
    boolean customer = actor != null && actor.equals(order.customerId());
    if (!operations && !customer) {
      throw DomainException.forbidden("only operations or the customer cancel an order");
    }
    order.cancel(clock.instant());
    audit(actor, "order.cancelled", order.number(), "service address and contact no longer shown");
    return view(order, customer);
  }

  private ServiceOrder load(String orderNumber) {
    return orders.find(orderNumber).orElseThrow(() -> DomainException.notFound("no such order"));
  }

  private void audit(String actor, String action, String number, String detail) {
    auditTrail.record(new AuditEvent(actor, action, ORDER, number, detail));
  }

  private OrderView view(ServiceOrder order, boolean withPersonal) {
    ServiceOrder.Personal personal = withPersonal ? order.personal(keys.cipher()::open) : null;
    return new OrderView(
        order.number(),
        order.status().name(),
        order.city(),
        order.items(),
        order.amount(),
        order.forAnotherPerson(),
        personal == null ? null : personal.serviceAddress(),
        personal == null ? null : personal.contactName(),
        personal == null ? null : personal.contactPhone(),
        order.beauticianId().orElse(null),
        order.createdAt(),
        order.endedAt().orElse(null));
  }
}
