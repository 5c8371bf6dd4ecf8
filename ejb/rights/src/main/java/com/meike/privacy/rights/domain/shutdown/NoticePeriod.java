package com.meike.privacy.rights.domain.shutdown;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The notice period of a shutdown (SHUT-1, Part 2 §I(十一) 4): people are told at least {@code
 * workingDays} working days (PRC calendar) before the shutdown date. Notices go out when the
 * shutdown is approved, so the date is checked at the request and again at the approval.
 */
public final class NoticePeriod {

  private final WorkingDayCalendar calendar;
  private final int workingDays;

  public NoticePeriod(WorkingDayCalendar calendar, int workingDays) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    if (workingDays < 1) {
      throw new IllegalArgumentException("the notice period must be at least one working day");
    }
    this.workingDays = workingDays;
  }

  /** The earliest shutdown date for notices sent on {@code noticeDay}. */
  public LocalDate earliestShutdown(LocalDate noticeDay) {
    return calendar.plusWorkingDays(noticeDay, workingDays);
  }

  /**
   * @throws DomainException INVALID_INPUT naming {@code shutdownDate} when it is fewer than the
   *     working days after {@code noticeDay}
   */
  public void check(LocalDate noticeDay, LocalDate shutdownDate) {
    Objects.requireNonNull(shutdownDate, "shutdownDate");
    LocalDate earliest = earliestShutdown(noticeDay);
    if (shutdownDate.isBefore(earliest)) {
      throw DomainException.invalid(
          "shutdownDate",
          "停运日期须在通知之日起至少 "
              + workingDays
              + " 个工作日之后（最早 "
              + earliest
              + "）— the shutdown date must be at least "
              + workingDays
              + " working days after the notice (PRC calendar); the earliest is "
              + earliest
              + ", "
              + calendar.workingDaysBetween(noticeDay, shutdownDate)
              + " working days were given");
    }
  }

  public int workingDays() {
    return workingDays;
  }
}
