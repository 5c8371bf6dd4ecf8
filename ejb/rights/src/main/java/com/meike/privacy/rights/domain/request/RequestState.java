package com.meike.privacy.rights.domain.request;

/**
 * AWAITING_VERIFICATION → IN_PROGRESS (clock running) → FULFILLED | REFUSED; or NOT_VERIFIED. A
 * repeated or excessive request may be charged a fee (DSR-6): IN_PROGRESS → AWAITING_FEE (clock
 * paused) → IN_PROGRESS when the person accepts, or FEE_LAPSED when the fee's deadline passes.
 */
public enum RequestState {
  AWAITING_VERIFICATION,
  IN_PROGRESS,
  AWAITING_FEE,
  FULFILLED,
  REFUSED,
  NOT_VERIFIED,
  FEE_LAPSED;

  public boolean isOpen() {
    return this == AWAITING_VERIFICATION || this == IN_PROGRESS || this == AWAITING_FEE;
  }
}
