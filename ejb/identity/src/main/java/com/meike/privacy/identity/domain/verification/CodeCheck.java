package com.meike.privacy.identity.domain.verification;

/** What checking a code against a verification found. Callers answer all refusals alike. */
public enum CodeCheck {
  ACCEPTED,
  WRONG,
  /** Wrong, and that was the last allowed attempt: the code is now burnt. */
  WRONG_AND_BURNT,
  EXPIRED,
  ALREADY_USED,
  BURNT;

  public boolean accepted() {
    return this == ACCEPTED;
  }
}
