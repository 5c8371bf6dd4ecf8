package com.meike.privacy.recording.domain.access;

import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderNumberTest {

  @Test
  void MK_and_sixteen_digits_is_an_order_number() {
    assertThat(OrderNumber.of("MK2026112900000123").value()).isEqualTo("MK2026112900000123");
    assertThat(OrderNumber.of(" MK2026112900000123\n").value()).isEqualTo("MK2026112900000123");
  }

  @Test
  void order_numbers_compare_by_value() {
    assertThat(OrderNumber.of("MK2026112900000123"))
        .isEqualTo(new OrderNumber("MK2026112900000123"))
        .isNotEqualTo(OrderNumber.of("MK2026112900000124"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "2026112900000123",
        "MK202611290000012",
        "MK20261129000001234",
        "mk2026112900000123",
        "MK2026-11290000012",
        "XK2026112900000123",
        "MK２０２６112900000123",
        "MK2026112900000123 OR 1=1"
      })
  void anything_else_is_invalid_on_field_orderNumber(String input) {
    assertInvalid(() -> OrderNumber.of(input), "orderNumber");
  }
}
