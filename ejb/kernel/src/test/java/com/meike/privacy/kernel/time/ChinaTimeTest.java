package com.meike.privacy.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChinaTimeTest {

  @Test
  @DisplayName("China time: an instant reads in Beijing time, in Chinese, saying so")
  void anInstantReadsInChinaTime() {
    // 06:05 UTC is 14:05 in Beijing
    assertThat(ChinaTime.of(Instant.parse("2026-12-07T06:05:00Z")))
        .isEqualTo("2026年12月7日 14:05 (北京时间 China time)");
    assertThat(ChinaTime.bare(Instant.parse("2026-12-07T06:05:00Z"))).isEqualTo("2026年12月7日 14:05");
  }

  @Test
  @DisplayName("China time: late evening UTC is already the next day in Beijing")
  void theDayIsBeijingsDay() {
    assertThat(ChinaTime.of(Instant.parse("2026-12-31T16:30:00Z")))
        .isEqualTo("2027年1月1日 00:30 (北京时间 China time)");
  }

  @Test
  void aDateAndNothing() {
    assertThat(ChinaTime.date(LocalDate.of(2026, 10, 1))).isEqualTo("2026年10月1日");
    assertThat(ChinaTime.of(null)).isNull();
    assertThat(ChinaTime.date(null)).isNull();
  }
}
