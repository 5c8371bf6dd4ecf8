package com.meike.privacy.incidents.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as its complainant and its handlers see it. Deadlines are instants (the end of the
 * period's last working day in China, exclusive); reminders fall at the start of that last day.
 * {@code informationDue} is set only while the complainant is asked for information.
 */
public record ComplaintView(
    String number,
    String complainant,
    String about,
    String orderNumber,
    String text,
    String state,
    String tier,
    Instant filedAt,
    Deadlines deadlines,
    int pausedWorkingDays,
    boolean overdue,
    Answer answer,
    Instant closedAt,
    List<HistoryEntry> history) {

  /** The three tier deadlines, their reminders, and the end of the current wait for information. */
  public record Deadlines(
      LocalDate customerServiceLastDay,
      Instant customerServiceDue,
      Instant customerServiceReminder,
      LocalDate supervisorLastDay,
      Instant supervisorDue,
      Instant supervisorReminder,
      LocalDate finalLastDay,
      Instant finalDue,
      Instant finalReminder,
      Instant informationDue) {}

  /** The answer and how the complaint was resolved. */
  public record Answer(String handler, Instant answeredAt, String text, String resolution) {}

  /** One fact of the history, oldest first. */
  public record HistoryEntry(Instant at, String actor, String kind, String tier, String note) {}
}
