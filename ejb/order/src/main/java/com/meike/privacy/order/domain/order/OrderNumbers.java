package com.meike.privacy.order.domain.order;

import com.meike.privacy.kernel.order.OrderNumberFormat;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * New order numbers: {@code MK}, the order date in China (yyyyMMdd) and 8 random digits — 16 digits
 * in all, the format recording-access applications name (REC-8). Random rather than sequential, so
 * that a number does not reveal how many orders there are.
 */
public final class OrderNumbers {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(WorkingDayCalendar.CHINA);
  private static final SecureRandom RANDOM = new SecureRandom();

  private OrderNumbers() {}

  public static String next(Instant now) {
    return "MK" + DAY.format(now) + String.format("%08d", RANDOM.nextInt(100_000_000));
  }

  /**
   * Whether {@code value} has the format of an order number: a question ("is this an order?"), not
   * a refusal, so it stays a predicate over the kernel's one format (issue 13, known-limits).
   */
  public static boolean wellFormed(String value) {
    return OrderNumberFormat.matches(value);
  }
}
