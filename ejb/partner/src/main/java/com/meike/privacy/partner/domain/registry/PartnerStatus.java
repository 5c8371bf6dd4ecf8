package com.meike.privacy.partner.domain.registry;

/** Whether anything may be sent to a partner now. A suspended partner receives nothing. */
public enum PartnerStatus {
  ACTIVE,
  SUSPENDED
}
