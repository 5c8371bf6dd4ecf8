package com.meike.privacy.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The counting rule of {@link WorkingDayCalendar} on explicit calendars built here. */
class WorkingDayCalendarTest {

  static final ZoneId SHANGHAI = WorkingDayCalendar.CHINA;

  /**
   * Spring Festival 2026 as the State Council arranged it: 02-15..02-23 off, 02-14 and 02-28 work.
   */
  static WorkingDayCalendar springFestival2026() {
    return WorkingDayCalendar.of(
        range(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)),
        List.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)));
  }

  /**
   * National Day 2026: 10-01..10-07 off, Sun 09-20 and Sat 10-10 work; Mid-Autumn 09-25..09-27 off.
   */
  static WorkingDayCalendar nationalDay2026() {
    List<LocalDate> holidays =
        new ArrayList<>(range(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27)));
    holidays.addAll(range(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
    return WorkingDayCalendar.of(
        holidays, List.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));
  }

  @Test
  void weekdays_are_working_days_weekends_are_not() {
    WorkingDayCalendar calendar = WorkingDayCalendar.weekdaysOnly();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue(); // Monday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse(); // Saturday
  }

  @Test
  void the_filing_day_is_day_zero_and_the_deadline_is_the_end_of_the_nth_working_day_after_it() {
    WorkingDayCalendar calendar = WorkingDayCalendar.weekdaysOnly();
    // filed Monday 2026-11-30 10:00 in Shanghai; 5 working days: Tue..Fri, Mon 12-07
    Instant filed = Instant.parse("2026-11-30T02:00:00Z");

    Instant deadline = calendar.plusWorkingDays(filed, 5, SHANGHAI);

    assertThat(deadline).isEqualTo(Instant.parse("2026-12-07T16:00:00Z")); // 12-08 00:00 +08:00
  }

  @Test
  void a_complaint_filed_late_in_the_evening_utc_counts_from_its_shanghai_day() {
    WorkingDayCalendar calendar = WorkingDayCalendar.weekdaysOnly();
    // 2026-12-04T17:00Z is Saturday 01:00 in Shanghai: Monday is the first working day after it
    Instant filed = Instant.parse("2026-12-04T17:00:00Z");

    assertThat(calendar.plusWorkingDays(filed, 1, SHANGHAI))
        .isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
  }

  @Test
  void filing_on_a_weekend_or_holiday_counts_from_the_next_working_day() {
    WorkingDayCalendar calendar = WorkingDayCalendar.weekdaysOnly();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 5), 1))
        .isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 5), 0))
        .isEqualTo(LocalDate.of(2026, 12, 5));
  }

  @Test
  void
      fifteen_working_days_across_the_spring_festival_skip_the_holiday_and_count_the_adjusted_saturdays() {
    WorkingDayCalendar calendar = springFestival2026();
    // filed Wed 2026-02-11: Thu 12, Fri 13, Sat 14 (works) = 3; 15..23 off;
    // Tue 24, Wed 25, Thu 26, Fri 27, Sat 28 (works) = 8; Mon 03-02 .. Fri 03-06 = 13; Mon 09, Tue
    // 10 = 15
    LocalDate filed = LocalDate.of(2026, 2, 11);

    LocalDate lastDay = calendar.plusWorkingDays(filed, 15);

    assertThat(lastDay).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(calendar.plusWorkingDays(Instant.parse("2026-02-11T01:00:00Z"), 15, SHANGHAI))
        .isEqualTo(Instant.parse("2026-03-10T16:00:00Z"));
    assertThat(WorkingDayCalendar.weekdaysOnly().plusWorkingDays(filed, 15))
        .isEqualTo(LocalDate.of(2026, 3, 4));
  }

  @Test
  void fifteen_working_days_across_national_day_and_mid_autumn() {
    WorkingDayCalendar calendar = nationalDay2026();
    // filed Fri 09-18: Sun 20 (works) =1, Mon 21..Thu 24 =5, 25..27 off, Mon 28..Wed 30 =8,
    // 10-01..07 off, Thu 08, Fri 09, Sat 10 (works) =11, Mon 12..Thu 15 = 15
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 18), 15))
        .isEqualTo(LocalDate.of(2026, 10, 15));
  }

  @Test
  void working_days_between_is_the_inverse_of_plus_working_days() {
    WorkingDayCalendar calendar = nationalDay2026();
    LocalDate from = LocalDate.of(2026, 9, 18);
    for (int days = 0; days <= 20; days++) {
      assertThat(calendar.workingDaysBetween(from, calendar.plusWorkingDays(from, days)))
          .isEqualTo(days);
    }
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 7)))
        .isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 1)))
        .isZero();
    assertThat(
            calendar.workingDaysBetween(
                Instant.parse("2026-09-30T01:00:00Z"),
                Instant.parse("2026-10-08T01:00:00Z"),
                SHANGHAI))
        .isEqualTo(1);
  }

  @Test
  void an_inconsistent_calendar_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingDayCalendar.of(List.of(), List.of(LocalDate.of(2026, 2, 16))))
        .withMessageContaining("weekday");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                WorkingDayCalendar.of(
                    List.of(LocalDate.of(2026, 2, 14)), List.of(LocalDate.of(2026, 2, 14))))
        .withMessageContaining("both");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> WorkingDayCalendar.weekdaysOnly().plusWorkingDays(LocalDate.of(2026, 1, 5), -1));
  }

  @Test
  void the_seeded_default_knows_the_2026_arrangements_and_configuration_replaces_a_list() {
    WorkingDayCalendar seeded = WorkingDayCalendarProducer.seeded();
    assertThat(seeded.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
    assertThat(seeded.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    assertThat(seeded.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(seeded.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();

    WorkingDayCalendar configured =
        WorkingDayCalendarProducer.fromLists(
            Optional.of("2026-12-01, 2026-12-02"), Optional.of(""));
    assertThat(configured.isWorkingDay(LocalDate.of(2026, 12, 1))).isFalse();
    assertThat(configured.isWorkingDay(LocalDate.of(2026, 2, 17))).isTrue();
    assertThat(configured.isWorkingDay(LocalDate.of(2026, 2, 28))).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> WorkingDayCalendarProducer.fromLists(Optional.of("2026-13-01"), Optional.empty()))
        .withMessageContaining(WorkingDayCalendarProducer.HOLIDAYS);
  }

  private static List<LocalDate> range(LocalDate first, LocalDate last) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }
}
