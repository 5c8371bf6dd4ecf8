package com.meike.privacy.consent.domain.ledger;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The closed list of situations where personal information is collected and used without consent
 * (CON-4; Part 2 §I 3 "征得授权同意的例外" (1)–(11), after PIPL art. 13). Using one names which one and why,
 * and is recorded and audited; anything not on this list needs consent. The Chinese labels are the
 * policy's own words (its punctuation included).
 */
public enum LegalException {
  /** (1) */
  NATIONAL_SECURITY(1, "与国家安全、国防安全有关的", "Related to national security or national defence"),
  /** (2) */
  PUBLIC_SAFETY_HEALTH_INTEREST(
      2,
      "与公共安全、公共卫生、重大公共利益有关的",
      "Related to public safety, public health or a major public interest"),
  /** (3) */
  CRIMINAL_JUSTICE(
      3,
      "与犯罪侦查、起诉、审判和判决执行等司法或行政执法有关的",
      "Related to criminal investigation, prosecution, trial, enforcement of judgments, or other"
          + " judicial or administrative law enforcement"),
  /** (4) */
  VITAL_INTERESTS(
      4,
      "出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的",
      "To protect the life, property or other major lawful interests of the person or others when"
          + " their consent is hard to obtain"),
  /** (5) */
  SELF_PUBLISHED(5, "您自行向社会公众公开的个人信息", "Information the person disclosed to the public themselves"),
  /** (6) */
  LAWFULLY_DISCLOSED(
      6,
      "从合法公开披露的信息中收集个人信息的,如合法的新闻报道、政府信息公开等渠道",
      "Collected from lawfully disclosed information, such as lawful news reports or government"
          + " information disclosure"),
  /** (7) */
  CONTRACT_NECESSITY(
      7,
      "根据与您签订和履行相关协议或其他书面文件所必需的",
      "Necessary to conclude or perform an agreement or other written document with the person"),
  /** (8) */
  SERVICE_SECURITY(
      8,
      "用于维护所提供的产品及/或服务的安全稳定运行所必需的,例如发现、处置产品及/或服务的故障",
      "Necessary for the secure and stable operation of the products or services, such as finding"
          + " and handling faults"),
  /** (9) */
  NEWS_REPORTING(9, "为合法的新闻报道所必需的", "Necessary for lawful news reporting"),
  /** (10) */
  ACADEMIC_RESEARCH(
      10,
      "学术研究机构基于公共利益开展统计或学术研究所必要,且对外提供学术研究或描述的结果时,对结果中所包含的个人信息进行去标识化处理的",
      "Necessary for statistical or academic research in the public interest by an academic"
          + " institution, with the personal information in published results de-identified"),
  /** (11) */
  OTHER_LEGAL_PROVISION(11, "法律法规规定的其他情形", "Other situations provided by laws and regulations");

  private final int item;
  private final String chineseLabel;
  private final String englishLabel;

  LegalException(int item, String chineseLabel, String englishLabel) {
    this.item = item;
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** The item number in Part 2 §I 3, (1) to (11). */
  public int item() {
    return item;
  }

  /** The exception as the privacy policy words it. */
  public String chineseLabel() {
    return chineseLabel;
  }

  public String englishLabel() {
    return englishLabel;
  }

  /**
   * The exception named exactly by {@code name} (surrounding blanks ignored).
   *
   * @throws DomainException INVALID_INPUT on field {@code exception} for anything not on the list
   */
  public static LegalException parse(String name) {
    if (name != null) {
      String trimmed = name.strip();
      for (LegalException exception : values()) {
        if (exception.name().equals(trimmed)) {
          return exception;
        }
      }
    }
    throw DomainException.invalid("exception", "must be one of " + names());
  }

  private static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
