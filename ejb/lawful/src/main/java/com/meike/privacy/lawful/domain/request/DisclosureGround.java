package com.meike.privacy.lawful.domain.request;

/**
 * What a disclosure rests on (REC-9, DISC-2; policy Part 1 录音 4, Part 2 §III(3)): a legal procedure
 * — an authority's request or a user's legal document, reviewed against the document — or the
 * person's separate consent — to a recording shared with a recipient they chose, or to a public
 * disclosure — which the consent ledger must show in force at screening and again when the package
 * is built.
 */
public enum DisclosureGround {
  /** 依法定程序：机关依法调取或用户持法律文件依法调取. */
  LEGAL_PROCEDURE,
  /** 另行取得本人单独同意. */
  SEPARATE_CONSENT
}
