package com.meike.privacy.consent.domain.catalogue;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.regex.Pattern;

/**
 * The code a purpose is known by in the API and in other contexts, such as {@code account.phone},
 * {@code location.precise} or {@code device.camera}: dot-separated lower-case words, at most
 * {@value #MAX_LENGTH} characters.
 */
public record PurposeCode(String value) {

  public static final int MAX_LENGTH = com.meike.privacy.kernel.purpose.PurposeCode.MAX_LENGTH;

  private static final Pattern FORMAT =
      Pattern.compile(com.meike.privacy.kernel.purpose.PurposeCode.REGEX);

  /**
   * @throws DomainException INVALID_INPUT on field {@code purpose} when blank or malformed
   */
  public PurposeCode {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("purpose", "is required");
    }
    value = value.strip();
    if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
      throw DomainException.invalid(
          "purpose", "must be a purpose code such as account.phone or location.precise");
    }
  }

  /** Parses a code given by a caller. Same as the constructor. */
  public static PurposeCode of(String value) {
    return new PurposeCode(value);
  }

  /**
   * The code a service was given on its interface (the container checked its format there; a caller
   * without a container is checked here, with the same refusal as a String).
   */
  public static PurposeCode of(com.meike.privacy.kernel.purpose.PurposeCode given) {
    return new PurposeCode(given == null ? null : given.value());
  }

  @Override
  public String toString() {
    return value;
  }
}
