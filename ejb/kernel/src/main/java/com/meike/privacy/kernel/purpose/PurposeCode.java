package com.meike.privacy.kernel.purpose;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A purpose of the catalogue (such as {@code account.phone}, {@code location.precise}) as an
 * application service takes it: validated with Bean Validation on the service's interface
 * ({@code @Valid}), like {@link com.meike.privacy.kernel.subject.SubjectId}. Whether the code is
 * catalogued and in force is the consent context's question, not the format's.
 */
public record PurposeCode(
    @NotNull(message = "is required")
        @Size(max = PurposeCode.MAX_LENGTH, message = PurposeCode.MESSAGE)
        @Pattern(regexp = PurposeCode.REGEX, message = PurposeCode.MESSAGE)
        String value) {

  public static final int MAX_LENGTH = 64;

  /** Dot-separated lower-case words: at least two. */
  public static final String REGEX = "[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+";

  /** What a person reads about a malformed code, in English and Chinese. */
  public static final String MESSAGE =
      "must be a purpose code such as account.phone or location.precise"
          + " (用途代码形如 account.phone 或 location.precise)";

  /** What a person reads about a well-formed code the catalogue does not hold. */
  public static String notCatalogued(Object code) {
    return code + " is not a purpose of the catalogue (" + code + " 不是用途目录中的用途)";
  }

  private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(REGEX);

  /** Whether {@code value} has the format of a purpose code ({@code null} has not). */
  public static boolean matches(String value) {
    return value != null && value.length() <= MAX_LENGTH && PATTERN.matcher(value).matches();
  }

  /** The code as read, or null when nothing was given. */
  public static PurposeCode of(String value) {
    return value == null ? null : new PurposeCode(value.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
