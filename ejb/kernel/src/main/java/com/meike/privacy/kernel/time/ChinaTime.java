package com.meike.privacy.kernel.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A time or a date as people in China read it, saying so — the one formatter for every text people
 * read (task facts, task lists, reports, notices): "2026年12月7日 14:05 (北京时间 China time)". Never an
 * ISO instant, never UTC.
 */
public final class ChinaTime {

  /** The label a time carries, in Chinese with English help. */
  public static final String LABEL = "北京时间 China time";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(WorkingDayCalendar.CHINA);

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private ChinaTime() {}

  /** E.g. "2026年12月7日 14:05 (北京时间 China time)"; null stays null. */
  public static String of(Instant instant) {
    return instant == null ? null : TIME.format(instant) + " (" + LABEL + ")";
  }

  /**
   * The date and time without the label, for a line that says China time once: "2026年12月7日 14:05".
   */
  public static String bare(Instant instant) {
    return instant == null ? null : TIME.format(instant);
  }

  /** A calendar day, e.g. "2026年12月7日"; null stays null. */
  public static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }
}
