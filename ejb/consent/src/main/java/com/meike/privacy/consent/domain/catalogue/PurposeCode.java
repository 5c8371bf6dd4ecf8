package com.meike.privacy.consent.domain.catalogue;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.regex.Pattern;

/**
 * The code a purpose is known by in the API and in other contexts, such as {@code account.phone},
 * {@code location.precise} or {@code device.camera}: dot-separated lower-case words, at most
 * {@value #MAX_LENGTH} characters.
 */
public record PurposeCode(String value) {

  public static final int MAX_LENGTH = 64;

  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

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

  @Override
  public String toString() {
    return value;
  }
}
