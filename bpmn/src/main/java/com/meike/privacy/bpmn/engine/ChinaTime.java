package com.meike.privacy.bpmn.engine;

import com.meike.privacy.kernel.time.WorkingDayCalendar;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A time in a task's facts as people in China read it, saying so (Tasklist shows Asia/Shanghai
 * too).
 */
public final class ChinaTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(北京时间 China time)'")
          .withZone(WorkingDayCalendar.CHINA);

  private ChinaTime() {}

  /** E.g. "2026-12-07 09:00 (北京时间 China time)"; null stays null. */
  public static String of(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }
}
