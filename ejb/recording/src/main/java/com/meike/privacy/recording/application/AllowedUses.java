package com.meike.privacy.recording.application;

import com.meike.privacy.recording.domain.access.AllowedUse;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The uses a recording may be opened for (REC-7) as other contexts and the processes name them:
 * code → label on staff screens, in the policy's order. One source for the labels — the domain's
 * {@link AllowedUse}.
 */
public final class AllowedUses {

  private static final Map<String, String> LABELS = labelsOfTheEnum();

  private AllowedUses() {}

  /** Every use, code → label, in the policy's order. */
  public static Map<String, String> labels() {
    return LABELS;
  }

  /** The label of {@code code}; an unknown code is shown as it is, {@code null} stays null. */
  public static String label(String code) {
    return code == null ? null : LABELS.getOrDefault(code, code);
  }

  private static Map<String, String> labelsOfTheEnum() {
    Map<String, String> labels = new LinkedHashMap<>();
    Arrays.stream(AllowedUse.values()).forEach(use -> labels.put(use.name(), use.shortLabel()));
    return Collections.unmodifiableMap(labels);
  }
}
