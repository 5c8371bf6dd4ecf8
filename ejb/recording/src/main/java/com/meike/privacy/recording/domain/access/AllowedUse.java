package com.meike.privacy.recording.domain.access;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The closed list of uses a recording may be opened for (REC-7; policy, Part 1 "录音" item 3 a–d).
 * Anything else is refused when an application is made.
 */
public enum AllowedUse {
  /** 3 a) with the user's consent, as evidence for handling a dispute. */
  DISPUTE_EVIDENCE(
      "经用户同意，作为处理用户纠纷的依据",
      "Evidence for handling a user dispute, with consent",
      "纠纷取证 (dispute evidence, with consent)"),
  /** 3 b) urgent protection of life or property when consent is hard to obtain. */
  URGENT_PROTECTION(
      "情况紧急时维护用户人身财产安全",
      "Urgent protection of a user's life or property",
      "紧急保护 (urgent protection of life or property)"),
  /** 3 c) spot checks for violations of the platform's user rules. */
  RULE_SPOT_CHECK(
      "抽查检测违反平台用户规则的行为",
      "Spot check for violations of the platform rules",
      "违规抽查 (spot check for rule violations)"),
  /** 3 d) system analysis to design and build tools that protect users' safety. */
  SAFETY_ANALYSIS(
      "系统分析，设计开发保护用户安全的辅助工具", "System analysis for user-safety tools", "安全分析 (safety analysis)");

  private final String chineseLabel;
  private final String englishLabel;
  private final String shortLabel;

  AllowedUse(String chineseLabel, String englishLabel, String shortLabel) {
    this.chineseLabel = chineseLabel;
    this.englishLabel = englishLabel;
    this.shortLabel = shortLabel;
  }

  /**
   * The use's name on staff screens — Tasklist's forms, task lists and captions — in Chinese with
   * English help. The one source: the application form's choices are checked against it by a test.
   */
  public String shortLabel() {
    return shortLabel;
  }

  /** The use as the privacy policy words it. */
  public String chineseLabel() {
    return chineseLabel;
  }

  /** The use in English, for staff screens and documentation. */
  public String englishLabel() {
    return englishLabel;
  }

  /**
   * The use named exactly by {@code name} (the constant's name, surrounding blanks ignored, case
   * sensitive as in the API contract).
   *
   * @throws DomainException INVALID_INPUT on field {@code use} for anything not on the list
   */
  public static AllowedUse parse(String name) {
    if (name != null) {
      String trimmed = name.strip();
      for (AllowedUse use : values()) {
        if (use.name().equals(trimmed)) {
          return use;
        }
      }
    }
    throw DomainException.invalid("use", "must be one of " + names());
  }

  private static String names() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
