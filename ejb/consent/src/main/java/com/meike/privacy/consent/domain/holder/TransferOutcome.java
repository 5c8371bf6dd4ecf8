package com.meike.privacy.consent.domain.holder;

/** What a transfer means for the people whose data moves (PTN-6). */
public enum TransferOutcome {
  /** The new holder committed in writing to the policy in force; nothing changes for people. */
  BOUND_TO_CURRENT_POLICY,
  /** The new holder does not take over the policy: every affected person consents again. */
  REQUIRES_RECONSENT
}
