package com.meike.privacy.rights.domain.shutdown;

/** Where a shutdown stands. */
public enum ShutdownState {
  /** Requested; collection goes on until the privacy officer approves. */
  REQUESTED("待审批 Awaiting approval"),
  REJECTED("已驳回 Rejected"),
  /** Approved: collection stopped at that moment; notices go out. */
  COLLECTION_STOPPED("已停止收集 Collection stopped"),
  /** Every affected person told, the announcement published; waiting for the shutdown date. */
  NOTIFIED("已通知 Notified"),
  /** The shutdown date came: deletion and anonymisation run batch by batch. */
  DISPOSING("处置中 Disposing"),
  /** Disposal done; waiting for the partners and the verification. */
  DISPOSED("已处置 Disposed"),
  /** Verified nothing identifying is left, signed off by the privacy officer. */
  VERIFIED("已核验 Verified");

  private final String label;

  ShutdownState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
