package com.meike.privacy.consent.domain.subject;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.regex.Pattern;

/**
 * The id of a person (data subject) or of the one acting for them: an account id, 1 to {@value
 * #MAX_LENGTH} letters, digits, {@code . _ : -}. A mainland mobile number is refused even though it
 * would fit: the ledger and the audit trail refer to people by account id, never by contact data.
 */
public record SubjectId(String value) {

  public static final int MAX_LENGTH = 64;

  private static final Pattern FORMAT =
      Pattern.compile(com.meike.privacy.kernel.subject.SubjectId.REGEX);
  private static final Pattern MOBILE_NUMBER = Pattern.compile("(\\+?86[-]?)?1[3-9][0-9]{9}");

  public SubjectId {
    if (value == null || value.isBlank() || !FORMAT.matcher(value.strip()).matches()) {
      throw new IllegalArgumentException("not a subject id");
    }
    value = value.strip();
    if (MOBILE_NUMBER.matcher(value).matches()) {
      throw new IllegalArgumentException("a phone number is not a subject id");
    }
  }

  /**
   * Parses an id given by a caller for request field {@code field}.
   *
   * @throws DomainException INVALID_INPUT on {@code field} when blank, malformed or a phone number
   */
  public static SubjectId of(String value, String field) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    String trimmed = value.strip();
    try {
      // The constructor checks the format once (the consent check parses an id on every call).
      return new SubjectId(trimmed);
    } catch (IllegalArgumentException e) {
      if (!FORMAT.matcher(trimmed).matches()) {
        throw DomainException.invalid(
            field,
            "must be an account id: 1 to " + MAX_LENGTH + " letters, digits, '.', '_', ':' or '-'");
      }
      throw DomainException.invalid(
          field, "must be an account id, not a phone number (须为账号 id，不能是手机号)");
    }
  }

  /**
   * The id a service was given on its interface (the container checked its format there; this adds
   * the refusal of a phone number, and checks a caller without a container as a String).
   */
  public static SubjectId of(com.meike.privacy.kernel.subject.SubjectId given, String field) {
    return of(given == null ? null : given.value(), field);
  }

  @Override
  public String toString() {
    return value;
  }
}
