package com.meike.privacy.rights.domain.request;

/** What a person asks for (Part 2 §V). */
public enum RequestKind {
  /** A copy of everything held about them, machine-readable (DSR-1). */
  ACCESS("查询及导出个人信息 Access and export"),
  /** Correct or complete their information (DSR-1). */
  CORRECTION("更正及补充 Correction"),
  /** Delete their information on one of the five grounds of §V(2) (DSR-2). */
  DELETION("删除个人信息 Deletion"),
  /** Close the account (§V(4), ID-7, DSR-3). */
  CANCELLATION("注销账户 Account cancellation"),
  /**
   * Explain an automated decision that significantly affects them, with an appeal (§V(5), DSR-4).
   */
  EXPLANATION("解释自动决策 Explanation of an automated decision");

  private final String label;

  RequestKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Deletion and cancellation remove data from every context and order partners to delete. */
  public boolean erases() {
    return this == DELETION || this == CANCELLATION;
  }
}
