package com.meike.privacy.partner.domain.registry;

/** What a partner does for us, as the published SDK list groups them (PTN-1). */
public enum PartnerKind {
  PUSH,
  LOCATION,
  PAYMENT,
  MESSAGING,
  ANALYTICS
}
