package com.meike.privacy.recording.domain.access;

import static com.meike.privacy.recording.domain.access.DomainExceptionAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessReasonTest {

  @Test
  void a_reason_is_trimmed() {
    assertThat(new AccessReason("   customer disputes the service  ").text())
        .isEqualTo("customer disputes the service");
  }

  @Test
  void ten_to_one_thousand_characters_are_accepted() {
    assertThat(new AccessReason("x".repeat(10)).text()).hasSize(10);
    assertThat(new AccessReason("录".repeat(1000)).text()).hasSize(1000);
    assertThat(new AccessReason("顾客投诉美容师服务态度差需要核实").text()).hasSize(16);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "too short", "  123456789  "})
  void missing_or_short_reasons_are_invalid_on_field_reason(String input) {
    assertInvalid(() -> new AccessReason(input), "reason");
  }

  @Test
  void more_than_one_thousand_characters_is_invalid() {
    assertInvalid(() -> new AccessReason("x".repeat(1001)), "reason");
  }

  @Test
  void the_text_never_shows_in_toString() {
    assertThat(new AccessReason("the customer at Room 5 complained").toString())
        .doesNotContain("Room 5");
  }
}
