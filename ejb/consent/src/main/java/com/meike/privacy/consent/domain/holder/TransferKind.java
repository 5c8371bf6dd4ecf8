package com.meike.privacy.consent.domain.holder;

/** The events of Part 2 §III(2) 2 that move the data to a new holder. */
public enum TransferKind {
  /** 合并. */
  MERGER,
  /** 收购. */
  ACQUISITION,
  /** 破产清算. */
  BANKRUPTCY_LIQUIDATION
}
