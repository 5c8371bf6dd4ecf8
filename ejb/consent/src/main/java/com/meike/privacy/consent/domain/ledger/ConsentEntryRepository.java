package com.meike.privacy.consent.domain.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The ledger's storage. Append and read only: there is deliberately no way to change or remove an
 * entry (CON-1).
 */
public interface ConsentEntryRepository {

  /** Appends a new entry; its {@link ConsentEntry#sequence()} is assigned here. */
  void append(ConsentEntry entry);

  /** The person's latest entry for the purpose: the one in force. */
  Optional<ConsentEntry> latest(String subjectId, String purposeCode);

  /**
   * Appends entries together (a shutdown's batch): as {@link #append} one by one, with one flush
   * for all of them in the database.
   */
  default void appendAll(List<ConsentEntry> entries) {
    entries.forEach(this::append);
  }

  /**
   * The latest entry of each of {@code subjectIds} for each of {@code purposeCodes} they have one
   * for: {@link #latest} for a whole page of people at once (SHUT-1 at size), in any order.
   */
  default List<ConsentEntry> latestOf(
      java.util.Collection<String> subjectIds, java.util.Collection<String> purposeCodes) {
    List<ConsentEntry> latest = new java.util.ArrayList<>();
    for (String subject : subjectIds) {
      for (String purpose : purposeCodes) {
        latest(subject, purpose).ifPresent(latest::add);
      }
    }
    return latest;
  }

  /** Every entry about the person, oldest first. */
  List<ConsentEntry> history(String subjectId);
}
