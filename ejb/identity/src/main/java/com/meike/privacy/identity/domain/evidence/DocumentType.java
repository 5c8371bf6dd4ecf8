package com.meike.privacy.identity.domain.evidence;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.regex.Pattern;

/**
 * The identity documents the policy names (Part 1 a: 身份证、军官证、护照、驾驶证). The resident identity card
 * number carries its own check digit (GB 11643), so a mistyped one is refused at once; the others
 * are checked for their shape only.
 */
public enum DocumentType {
  ID_CARD(Pattern.compile("[0-9]{17}[0-9X]")),
  OFFICER_CARD(Pattern.compile("[A-Z0-9\\u4e00-\\u9fa5-]{5,20}")),
  PASSPORT(Pattern.compile("[A-Z0-9]{5,20}")),
  DRIVING_LICENCE(Pattern.compile("[0-9A-Z]{10,20}"));

  private static final int[] ID_CARD_WEIGHTS = {
    7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
  };
  private static final String ID_CARD_CHECKS = "10X98765432";

  private final Pattern shape;

  DocumentType(Pattern shape) {
    this.shape = shape;
  }

  /**
   * @throws DomainException INVALID_INPUT on {@code documentType} unless one of the four
   */
  public static DocumentType parse(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(
          "documentType", "is required: ID_CARD, OFFICER_CARD, PASSPORT or DRIVING_LICENCE");
    }
    for (DocumentType type : values()) {
      if (type.name().equals(value)) {
        return type;
      }
    }
    throw DomainException.invalid(
        "documentType", "must be ID_CARD, OFFICER_CARD, PASSPORT or DRIVING_LICENCE");
  }

  /**
   * The number in its one canonical form (upper case, no blanks), so the same document always gives
   * the same look-up hash.
   *
   * @throws DomainException INVALID_INPUT on {@code documentNumber}; the detail never repeats it
   */
  public String normalise(String number) {
    if (number == null || number.isBlank()) {
      throw DomainException.invalid("documentNumber", "is required");
    }
    String canonical = number.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!shape.matcher(canonical).matches()) {
      throw DomainException.invalid("documentNumber", "is not a well-formed " + name() + " number");
    }
    if (this == ID_CARD && !idCardCheckDigitMatches(canonical)) {
      throw DomainException.invalid("documentNumber", "fails the ID card check digit");
    }
    return canonical;
  }

  private static boolean idCardCheckDigitMatches(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * ID_CARD_WEIGHTS[i];
    }
    return ID_CARD_CHECKS.charAt(sum % 11) == number.charAt(17);
  }
}
