package com.meike.privacy.kernel.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PRC working-day calendar that legal answer periods are counted on (DSR-6, CMP-1): Monday to
 * Friday, minus the public holidays, plus the weekends the State Council declares working days
 * (调休上班). Both lists are data, not code: {@link WorkingDayCalendarProducer} reads them from
 * configuration each year's notice can be entered into.
 *
 * <p>Counting rule, used by every deadline of the system: the day something happens (the filing
 * day) is day 0, whether or not it is a working day; the N-th working day <em>after</em> it is the
 * last day of the period, and the deadline is the <em>end</em> of that day in the given zone, i.e.
 * the instant 00:00 of the following calendar day (exclusive: whatever happens before that instant
 * is in time). A complaint filed on Monday 2026-11-30 with 5 working days is due at the end of
 * Monday 2026-12-07 = 2026-12-08T00:00+08:00.
 */
public final class WorkingDayCalendar {

  /** The zone of the PRC calendar; deadlines for people in China are counted in it. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingWeekends;

  private WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
    this.holidays = Set.copyOf(holidays);
    this.workingWeekends = Set.copyOf(workingWeekends);
  }

  /**
   * A calendar with these public holidays (days off that would otherwise be working days; weekend
   * dates in the list change nothing) and adjusted working weekends.
   *
   * @throws IllegalArgumentException when a working weekend is not a Saturday or Sunday, or a date
   *     is both a holiday and a working day
   */
  public static WorkingDayCalendar of(
      Collection<LocalDate> holidays, Collection<LocalDate> workingWeekends) {
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(workingWeekends, "workingWeekends");
    for (LocalDate day : workingWeekends) {
      if (!isWeekend(day)) {
        throw new IllegalArgumentException(
            day + " is listed as a working weekend but is a weekday");
      }
      if (holidays.contains(day)) {
        throw new IllegalArgumentException(
            day + " is listed both as a holiday and as a working day");
      }
    }
    return new WorkingDayCalendar(new TreeSet<>(holidays), new TreeSet<>(workingWeekends));
  }

  /** Monday to Friday only, no holidays: for tests and as the neutral element. */
  public static WorkingDayCalendar weekdaysOnly() {
    return of(Set.of(), Set.of());
  }

  public boolean isWorkingDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (workingWeekends.contains(day)) {
      return true;
    }
    return !isWeekend(day) && !holidays.contains(day);
  }

  /** The {@code days}-th working day strictly after {@code day} ({@code day} itself for 0). */
  public LocalDate plusWorkingDays(LocalDate day, int days) {
    Objects.requireNonNull(day, "day");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate current = day;
    int counted = 0;
    while (counted < days) {
      current = current.plusDays(1);
      if (isWorkingDay(current)) {
        counted++;
      }
    }
    return current;
  }

  /**
   * The deadline {@code days} working days after {@code from}: the end (exclusive) of the {@code
   * days}-th working day after the calendar day {@code from} falls on in {@code zone}. See the
   * class comment for the counting rule.
   */
  public Instant plusWorkingDays(Instant from, int days, ZoneId zone) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(zone, "zone");
    return endOf(plusWorkingDays(from.atZone(zone).toLocalDate(), days), zone);
  }

  /**
   * How many working days lie after {@code from} up to and including {@code to} (0 when {@code to}
   * is not after {@code from}). The inverse of {@link #plusWorkingDays(LocalDate, int)}: {@code
   * workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * {@link #workingDaysBetween(LocalDate, LocalDate)} of the calendar days two instants fall on in
   * {@code zone}.
   */
  public int workingDaysBetween(Instant from, Instant to, ZoneId zone) {
    return workingDaysBetween(from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate());
  }

  /** The first instant of {@code day} in {@code zone}. */
  public static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** The end of {@code day} in {@code zone}: the first instant of the next day (exclusive). */
  public static Instant endOf(LocalDate day, ZoneId zone) {
    return ZonedDateTime.of(day.plusDays(1).atStartOfDay(), zone).toInstant();
  }

  public Set<LocalDate> holidays() {
    return holidays;
  }

  public Set<LocalDate> workingWeekends() {
    return workingWeekends;
  }

  private static boolean isWeekend(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
  }
}
