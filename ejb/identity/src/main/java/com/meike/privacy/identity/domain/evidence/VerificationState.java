package com.meike.privacy.identity.domain.evidence;

/** The only thing about a verification anyone is shown (ID-4). */
public enum VerificationState {
  PENDING,
  PASSED,
  FAILED;

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code field}
   */
  public static VerificationState parse(String field, String value) {
    for (VerificationState state : values()) {
      if (state.name().equals(value)) {
        return state;
      }
    }
    throw com.meike.privacy.kernel.problem.DomainException.invalid(
        field, "must be PENDING, PASSED or FAILED");
  }
}
