package com.meike.privacy.consent.domain.assessment;

/** The kinds of processing that need an impact assessment before they happen (PIPL art. 55). */
public enum AssessedProcessing {
  /** Processing sensitive personal information (art. 55(1)): names a purpose of the catalogue. */
  SENSITIVE_PROCESSING("处理敏感个人信息", "Processing sensitive personal information"),
  /** Automated decision-making (art. 55(2)): names a purpose of the catalogue. */
  AUTOMATED_DECISION("利用个人信息进行自动化决策", "Automated decision-making"),
  /**
   * Providing personal information to another processor (art. 55(3)): names partner and purpose.
   */
  PARTNER_SHARING("向其他个人信息处理者提供个人信息", "Sharing with a partner"),
  /** Providing personal information abroad (art. 55(4)): names a registered transfer. */
  CROSS_BORDER_TRANSFER("向境外提供个人信息", "Transfer abroad");

  private final String labelZh;
  private final String labelEn;

  AssessedProcessing(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  public String label() {
    return labelZh + " " + labelEn;
  }

  /**
   * The key of the processing an assessment allows: what the register is looked up by.
   *
   * @param purpose a purpose code (all kinds but a transfer abroad)
   * @param partner a partner id (sharing only)
   * @param transfer a registered transfer's id (transfer abroad only)
   */
  public String key(String purpose, String partner, String transfer) {
    return switch (this) {
      case SENSITIVE_PROCESSING, AUTOMATED_DECISION -> name() + ":" + purpose;
      case PARTNER_SHARING -> name() + ":" + partner + "/" + purpose;
      case CROSS_BORDER_TRANSFER -> name() + ":" + transfer;
    };
  }
}
