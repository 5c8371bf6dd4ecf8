package com.meike.privacy.incidents.domain.breach;

/**
 * The grades of the 2025 national measures for reporting cybersecurity incidents
 * (《国家网络安全事件报告管理办法》), lowest first. An incident graded {@link #RELATIVELY_MAJOR} or above is
 * reported to the provincial cyberspace authority within the configured hours of its discovery
 * (INC-4).
 */
public enum IncidentGrade {
  GENERAL("一般", "general"),
  RELATIVELY_MAJOR("较大", "relatively major"),
  MAJOR("重大", "major"),
  ESPECIALLY_MAJOR("特别重大", "especially major");

  private final String zh;
  private final String en;

  IncidentGrade(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** As people read it: {@code 较大 (relatively major)}. */
  public String label() {
    return zh + " (" + en + ")";
  }

  /** Whether the regulator must be told within the reporting clock. */
  public boolean reportable() {
    return compareTo(RELATIVELY_MAJOR) >= 0;
  }

  public IncidentGrade max(IncidentGrade other) {
    return other == null || compareTo(other) >= 0 ? this : other;
  }
}
