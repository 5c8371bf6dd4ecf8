package com.meike.privacy.recording.application;

/**
 * What an applicant submits: the order, one allowed use (REC-7) by its name, why, and — for urgent
 * protection only — the urgency (what is at stake and why consent cannot be had in time). Validated
 * by the service.
 */
public record ApplicationRequest(String orderNumber, String use, String reason, String urgency) {

  /** A use without urgency. */
  public ApplicationRequest(String orderNumber, String use, String reason) {
    this(orderNumber, use, reason, null);
  }
}
