package com.meike.privacy.recording.domain.access;

import com.meike.privacy.kernel.problem.DomainException;

/**
 * Why the applicant needs to listen: required, trimmed, {@value #MIN_LENGTH} to {@value
 * #MAX_LENGTH} characters (Java chars: a Chinese character counts one, a character outside the
 * Basic Multilingual Plane two, so the text always fits a {@code varchar(1000)} column on H2 and
 * PostgreSQL alike). It may hold personal data and is therefore never written to logs or the audit
 * detail.
 */
public record AccessReason(String text) {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 1000;

  /**
   * @throws DomainException INVALID_INPUT on field {@code reason}
   */
  public AccessReason {
    if (text == null || text.isBlank()) {
      throw DomainException.invalid("reason", "is required");
    }
    text = text.strip();
    int length = text.length();
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw DomainException.invalid(
          "reason", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
    }
  }

  /** Never the text itself, so an accidental log line leaks nothing. */
  @Override
  public String toString() {
    return "AccessReason[" + text.length() + " chars]";
  }
}
