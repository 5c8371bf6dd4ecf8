package com.meike.privacy.identity.domain.account;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number in E.164 form: {@code +86} then an 11-digit number starting {@code
 * 13}..{@code 19}. {@link #toString()} masks it, so it never lands in a log by accident.
 */
public final class PhoneNumber {

  private static final Pattern MAINLAND_MOBILE = Pattern.compile("\\+861[3-9][0-9]{9}");

  private final String e164;

  private PhoneNumber(String e164) {
    this.e164 = e164;
  }

  /**
   * @throws DomainException INVALID_INPUT on {@code phone} unless {@code value} is a mainland
   *     mobile number in E.164 form
   */
  public static PhoneNumber of(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("phone", "is required");
    }
    if (!MAINLAND_MOBILE.matcher(value).matches()) {
      throw DomainException.invalid(
          "phone", "must be a mainland China mobile number in E.164 form, e.g. +8613812345678");
    }
    return new PhoneNumber(value);
  }

  /** The number itself, for hashing, encryption and the SMS partner only. */
  public String e164() {
    return e164;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber p && p.e164.equals(e164);
  }

  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  @Override
  public String toString() {
    return "+86*******" + e164.substring(e164.length() - 4);
  }
}
