package com.meike.privacy.recording.domain.access;

import com.meike.privacy.kernel.order.OrderNumberFormat;
import com.meike.privacy.kernel.problem.DomainException;

/**
 * The number of the order whose recording an application or grant is about: {@code MK} followed by
 * exactly 16 digits, e.g. {@code MK2026112900000123}. Only the format is checked here; whether the
 * order exists is asked of the order context.
 */
public record OrderNumber(String value) {

  /**
   * @throws DomainException INVALID_INPUT on field {@code orderNumber} when the format is wrong
   */
  public OrderNumber {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("orderNumber", "is required");
    }
    // the kernel's format, thrown as a DomainException: Tasklist's delegates turn it into the
    // applicant's bilingual sentence, which a constraint violation would not get (known-limits)
    if (!OrderNumberFormat.matches(value)) {
      throw DomainException.invalid(
          "orderNumber", com.meike.privacy.kernel.order.OrderNumber.MESSAGE);
    }
  }

  /** Parses user input, ignoring surrounding blanks. */
  public static OrderNumber of(String value) {
    return new OrderNumber(value == null ? null : value.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
