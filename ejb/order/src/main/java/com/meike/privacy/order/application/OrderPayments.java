package com.meike.privacy.order.application;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Paying for an order (ORD-3). The customer who placed an active order chooses a payment partner of
 * the registry (WeChat Pay, Alipay); the request goes through the partner outbound service — the
 * one way out (outbox, scope, consent, impact assessment, disclosure log) — carrying only the order
 * number, amount and currency (purpose {@value #PURPOSE}, whose scope allows no more). The partner
 * replies on its own inbound queue: ACKNOWLEDGED when the customer paid, FAILED with a reason
 * otherwise; the reply settles the payment in the reply's transaction. Every step is audited.
 */
@Local
public interface OrderPayments {

  /** The purpose of the catalogue the payment request serves (transactions, Part 2 §I(五)). */
  String PURPOSE = "payment.transactions";

  /** The message type the payment partner receives. */
  String MESSAGE_TYPE = "payment.request";

  /**
   * Asks {@code provider} to collect the order's amount.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown order;
   *     FORBIDDEN for anyone but the customer who placed it; INVALID_INPUT on {@code provider};
   *     CONFLICT when the order has ended, is paid, or a payment is waiting for the partner
   */
  PaymentView pay(String orderNumber, String provider, String customerId);

  /**
   * The order's latest payment, for the customer who placed it.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown order or one
   *     without a payment; FORBIDDEN for anyone else
   */
  PaymentView paymentOf(String orderNumber, String customerId);

  /** A payment as the customer sees it; {@code failureReason} is the partner's words. */
  record PaymentView(
      String orderNumber,
      String provider,
      String providerName,
      BigDecimal amount,
      String currency,
      String status,
      Instant requestedAt,
      Instant settledAt,
      String failureReason) {}
}
