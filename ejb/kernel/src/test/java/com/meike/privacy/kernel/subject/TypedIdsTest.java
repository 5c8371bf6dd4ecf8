package com.meike.privacy.kernel.subject;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.order.OrderNumber;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The typed ids application services take, validated as the server validates them. */
class TypedIdsTest {

  static final ValidatorFactory FACTORY =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  static Set<String> problems(Object value) {
    Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(value);
    return violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  @DisplayName("ORD-1: an order number is MK and 16 digits; anything else is refused, saying so")
  void orderNumbers() {
    assertThat(problems(OrderNumber.of(" MK2026112900000123 "))).isEmpty();
    assertThat(OrderNumber.of("MK2026112900000123").toString()).isEqualTo("MK2026112900000123");
    assertThat(problems(OrderNumber.of("12345"))).containsExactly("value " + OrderNumber.MESSAGE);
    assertThat(OrderNumber.MESSAGE)
        .contains("must be MK followed by exactly 16 digits")
        .contains("订单号是 MK 加 16 位数字");
    assertThat(SubjectId.MESSAGE).contains("must be an account id").contains("账号 id 为 1 至 64 位");
    assertThat(problems(new OrderNumber(null))).containsExactly("value is required");
    assertThat(OrderNumber.of(null)).isNull();
  }

  @Test
  @DisplayName("DATA-3: a subject id is an account id; a path, a blank or a long string is refused")
  void subjectIds() {
    assertThat(problems(SubjectId.of("u-7f3a"))).isEmpty();
    assertThat(problems(SubjectId.of("acc:4711.b_2"))).isEmpty();
    assertThat(problems(SubjectId.of("../etc/passwd")))
        .containsExactly("value " + SubjectId.MESSAGE);
    assertThat(problems(SubjectId.of(" "))).containsExactly("value " + SubjectId.MESSAGE);
    assertThat(problems(SubjectId.of("a".repeat(65))))
        .containsExactly("value " + SubjectId.MESSAGE);
    assertThat(problems(new SubjectId(null))).containsExactly("value is required");
    assertThat(SubjectId.matches("u-7f3a")).isTrue();
    assertThat(SubjectId.matches(null)).isFalse();
  }
}
