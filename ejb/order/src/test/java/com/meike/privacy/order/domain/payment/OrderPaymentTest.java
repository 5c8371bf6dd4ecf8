package com.meike.privacy.order.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.kernel.problem.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ORD-3")
class OrderPaymentTest {

  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  @Test
  @DisplayName(
      "ORD-3: only a payment partner of the registry is asked; its acknowledgement pays, its failure fails")
  void thePartnersReplySettlesThePayment() {
    assertThat(
            catchThrowableOfType(
                    () -> OrderPayment.request("MK2026120100000001", "paypal", BigDecimal.TEN, NOW),
                    DomainException.class)
                .field())
        .isEqualTo("provider");

    OrderPayment paid =
        OrderPayment.request("MK2026120100000001", "wechat-pay", new BigDecimal("268.00"), NOW);
    assertThat(paid.status()).isEqualTo(PaymentStatus.REQUESTED);
    assertThat(paid.settle("DELIVERED", null, NOW)).isFalse();
    assertThat(paid.settle("ACKNOWLEDGED", null, NOW.plusSeconds(5))).isTrue();
    assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
    assertThat(paid.settle("FAILED", "late", NOW.plusSeconds(9))).isFalse();
    assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);

    OrderPayment failed =
        OrderPayment.request("MK2026120100000001", "alipay", new BigDecimal("268.00"), NOW);
    assertThat(failed.settle("FAILED", "余额不足 insufficient balance", NOW)).isTrue();
    assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(failed.failureReason()).contains("insufficient");
  }
}
