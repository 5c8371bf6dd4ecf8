package com.meike.privacy.consent.domain.policy;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The six kinds of major change the policy names (Part 2 §VIII 1–6). A new policy version flagged
 * as a major change names at least one of them; it makes everyone who has ever consented consent
 * again before optional processing continues (CON-5).
 */
public enum MajorChangeKind {
  /** 1. 服务模式发生重大变化：处理个人信息的目的、类型、使用方式. */
  SERVICE_MODEL(
      1,
      "我们的服务模式发生重大变化。如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等",
      "Major change of the service model: purposes, types of information or ways of use"),
  /** 2. 控制权等方面发生重大变化：并购重组等引起的信息控制者变更. */
  CONTROL(
      2,
      "我们在控制权等方面发生重大变化。如并购重组等引起的信息控制者变更等",
      "Major change of control, such as a new controller after a merger or acquisition"),
  /** 3. 个人信息共享、转让或公开披露的主要对象发生变化. */
  RECIPIENTS(
      3,
      "个人信息共享、转让或公开披露的主要对象发生变化",
      "Change of the main recipients of sharing, transfer or public disclosure"),
  /** 4. 您参与个人信息处理方面的权利及其行使方式发生重大变化. */
  RIGHTS(
      4,
      "您参与个人信息处理方面的权利及其行使方式发生重大变化",
      "Major change of the person's rights and how they are exercised"),
  /** 5. 负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化. */
  RESPONSIBLE_DEPARTMENT(
      5,
      "我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化",
      "Change of the department responsible for security, its contacts or complaint channels"),
  /** 6. 个人信息安全影响评估报告表明存在高风险. */
  HIGH_RISK_ASSESSMENT(
      6, "个人信息安全影响评估报告表明存在高风险", "A personal-information impact assessment shows a high risk");

  private final int item;
  private final String chineseLabel;
  private final String englishLabel;

  MajorChangeKind(int item, String chineseLabel, String englishLabel) {
    this.item = item;
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
  }

  /** The item number in Part 2 §VIII. */
  public int item() {
    return item;
  }

  /** The kind as the privacy policy words it. */
  public String chineseLabel() {
    return chineseLabel;
  }

  public String englishLabel() {
    return englishLabel;
  }

  /**
   * The kind named exactly by {@code name} (surrounding blanks ignored).
   *
   * @throws DomainException INVALID_INPUT on field {@code majorChangeKinds} for anything else
   */
  public static MajorChangeKind parse(String name) {
    if (name != null) {
      String trimmed = name.strip();
      for (MajorChangeKind kind : values()) {
        if (kind.name().equals(trimmed)) {
          return kind;
        }
      }
    }
    throw DomainException.invalid("majorChangeKinds", "each must be one of " + names());
  }

  private static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
