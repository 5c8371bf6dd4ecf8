package com.meike.privacy.incidents.domain.complaint;

/**
 * Who handles a complaint now (CMP-1), in escalation order: customer service, their supervisors,
 * then the privacy officer together with legal. Escalation only ever moves up.
 */
public enum ComplaintTier {
  CUSTOMER_SERVICE,
  SUPERVISOR,
  PRIVACY_OFFICE_LEGAL;

  public boolean isAbove(ComplaintTier other) {
    return compareTo(other) > 0;
  }
}
