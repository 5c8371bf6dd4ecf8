package com.meike.privacy.rights.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("DSR-6")
class DeadlinePolicyTest {

  /** National Day 2026: 10-01..10-07 off, Saturday 10-10 works. */
  static WorkingDayCalendar nationalDay() {
    List<LocalDate> holidays = new ArrayList<>();
    for (int d = 1; d <= 7; d++) {
      holidays.add(LocalDate.of(2026, 10, d));
    }
    return WorkingDayCalendar.of(holidays, List.of(LocalDate.of(2026, 10, 10)));
  }

  @Test
  @DisplayName(
      "DSR-6: 15 working days from verification skip the National Day holiday and count the working Saturday")
  void fifteenWorkingDaysAcrossAHoliday() {
    // verified Monday 2026-09-28, 10:00 in Shanghai
    Instant verified = Instant.parse("2026-09-28T02:00:00Z");
    DeadlinePolicy.Deadlines deadlines = DeadlinePolicy.standard().from(verified, nationalDay());
    // 09-29, 09-30 (2), 10-08, 10-09 (4), Sat 10-10 (5), 10-12..16 (10), 10-19..23 (15)
    assertThat(deadlines.lastDay()).isEqualTo(LocalDate.of(2026, 10, 23));
    assertThat(deadlines.dueAt()).isEqualTo(Instant.parse("2026-10-23T16:00:00Z"));
    assertThat(deadlines.remindAt()).isEqualTo(Instant.parse("2026-10-16T16:00:00Z"));
    // escalation at the end of the 14th working day, before the last day begins
    assertThat(deadlines.escalateAt()).isEqualTo(Instant.parse("2026-10-22T16:00:00Z"));
  }

  @Test
  @DisplayName("DSR-6: without holidays, 15 working days are three calendar weeks")
  void threeWeeksWithoutHolidays() {
    Instant verified = Instant.parse("2026-11-30T02:00:00Z");
    assertThat(
            DeadlinePolicy.standard().from(verified, WorkingDayCalendar.weekdaysOnly()).lastDay())
        .isEqualTo(LocalDate.of(2026, 12, 21));
  }
}
