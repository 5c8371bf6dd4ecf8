package com.meike.privacy.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Produces the {@link WorkingDayCalendar} deadlines are counted on. A deployment enters each year's
 * State Council notice as configuration: {@value #HOLIDAYS} and {@value #WORKING_WEEKENDS}, each a
 * comma-separated list of ISO dates ({@code 2027-01-01,2027-02-05}). When a key is not set, the
 * seeded default in {@value #DEFAULTS} (2026 and 2027) applies; it must be checked against the
 * notice every year, and a deployment that configures a key replaces the whole default list of it.
 */
@ApplicationScoped
public class WorkingDayCalendarProducer {

  /** MicroProfile Config key: public holidays, comma-separated ISO dates. */
  public static final String HOLIDAYS = "meike.calendar.holidays";

  /** MicroProfile Config key: adjusted working weekends (调休上班), comma-separated ISO dates. */
  public static final String WORKING_WEEKENDS = "meike.calendar.working-weekends";

  /**
   * Class-path resource with the seeded default (keys {@code holidays}, {@code working-weekends}).
   */
  public static final String DEFAULTS = "com/meike/privacy/kernel/time/prc-working-days.properties";

  private volatile WorkingDayCalendar calendar;

  /**
   * Dependent scope (the calendar is immutable and final, so it cannot be proxied); built once from
   * configuration and shared.
   */
  @Produces
  public WorkingDayCalendar calendar() {
    WorkingDayCalendar built = calendar;
    if (built == null) {
      Config config = ConfigProvider.getConfig(WorkingDayCalendarProducer.class.getClassLoader());
      built =
          fromLists(
              config.getOptionalValue(HOLIDAYS, String.class),
              config.getOptionalValue(WORKING_WEEKENDS, String.class));
      calendar = built;
    }
    return built;
  }

  /** The calendar from configured lists, each falling back to the seeded default when absent. */
  public static WorkingDayCalendar fromLists(
      Optional<String> holidays, Optional<String> workingWeekends) {
    Properties defaults = seededDefault();
    return WorkingDayCalendar.of(
        parse(HOLIDAYS, holidays.orElse(defaults.getProperty("holidays", ""))),
        parse(
            WORKING_WEEKENDS,
            workingWeekends.orElse(defaults.getProperty("working-weekends", ""))));
  }

  /** The seeded default calendar (2026 and 2027) without any configuration. */
  public static WorkingDayCalendar seeded() {
    return fromLists(Optional.empty(), Optional.empty());
  }

  static List<LocalDate> parse(String key, String list) {
    List<LocalDate> dates = new ArrayList<>();
    for (String item : list.split(",")) {
      String date = item.strip();
      if (date.isEmpty()) {
        continue;
      }
      try {
        dates.add(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            key + ": '" + date + "' is not an ISO date (yyyy-MM-dd)", e);
      }
    }
    return dates;
  }

  private static Properties seededDefault() {
    Properties properties = new Properties();
    try (InputStream in =
        WorkingDayCalendarProducer.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("Missing seeded calendar " + DEFAULTS);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
