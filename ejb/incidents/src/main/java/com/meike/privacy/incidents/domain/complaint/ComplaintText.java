package com.meike.privacy.incidents.domain.complaint;

import com.meike.privacy.kernel.problem.DomainException;

/** Free text written by a complainant or a handler: 1 to 2000 characters after trimming. */
public final class ComplaintText {

  public static final int MAX_LENGTH = 2000;

  private ComplaintText() {}

  /**
   * @throws DomainException INVALID_INPUT on {@code field} when empty or too long
   */
  public static String of(String field, String value) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw DomainException.invalid(field, "must not be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw DomainException.invalid(field, "must be at most " + MAX_LENGTH + " characters");
    }
    return text;
  }
}
