package com.meike.privacy.incidents.domain.breach;

/**
 * The thresholds that decide a grade from the number of people whose personal information leaked,
 * was tampered with or lost — configuration, not code (INC-4). The grade of an incident is the
 * higher of the grade these thresholds give and the grade the security team gave; it is never
 * lowered.
 *
 * @param relativelyMajorPeople people from which an incident is at least 较大 (relatively major)
 * @param majorPeople people from which it is at least 重大 (major)
 * @param especiallyMajorPeople people from which it is 特别重大 (especially major)
 */
public record GradingRules(
    long relativelyMajorPeople, long majorPeople, long especiallyMajorPeople) {

  public GradingRules {
    if (relativelyMajorPeople < 1
        || majorPeople <= relativelyMajorPeople
        || especiallyMajorPeople <= majorPeople) {
      throw new IllegalArgumentException(
          "grading thresholds must be positive and rising: "
              + relativelyMajorPeople
              + " < "
              + majorPeople
              + " < "
              + especiallyMajorPeople);
    }
  }

  /** The grade the number of affected people alone calls for. */
  public IncidentGrade byPeople(long people) {
    if (people >= especiallyMajorPeople) {
      return IncidentGrade.ESPECIALLY_MAJOR;
    }
    if (people >= majorPeople) {
      return IncidentGrade.MAJOR;
    }
    if (people >= relativelyMajorPeople) {
      return IncidentGrade.RELATIVELY_MAJOR;
    }
    return IncidentGrade.GENERAL;
  }

  /** The grade of an incident: the higher of the given one (may be null) and the thresholds'. */
  public IncidentGrade grade(IncidentGrade given, long people) {
    return byPeople(people).max(given);
  }
}
