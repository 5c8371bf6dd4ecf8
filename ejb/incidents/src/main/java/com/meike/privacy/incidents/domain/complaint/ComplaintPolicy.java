package com.meike.privacy.incidents.domain.complaint;

/**
 * The configurable periods of CMP-1, in working days counted from the filing day: customer service
 * answers or it escalates after {@code customerServiceDays}, the supervisor after {@code
 * supervisorDays}, and the complaint must be answered after {@code answerDays} (15 by the policy).
 * While the complainant is asked for information the clock stops, for at most {@code
 * informationWaitDays}.
 */
public record ComplaintPolicy(
    int customerServiceDays, int supervisorDays, int answerDays, int informationWaitDays) {

  public static final ComplaintPolicy DEFAULT = new ComplaintPolicy(5, 10, 15, 5);

  public ComplaintPolicy {
    if (customerServiceDays < 1
        || supervisorDays <= customerServiceDays
        || answerDays <= supervisorDays) {
      throw new IllegalArgumentException(
          "complaint periods must satisfy 1 <= customer service < supervisor < answer working days");
    }
    if (informationWaitDays < 1) {
      throw new IllegalArgumentException("the information wait must be at least one working day");
    }
  }
}
