package com.meike.privacy.rights.domain.counters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AUD-4: the regulator's thresholds warn before they are reached")
class LimitsTest {

  final Limits statutory = Limits.statutory(80);

  @Test
  @DisplayName(
      "AUD-4: 10,000 people's sensitive data abroad — below, warned from 80 %, reached at the limit")
  void sensitiveDataAbroad() {
    assertThat(statutory.standing(RegulatoryThreshold.ABROAD_SENSITIVE, 7_999).state())
        .isEqualTo(ThresholdState.BELOW);
    assertThat(statutory.standing(RegulatoryThreshold.ABROAD_SENSITIVE, 8_000).state())
        .isEqualTo(ThresholdState.NEAR);
    assertThat(statutory.standing(RegulatoryThreshold.ABROAD_SENSITIVE, 9_999).state())
        .isEqualTo(ThresholdState.NEAR);
    assertThat(statutory.standing(RegulatoryThreshold.ABROAD_SENSITIVE, 10_000).state())
        .isEqualTo(ThresholdState.REACHED);
  }

  @Test
  @DisplayName(
      "AUD-4: the same count stands differently against 100 k and 1 M people abroad, and 10 M in total")
  void eachThresholdHasItsOwnLimit() {
    assertThat(statutory.standing(RegulatoryThreshold.ABROAD, 150_000).state())
        .isEqualTo(ThresholdState.REACHED);
    assertThat(statutory.standing(RegulatoryThreshold.ABROAD_LARGE, 150_000).state())
        .isEqualTo(ThresholdState.BELOW);
    assertThat(statutory.standing(RegulatoryThreshold.ABROAD_LARGE, 800_000).state())
        .isEqualTo(ThresholdState.NEAR);
    assertThat(statutory.standing(RegulatoryThreshold.TOTAL_PEOPLE, 9_000_000).limit())
        .isEqualTo(10_000_000);
    assertThat(RegulatoryThreshold.TOTAL_PEOPLE.consequence()).contains("every two years");
  }

  @Test
  @DisplayName(
      "AUD-4: limits are configuration, and a missing or meaningless one is refused at start")
  void limitsAreChecked() {
    Limits lower =
        new Limits(
            Map.of(
                RegulatoryThreshold.ABROAD_SENSITIVE,
                10L,
                RegulatoryThreshold.ABROAD,
                100L,
                RegulatoryThreshold.ABROAD_LARGE,
                1_000L,
                RegulatoryThreshold.TOTAL_PEOPLE,
                10_000L),
            50);
    assertThat(lower.standing(RegulatoryThreshold.ABROAD_SENSITIVE, 5).state())
        .isEqualTo(ThresholdState.NEAR);
    assertThatThrownBy(() -> new Limits(Map.of(RegulatoryThreshold.ABROAD, 100L), 80))
        .hasMessageContaining("ABROAD_SENSITIVE");
    assertThatThrownBy(() -> Limits.statutory(0)).hasMessageContaining("1 to 100");
  }
}
