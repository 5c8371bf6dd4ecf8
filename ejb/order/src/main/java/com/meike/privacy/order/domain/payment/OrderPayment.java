package com.meike.privacy.order.domain.payment;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One payment of an order (ORD-3): the payment partner it was sent to, the amount, and the status
 * the partner's reply gave it. Its id is the id of the message the partner received, so the reply
 * finds it. An order has at most one payment that is requested or paid; after a failure the
 * customer may try again (another row).
 */
@Entity
@Table(name = "order_payment")
public class OrderPayment {

  /** The payment partners of the registry (server-config/partners.txt, kind PAYMENT). */
  public static final List<String> PROVIDERS = List.of("wechat-pay", "alipay");

  @Id
  @Column(name = "message_id", length = 36, nullable = false, updatable = false)
  private String messageId;

  @Column(name = "order_number", length = 18, nullable = false, updatable = false)
  private String orderNumber;

  @Column(name = "provider", length = 32, nullable = false, updatable = false)
  private String provider;

  @Column(name = "amount", nullable = false, updatable = false)
  private BigDecimal amount;

  @Column(name = "currency", length = 3, nullable = false, updatable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private PaymentStatus status;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  /** The partner's words for a failure (the contract forbids personal data in them). */
  @Column(name = "failure_reason", length = 500)
  private String failureReason;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  /** For JPA only. */
  protected OrderPayment() {}

  /**
   * A payment of {@code amount} asked of {@code provider}.
   *
   * @throws DomainException INVALID_INPUT on {@code provider} unless a payment partner
   */
  public static OrderPayment request(
      String orderNumber, String provider, BigDecimal amount, Instant now) {
    if (provider == null || !PROVIDERS.contains(provider.strip())) {
      throw DomainException.invalid(
          "provider", "must be one of " + PROVIDERS + " (微信支付 WeChat Pay, 支付宝 Alipay)");
    }
    OrderPayment payment = new OrderPayment();
    payment.messageId = UUID.randomUUID().toString();
    payment.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
    payment.provider = provider.strip();
    payment.amount = Objects.requireNonNull(amount, "amount");
    payment.currency = "CNY";
    payment.status = PaymentStatus.REQUESTED;
    payment.requestedAt = Objects.requireNonNull(now, "now");
    return payment;
  }

  /** The partner's reply: ACKNOWLEDGED means paid, FAILED failed; anything else changes nothing. */
  public boolean settle(String replyStatus, String reason, Instant at) {
    if (status != PaymentStatus.REQUESTED) {
      return false; // the latest reply counts only while the payment is open; a repeat is harmless
    }
    switch (replyStatus) {
      case "ACKNOWLEDGED" -> status = PaymentStatus.PAID;
      case "FAILED" -> {
        status = PaymentStatus.FAILED;
        failureReason = reason == null ? null : reason.substring(0, Math.min(500, reason.length()));
      }
      default -> {
        return false;
      }
    }
    settledAt = at;
    return true;
  }

  public String messageId() {
    return messageId;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public String provider() {
    return provider;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public PaymentStatus status() {
    return status;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant settledAt() {
    return settledAt;
  }

  public String failureReason() {
    return failureReason;
  }
}
