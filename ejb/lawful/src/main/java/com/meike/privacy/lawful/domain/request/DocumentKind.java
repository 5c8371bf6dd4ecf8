package com.meike.privacy.lawful.domain.request;

import com.meike.privacy.kernel.problem.DomainException;

/**
 * The legal document a request rests on (Part 2 §III(3): 传票、调查函 and the like). A court's judgment
 * or ruling and an assistance notice are compulsory; the others are compulsory when the issuing
 * authority says so, which the registering staff member states ({@code compulsoryOrder}).
 */
public enum DocumentKind {
  /** 传票. */
  SUBPOENA,
  /** 调查函 / 调查取证函. */
  INVESTIGATION_LETTER,
  /** 调取证据通知书. */
  EVIDENCE_COLLECTION_NOTICE,
  /** 协助查询（执行）通知书. */
  ASSISTANCE_NOTICE,
  /** 判决书、裁定书、决定书. */
  COURT_DECISION,
  /** 外国请求书（须附中国主管机关批准）. */
  FOREIGN_REQUEST,
  /**
   * 本人同意书或接收方申请书: what a request on the person's separate consent comes with (REC-9, DISC-2); the
   * consent itself is the ledger's, checked at screening.
   */
  CONSENT_LETTER,
  /** 其他法律文书. */
  OTHER;

  /**
   * @throws DomainException INVALID_INPUT on {@code documentKind} for anything else
   */
  public static DocumentKind parse(String name) {
    return AuthorityKind.parse(DocumentKind.class, name, "documentKind");
  }
}
