package com.meike.privacy.rights.application;

import com.meike.privacy.rights.domain.request.RefusalGround;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The grounds on which a data-subject request may be refused (DSR-2, DSR-6) as people read them:
 * code → label (Chinese with English), in the policy's order. One source for the labels — the
 * domain's {@link RefusalGround}; the Tasklist answer form, whose choices cannot be computed, is
 * checked against it.
 */
public final class RefusalGrounds {

  private static final Map<String, String> LABELS =
      Collections.unmodifiableMap(
          Arrays.stream(RefusalGround.values())
              .collect(
                  Collectors.toMap(
                      Enum::name, RefusalGround::label, (a, b) -> a, LinkedHashMap::new)));

  /** Shown for a code that names no ground (never the code itself). */
  static final String UNKNOWN = "未知理由 Unknown ground";

  private RefusalGrounds() {}

  /** Every ground, code → label, in the policy's order. */
  public static Map<String, String> labels() {
    return LABELS;
  }

  /** The label of {@code code}; {@code null} stays null. */
  public static String label(String code) {
    return code == null ? null : LABELS.getOrDefault(code, UNKNOWN);
  }
}
