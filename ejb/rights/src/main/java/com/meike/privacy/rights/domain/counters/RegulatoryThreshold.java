package com.meike.privacy.rights.domain.counters;

/**
 * A number of people at which the law asks something of the company (AUD-4). The limits are
 * configuration ({@link Limits}); what each one triggers is fixed here, in words people read.
 */
public enum RegulatoryThreshold {

  /** Cross-border provisions (2024) art. 7–8: sensitive data of 10,000 people abroad in a year. */
  ABROAD_SENSITIVE(
      "境外提供敏感个人信息人数 People whose sensitive personal information went abroad this year",
      "申报数据出境安全评估 Apply for the CAC's security assessment of the transfer abroad"),
  /**
   * Cross-border provisions (2024) art. 8: personal information of 100,000 people abroad in a year.
   */
  ABROAD(
      "境外提供个人信息人数 People whose personal information went abroad this year",
      "订立并备案个人信息出境标准合同或通过认证 File the standard contract for transfers abroad (or certify)"),
  /**
   * Cross-border provisions (2024) art. 7: personal information of 1,000,000 people abroad in a
   * year.
   */
  ABROAD_LARGE(
      "境外提供个人信息人数（安全评估） People whose personal information went abroad this year (security assessment)",
      "申报数据出境安全评估 Apply for the CAC's security assessment of the transfer abroad"),
  /**
   * Compliance audit measures (2025) art. 19: processors of 10 million people audit every two
   * years.
   */
  TOTAL_PEOPLE(
      "处理个人信息总人数 People whose personal information the platform holds",
      "每两年至少开展一次个人信息保护合规审计 Run a personal-information compliance audit at least every two years");

  private final String label;
  private final String consequence;

  RegulatoryThreshold(String label, String consequence) {
    this.label = label;
    this.consequence = consequence;
  }

  public String label() {
    return label;
  }

  public String consequence() {
    return consequence;
  }
}
