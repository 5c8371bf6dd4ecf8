package com.meike.privacy.rights.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The regulator's counters (AUD-4), computed from the records at the moment they are asked for —
 * never typed in: people whose personal information went abroad since 1 January (all, and
 * sensitive), people recorded as children under 14 (for the yearly audit of minors' personal
 * information), and the people the platform holds; each threshold with how near it is.
 */
@Local
public interface RegulatoryCounters {

  /** The counters now; the reading is audited as {@code viewer}'s. */
  CountersView counters(String viewer);

  /** The counters and thresholds, with labels for people to read. */
  record CountersView(
      Instant asOf,
      LocalDate abroadSince,
      long peopleAbroad,
      long sensitivePeopleAbroad,
      long childrenUnder14,
      long totalPeople,
      int warnAtPercent,
      List<ThresholdView> thresholds) {

    /** The thresholds that are near or reached. */
    public List<ThresholdView> needingAttention() {
      return thresholds.stream().filter(t -> !"BELOW".equals(t.state())).toList();
    }
  }

  /** One threshold against the count it applies to. */
  record ThresholdView(
      String code,
      String label,
      long count,
      long threshold,
      String state,
      String stateLabel,
      String consequence) {}
}
