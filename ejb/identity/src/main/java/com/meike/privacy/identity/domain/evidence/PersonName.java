package com.meike.privacy.identity.domain.evidence;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.regex.Pattern;

/**
 * Checks a person's or an enterprise's name as written on a document: letters of any script, spaces
 * and the separators names use (middle dot, period, hyphen, apostrophe, brackets for enterprise
 * names); no control characters.
 */
public final class PersonName {

  private static final Pattern PERSON = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} ·.'-]{0,63}");
  private static final Pattern ENTERPRISE =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} ·.'&()（）-]{0,127}");

  private PersonName() {}

  /**
   * @throws DomainException INVALID_INPUT on {@code field}
   */
  public static String person(String field, String value) {
    return checked(field, value, PERSON, "must be a name of at most 64 letters");
  }

  /**
   * @throws DomainException INVALID_INPUT on {@code field}
   */
  public static String enterprise(String field, String value) {
    return checked(
        field, value, ENTERPRISE, "must be an enterprise name of at most 128 characters");
  }

  private static String checked(String field, String value, Pattern pattern, String rule) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(field, "is required");
    }
    String name = value.strip();
    if (!pattern.matcher(name).matches()) {
      throw DomainException.invalid(field, rule);
    }
    return name;
  }
}
