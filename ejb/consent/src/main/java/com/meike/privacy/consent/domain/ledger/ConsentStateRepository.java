package com.meike.privacy.consent.domain.ledger;

/**
 * The consent check's read model (CON-3): one read per check. The entry in force comes from a
 * projection of the ledger — the latest entry per person and purpose — that is written in the same
 * transaction as every ledger entry, so a withdrawal is what the very next check reads; the ledger
 * itself stays the proof.
 */
public interface ConsentStateRepository {

  /** The person's state for the purpose, in one read. */
  ConsentState read(String subjectId, String purposeCode);

  /**
   * The states of many people for one purpose (issue 14: a notice campaign's batch), each as {@link
   * #read} answers it; a repository may read them together. Keyed by subject id, every one given.
   */
  default java.util.Map<String, ConsentState> readAll(
      java.util.Collection<String> subjectIds, String purposeCode) {
    java.util.Map<String, ConsentState> states = new java.util.HashMap<>();
    for (String subjectId : subjectIds) {
      states.computeIfAbsent(subjectId, s -> read(s, purposeCode));
    }
    return states;
  }
}
