package com.meike.privacy.kernel.subject;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a person whose data is processed (an app account's id), as an application service takes
 * it: validated with Bean Validation on the service's interface ({@code @Valid}) — the one
 * definition of its format, which identity's look-ups share. The service's class carries
 * {@code @ValidateOnExecution}, or the server does not run the interface's constraints (README,
 * "Typed ids"; ArchitectureTest checks it).
 */
public record SubjectId(
    @NotNull(message = "is required")
        @Pattern(regexp = SubjectId.REGEX, message = SubjectId.MESSAGE)
        String value) {

  /** Letters and digits first, then letters, digits, '.', '_', ':' or '-'; at most 64. */
  public static final String REGEX = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

  /** What a person reads about a malformed id, in English and Chinese. */
  public static final String MESSAGE =
      "must be an account id: 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter"
          + " or digit (账号 id 为 1 至 64 位字母、数字或 . _ : -，以字母或数字开头)";

  private static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile(REGEX);

  /** The id as read, or null when nothing was given. */
  public static SubjectId of(String value) {
    return value == null ? null : new SubjectId(value.strip());
  }

  /** Whether {@code value} has the format of a subject id ({@code null} has not). */
  public static boolean matches(String value) {
    return value != null && PATTERN.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
