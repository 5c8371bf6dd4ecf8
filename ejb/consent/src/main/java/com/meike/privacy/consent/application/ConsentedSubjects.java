package com.meike.privacy.consent.application;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;

/**
 * Who has consent in force to any of some purposes (SHUT-1: the people a service that shuts down
 * collected for). Reads the consent check's read model in pages by subject id, so a caller walks a
 * million people a page per transaction without holding them. Returns account ids only; not audited
 * (no personal data beyond ids; the caller audits what it does with them).
 */
@Local
public interface ConsentedSubjects {

  /**
   * Up to {@code limit} subject ids after {@code after} ({@code null}: from the start), ascending.
   */
  List<String> page(Collection<String> purposes, String after, int limit);

  /** How many people have consent in force to any of {@code purposes}. */
  long count(Collection<String> purposes);
}
