package com.meike.privacy.rights.domain.request;

import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer period of a request (DSR-6): {@code answerDays} working days on the PRC calendar,
 * counted from the day identity was verified (day 0). A reminder to the handler when {@code
 * reminderDays} have passed, and an escalation to the privacy officer at the start of the last
 * working day — before the deadline is missed, not after. Deadlines are the end of the day in China
 * (the kernel's counting rule).
 */
public record DeadlinePolicy(int answerDays, int reminderDays) {

  public DeadlinePolicy {
    if (answerDays < 2 || answerDays > 15) {
      throw new IllegalArgumentException("the answer period is 2 to 15 working days (DSR-6)");
    }
    if (reminderDays < 1 || reminderDays >= answerDays) {
      throw new IllegalArgumentException("the reminder falls within the answer period");
    }
  }

  /** 15 working days, reminder after 10. */
  public static DeadlinePolicy standard() {
    return new DeadlinePolicy(15, 10);
  }

  public Deadlines from(Instant verifiedAt, WorkingDayCalendar calendar) {
    Objects.requireNonNull(verifiedAt, "verifiedAt");
    return resumed(verifiedAt, answerDays, calendar);
  }

  /**
   * The clock resumed at {@code resumedAt} with {@code workingDaysLeft} (at least 1) after a pause
   * (a fee the person accepted, DSR-6): the last day is that many working days on; the reminder
   * keeps its distance from the last day ({@code answerDays - reminderDays}), falling on the resume
   * day itself when fewer days are left; the escalation is again the start of the last working day.
   */
  public Deadlines resumed(Instant resumedAt, int workingDaysLeft, WorkingDayCalendar calendar) {
    Objects.requireNonNull(resumedAt, "resumedAt");
    int left = Math.max(1, workingDaysLeft);
    LocalDate day0 = resumedAt.atZone(WorkingDayCalendar.CHINA).toLocalDate();
    LocalDate lastDay = calendar.plusWorkingDays(day0, left);
    LocalDate reminderDay =
        calendar.plusWorkingDays(day0, Math.max(0, left - (answerDays - reminderDays)));
    LocalDate dayBefore = calendar.plusWorkingDays(day0, left - 1);
    return new Deadlines(
        lastDay,
        WorkingDayCalendar.endOf(lastDay, WorkingDayCalendar.CHINA),
        WorkingDayCalendar.endOf(reminderDay, WorkingDayCalendar.CHINA),
        WorkingDayCalendar.endOf(dayBefore, WorkingDayCalendar.CHINA));
  }

  /** The last day to answer (China), the instant it ends, when to remind, when to escalate. */
  public record Deadlines(LocalDate lastDay, Instant dueAt, Instant remindAt, Instant escalateAt) {}
}
