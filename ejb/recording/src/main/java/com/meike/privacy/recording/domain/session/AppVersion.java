package com.meike.privacy.recording.domain.session;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Arrays;

/**
 * An app's version as the app reports it: one to four dot-separated numbers ({@code 5.2}, {@code
 * 5.2.1}). Compared number by number, missing parts counting as zero, so {@code 5.2} equals {@code
 * 5.2.0}.
 */
public record AppVersion(String text, int[] parts) implements Comparable<AppVersion> {

  public AppVersion {
    parts = parts.clone();
  }

  /**
   * Parses {@code text}.
   *
   * @throws DomainException INVALID_INPUT on {@code field} when it is not such a version
   */
  public static AppVersion parse(String text, String field) {
    if (text == null || !text.strip().matches("\\d{1,6}(\\.\\d{1,6}){0,3}")) {
      throw DomainException.invalid(
          field, "an app version is written like 5.2.1 (numbers and dots)");
    }
    String stripped = text.strip();
    return new AppVersion(
        stripped, Arrays.stream(stripped.split("\\.")).mapToInt(Integer::parseInt).toArray());
  }

  @Override
  public int[] parts() {
    return parts.clone();
  }

  /** Whether this version is {@code minimum} or newer. */
  public boolean atLeast(AppVersion minimum) {
    return compareTo(minimum) >= 0;
  }

  @Override
  public int compareTo(AppVersion other) {
    for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
      int mine = i < parts.length ? parts[i] : 0;
      int theirs = i < other.parts.length ? other.parts[i] : 0;
      if (mine != theirs) {
        return Integer.compare(mine, theirs);
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AppVersion that && compareTo(that) == 0;
  }

  @Override
  public int hashCode() {
    int[] trimmed = parts;
    int end = trimmed.length;
    while (end > 1 && trimmed[end - 1] == 0) {
      end--;
    }
    return Arrays.hashCode(Arrays.copyOf(trimmed, end));
  }

  @Override
  public String toString() {
    return text;
  }
}
