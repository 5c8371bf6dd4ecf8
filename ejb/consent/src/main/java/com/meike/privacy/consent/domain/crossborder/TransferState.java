package com.meike.privacy.consent.domain.crossborder;

/** Where a planned transfer abroad stands with its personal-information impact assessment. */
public enum TransferState {
  /** Registered; no assessment yet, so nothing may go abroad and nobody is asked to consent. */
  PLANNED,
  /** Assessed as acceptable: people may be asked for their separate consent. */
  ASSESSED,
  /** Assessed as not acceptable: refused for good. */
  REJECTED
}
