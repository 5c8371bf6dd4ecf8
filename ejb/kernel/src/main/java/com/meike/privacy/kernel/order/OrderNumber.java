package com.meike.privacy.kernel.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An order number as an application service takes it: validated with Bean Validation on the
 * service's interface ({@code @Valid}), in the format of {@link OrderNumberFormat}. A web resource
 * wraps what it read ({@link #of}); the container refuses a malformed one before the service runs
 * (the service's class carries {@code @ValidateOnExecution}: README, "Typed ids"), and the web
 * layer answers 400 naming the field.
 */
public record OrderNumber(
    @NotNull(message = "is required")
        @Pattern(regexp = OrderNumberFormat.REGEX, message = OrderNumber.MESSAGE)
        String value) {

  /**
   * What a person reads about a malformed order number (PeoplesSentences words it for Tasklist).
   */
  public static final String MESSAGE =
      "must be MK followed by exactly 16 digits, e.g. MK2026112900000123"
          + " (订单号是 MK 加 16 位数字，例如 MK2026112900000123)";

  /** The number as read, or null when nothing was given (an optional field). */
  public static OrderNumber of(String value) {
    return value == null ? null : new OrderNumber(value.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
