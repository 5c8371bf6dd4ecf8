package com.meike.privacy.partner.domain.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The disclosure log's storage: append and read only. */
public interface DisclosureRepository {

  void store(Disclosure disclosure);

  /**
   * Appends disclosures together (one JDBC batch in the container); as {@link #store} one by one.
   */
  default void storeAll(List<Disclosure> disclosures) {
    disclosures.forEach(this::store);
  }

  /** Every disclosure of the person's data, newest first. */
  List<Disclosure> forSubject(String subjectId);

  /**
   * The disclosures of any of {@code subjectIds} to one of {@code partners} for one of {@code
   * purposes} (a shutdown's page of people at once), by person, each person's newest first.
   */
  List<Disclosure> forSubjectsTo(
      java.util.Collection<String> subjectIds,
      java.util.Collection<String> partners,
      java.util.Collection<String> purposes);

  /** The partner's latest disclosures, newest first, at most {@code max}. */
  List<Disclosure> forPartner(String partnerId, int max);

  /** Per partner id, how many different people's data it received in [from, to). */
  Map<String, Long> peoplePerPartner(Instant from, Instant to);

  /**
   * How many different people's data went to a partner registered outside {@code home} in [from,
   * to); only disclosures for {@code purposes} when that is not null.
   */
  long peopleAbroad(Instant from, Instant to, String home, java.util.Collection<String> purposes);

  /** Which of {@code subjects} {@link #peopleAbroad} counts for the same arguments. */
  java.util.Set<String> abroadAmong(
      Instant from,
      Instant to,
      String home,
      java.util.Collection<String> purposes,
      java.util.Collection<String> subjects);

  /**
   * People (account ids) whose data went to one of {@code partners} for one of {@code purposes},
   * ascending, the next {@code limit} after {@code after} (null: from the start) (SHUT-1).
   */
  List<String> subjectsFor(
      java.util.Collection<String> partners,
      java.util.Collection<String> purposes,
      String after,
      int limit);

  /**
   * Outbox messages about {@code subject} (null: anybody) to one of {@code partners} for one of
   * {@code purposes} that still hold their body (not handed to the broker: pending or dead
   * letters).
   */
  long undeliveredFor(
      String subject, java.util.Collection<String> partners, java.util.Collection<String> purposes);

  /**
   * Withdraws those messages about any of {@code subjects} (SHUT-1, a shutdown's page of people at
   * once): the body goes and the message becomes a dead letter that is never sent, with {@code why}
   * as its failure. Returns how many.
   */
  int withdrawUndelivered(
      java.util.Collection<String> subjects,
      java.util.Collection<String> partners,
      java.util.Collection<String> purposes,
      String why,
      Instant now);

  /** Disclosure-log entries to one of {@code partners} for one of {@code purposes}. */
  long countFor(java.util.Collection<String> partners, java.util.Collection<String> purposes);

  /**
   * Deletes at most {@code limit} entries disclosed before {@code cutoff}, oldest first (RET-1);
   * how many.
   */
  int deleteDisclosedBefore(Instant cutoff, int limit);
}
