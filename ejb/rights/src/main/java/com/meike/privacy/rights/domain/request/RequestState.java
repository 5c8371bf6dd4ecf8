package com.meike.privacy.rights.domain.request;

/** AWAITING_VERIFICATION → IN_PROGRESS (clock running) → FULFILLED | REFUSED; or NOT_VERIFIED. */
public enum RequestState {
  AWAITING_VERIFICATION,
  IN_PROGRESS,
  FULFILLED,
  REFUSED,
  NOT_VERIFIED;

  public boolean isOpen() {
    return this == AWAITING_VERIFICATION || this == IN_PROGRESS;
  }
}
