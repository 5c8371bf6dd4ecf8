package com.meike.privacy.rights.domain.request;

/** How a request reached us, which decides how identity is verified (DSR-5). */
public enum RequestChannel {
  /** The person, in the app (bearer token); verified by a fresh code to the account's phone. */
  APP("应用内 In the app"),
  /** A guardian for their child (ID-6), in the app; the guardian verifies with a fresh code. */
  GUARDIAN("监护人代为申请 A guardian for their child"),
  /** Customer service registered a request received by phone; customer service verifies. */
  PHONE("客服电话登记 Registered by customer service from a call");

  private final String label;

  RequestChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
