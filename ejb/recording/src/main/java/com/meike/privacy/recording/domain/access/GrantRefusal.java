package com.meike.privacy.recording.domain.access;

/** Why a {@link RecordingAccessGrant} does not open a recording. */
public enum GrantRefusal {
  /** Someone other than the holder presented it. */
  OTHER_HOLDER("the grant was issued to someone else"),
  /** It was presented for another order's recording. */
  OTHER_ORDER("the grant opens only the recording of the order it was issued for"),
  /** It was revoked. */
  REVOKED("the grant was revoked"),
  /** Its time ran out. */
  EXPIRED("the grant has expired");

  private final String reason;

  GrantRefusal(String reason) {
    this.reason = reason;
  }

  /** A sentence for the refused caller; holds no personal data. */
  public String reason() {
    return reason;
  }
}
