package com.meike.privacy.kernel.order;

import java.util.regex.Pattern;

/**
 * The format of an order number, defined once for every context that accepts one (orders make them,
 * complaints and recording access name them): {@code MK}, the day {@code yyyyMMdd}, eight digits —
 * e.g. {@code MK2026112900000123}. The OpenAPI document repeats {@link #REGEX} as the schema's
 * {@code pattern}.
 */
public final class OrderNumberFormat {

  /** The regular expression an order number matches in full. */
  public static final String REGEX = "MK[0-9]{16}";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private OrderNumberFormat() {}

  /** Whether {@code value} has the format of an order number ({@code null} has not). */
  public static boolean matches(String value) {
    return value != null && PATTERN.matcher(value).matches();
  }
}
