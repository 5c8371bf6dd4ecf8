package com.meike.privacy.rights.domain.counters;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Map;

/**
 * The configured number of people for each threshold, and the share of it at which the privacy
 * office is warned ({@code warnAtPercent}, e.g. 80: warned from 8,000 of 10,000).
 */
public record Limits(Map<RegulatoryThreshold, Long> people, int warnAtPercent) {

  public Limits {
    people = Map.copyOf(people);
    for (RegulatoryThreshold threshold : RegulatoryThreshold.values()) {
      Long limit = people.get(threshold);
      if (limit == null || limit < 1) {
        throw new IllegalArgumentException(
            "a positive number of people is required for " + threshold);
      }
    }
    if (warnAtPercent < 1 || warnAtPercent > 100) {
      throw new IllegalArgumentException(
          "the warning share must be 1 to 100 percent, not " + warnAtPercent);
    }
  }

  /** What the law says today (2026): 10 k sensitive / 100 k / 1 M abroad a year; 10 M in total. */
  public static Limits statutory(int warnAtPercent) {
    return new Limits(
        Map.of(
            RegulatoryThreshold.ABROAD_SENSITIVE, 10_000L,
            RegulatoryThreshold.ABROAD, 100_000L,
            RegulatoryThreshold.ABROAD_LARGE, 1_000_000L,
            RegulatoryThreshold.TOTAL_PEOPLE, 10_000_000L),
        warnAtPercent);
  }

  /** Where {@code count} stands against {@code threshold}'s limit. */
  public Standing standing(RegulatoryThreshold threshold, long count) {
    if (count < 0) {
      throw DomainException.invalid("count", "cannot be negative");
    }
    long limit = people.get(threshold);
    ThresholdState state =
        count >= limit
            ? ThresholdState.REACHED
            : count * 100 >= limit * (long) warnAtPercent
                ? ThresholdState.NEAR
                : ThresholdState.BELOW;
    return new Standing(threshold, count, limit, state);
  }

  /** One threshold against its count. */
  public record Standing(
      RegulatoryThreshold threshold, long count, long limit, ThresholdState state) {}
}
