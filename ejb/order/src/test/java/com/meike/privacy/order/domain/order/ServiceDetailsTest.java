package com.meike.privacy.order.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.kernel.problem.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceDetailsTest {

  static ServiceDetails valid() {
    return new ServiceDetails(
        " Room 5, 12 Xinhua Rd ",
        "Li Na",
        "+8613812345678",
        List.of("facial"),
        new BigDecimal("268.00"),
        "Shanghai",
        false);
  }

  @Test
  void aValidOrderIsTrimmed() {
    assertThat(valid().serviceAddress()).isEqualTo("Room 5, 12 Xinhua Rd");
  }

  @Test
  void eachBadFieldIsNamed() {
    assertThat(
            field(
                () ->
                    new ServiceDetails(
                        " ",
                        "Li",
                        "+8613812345678",
                        List.of("facial"),
                        BigDecimal.TEN,
                        "SH",
                        false)))
        .isEqualTo("serviceAddress");
    assertThat(
            field(
                () ->
                    new ServiceDetails(
                        "addr",
                        null,
                        "+8613812345678",
                        List.of("facial"),
                        BigDecimal.TEN,
                        "SH",
                        false)))
        .isEqualTo("contactName");
    assertThat(
            field(
                () ->
                    new ServiceDetails(
                        "addr", "Li", "call me", List.of("facial"), BigDecimal.TEN, "SH", false)))
        .isEqualTo("contactPhone");
    assertThat(
            field(
                () ->
                    new ServiceDetails(
                        "addr", "Li", "+8613812345678", List.of(), BigDecimal.TEN, "SH", false)))
        .isEqualTo("items");
    assertThat(
            field(
                () ->
                    new ServiceDetails(
                        "addr",
                        "Li",
                        "+8613812345678",
                        List.of("facial"),
                        new BigDecimal("-1"),
                        "SH",
                        false)))
        .isEqualTo("amount");
    assertThat(
            field(
                () ->
                    new ServiceDetails(
                        "addr",
                        "Li",
                        "+8613812345678",
                        List.of("facial"),
                        new BigDecimal("1.001"),
                        "SH",
                        false)))
        .isEqualTo("amount");
    assertThat(
            field(
                () ->
                    new ServiceDetails(
                        "addr",
                        "Li",
                        "+8613812345678",
                        List.of("facial"),
                        BigDecimal.TEN,
                        "",
                        false)))
        .isEqualTo("city");
    assertThat(
            field(
                () ->
                    new ServiceDetails(
                        "addr\nline",
                        "Li",
                        "+8613812345678",
                        List.of("facial"),
                        BigDecimal.TEN,
                        "SH",
                        false)))
        .isEqualTo("serviceAddress");
  }

  @Test
  void orderNumbersAreMkAndSixteenDigits() {
    String number = OrderNumbers.next(java.time.Instant.parse("2026-11-29T20:00:00Z"));
    assertThat(number).matches("MK20261130[0-9]{8}");
    assertThat(OrderNumbers.wellFormed(number)).isTrue();
    assertThat(OrderNumbers.wellFormed("MK123")).isFalse();
  }

  private static String field(Runnable action) {
    return catchThrowableOfType(DomainException.class, action::run).field();
  }
}
