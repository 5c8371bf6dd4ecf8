package com.meike.privacy.rights.domain.counters;

/** How near a count is to its threshold. */
public enum ThresholdState {
  BELOW("未接近 Below"),
  NEAR("接近阈值 Near the threshold"),
  REACHED("已达到 Reached");

  private final String label;

  ThresholdState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
