package com.meike.privacy.rights.domain.request;

/** How identity is checked before anything is acted on (DSR-5). */
public enum Verification {
  /** A fresh one-time code to the account's phone, typed back by the requester. */
  PHONE_CODE,
  /**
   * Customer service checks stronger evidence (ID document, call-back): requests by phone, and
   * every account cancellation (§V(4): cancellation goes through customer service).
   */
  STAFF;

  public static Verification of(RequestChannel channel, RequestKind kind) {
    return channel == RequestChannel.PHONE || kind == RequestKind.CANCELLATION ? STAFF : PHONE_CODE;
  }
}
