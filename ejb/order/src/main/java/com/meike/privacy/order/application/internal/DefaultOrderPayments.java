package com.meike.privacy.order.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.order.application.OrderPayments;
import com.meike.privacy.order.domain.order.OrderRepository;
import com.meike.privacy.order.domain.order.ServiceOrder;
import com.meike.privacy.order.domain.payment.OrderPayment;
import com.meike.privacy.order.domain.payment.OrderPaymentRepository;
import com.meike.privacy.order.domain.payment.PaymentStatus;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerOutbound;
import com.meike.privacy.partner.application.PartnerReplyAccepted;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link OrderPayments}: one transaction per call — the payment row, the partner message (outbox
 * and disclosure log, by {@link PartnerOutbound}) and the audit entry commit together or not at
 * all. {@link #settle} runs in the transaction of the partner's reply.
 */
@Stateless
@LocalBean
public class DefaultOrderPayments implements OrderPayments {

  static final String PAYMENT = "order-payment";

  @Inject OrderRepository orders;
  @Inject OrderPaymentRepository payments;
  @Inject PartnerOutbound outbound;
  @Inject AuditTrail auditTrail;
  @Inject RefusalRecorder refusals;
  @Inject Clock clock;

  /** Approved shutdowns (SHUT-1): no payment is requested for an order of a stopped city. */
  @Inject jakarta.enterprise.inject.Instance<com.meike.privacy.kernel.rights.CollectionStops> stops;

  @Override
  public PaymentView pay(String orderNumber, String provider, String customerId) {
    ServiceOrder order = own(orderNumber, customerId);
    if (!order.status().active()) {
      throw DomainException.conflict(
          "the order has ended (" + order.status() + "); there is nothing to pay");
    }
    DefaultOrderService.refuseIfStopped(stops, PURPOSE, order.city());
    Optional<OrderPayment> latest = payments.latestOf(order.number());
    if (latest.filter(p -> p.status() != PaymentStatus.FAILED).isPresent()) {
      throw DomainException.conflict(
          "the order's payment is "
              + latest.get().status()
              + (latest.get().status() == PaymentStatus.REQUESTED
                  ? ": wait for the payment partner's answer"
                  : ""));
    }
    OrderPayment payment =
        OrderPayment.request(order.number(), provider, order.amount(), clock.instant());
    payments.add(payment);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("orderNumber", order.number());
    payload.put("amount", payment.amount().toPlainString());
    payload.put("currency", payment.currency());
    outbound.send(
        new PartnerMessage(
            payment.provider(),
            customerId,
            PURPOSE,
            MESSAGE_TYPE,
            1,
            payload,
            true,
            payment.messageId()));
    auditTrail.record(
        new AuditEvent(
            customerId,
            "order.payment.requested",
            PAYMENT,
            order.number(),
            "to " + payment.provider() + ", message " + payment.messageId()));
    return view(payment);
  }

  @Override
  public PaymentView paymentOf(String orderNumber, String customerId) {
    ServiceOrder order = own(orderNumber, customerId);
    return payments
        .latestOf(order.number())
        .map(DefaultOrderPayments::view)
        .orElseThrow(() -> DomainException.notFound("the order has no payment yet"));
  }

  /** The payment partner's reply on one of our payment requests; other replies are not ours. */
  public void settle(PartnerReplyAccepted reply) {
    Optional<OrderPayment> found =
        payments.find(reply.messageId()).filter(p -> p.provider().equals(reply.partner()));
    if (found.isEmpty()) {
      return;
    }
    OrderPayment payment = found.get();
    if (payment.settle(reply.status(), reply.reason(), reply.repliedAt())) {
      auditTrail.record(
          new AuditEvent(
              reply.partner(),
              "order.payment." + payment.status().name().toLowerCase(),
              PAYMENT,
              payment.orderNumber(),
              "message " + payment.messageId()));
    }
  }

  private ServiceOrder own(String orderNumber, String customerId) {
    ServiceOrder order =
        orders.find(orderNumber).orElseThrow(() -> DomainException.notFound("no such order"));
    if (customerId == null || !customerId.equals(order.customerId())) {
      refusals.record(
          new AuditEvent(
              customerId == null ? "anonymous" : customerId,
              "order.payment.refused",
              PAYMENT,
              order.number(),
              "not the customer who placed the order"));
      throw DomainException.forbidden("only the customer who placed the order pays for it");
    }
    return order;
  }

  static PaymentView view(OrderPayment p) {
    return new PaymentView(
        p.orderNumber(),
        p.provider(),
        p.provider().equals("wechat-pay") ? "微信支付 WeChat Pay" : "支付宝 Alipay",
        p.amount(),
        p.currency(),
        p.status().name(),
        p.requestedAt(),
        p.settledAt(),
        p.failureReason());
  }
}
