package com.meike.privacy.partner.domain.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The disclosure log's storage: append and read only. */
public interface DisclosureRepository {

  void store(Disclosure disclosure);

  /** Appends disclosures together (one JDBC batch in the container); as {@link #store} one by one. */
  default void storeAll(List<Disclosure> disclosures) {
    disclosures.forEach(this::store);
  }

  /** Every disclosure of the person's data, newest first. */
  List<Disclosure> forSubject(String subjectId);

  /** The partner's latest disclosures, newest first, at most {@code max}. */
  List<Disclosure> forPartner(String partnerId, int max);

  /** Per partner id, how many different people's data it received in [from, to). */
  Map<String, Long> peoplePerPartner(Instant from, Instant to);

  /**
   * How many different people's data went to a partner registered outside {@code home} in
   * [from, to); only disclosures for {@code purposes} when that is not null.
   */
  long peopleAbroad(Instant from, Instant to, String home, java.util.Collection<String> purposes);
}
