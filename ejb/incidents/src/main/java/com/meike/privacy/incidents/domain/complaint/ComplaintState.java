package com.meike.privacy.incidents.domain.complaint;

/** Where a complaint stands. The answer period's clock does not run while AWAITING_INFORMATION. */
public enum ComplaintState {
  OPEN,
  AWAITING_INFORMATION,
  ANSWERED,
  CLOSED;

  public boolean isOpen() {
    return this == OPEN || this == AWAITING_INFORMATION;
  }
}
