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

  /** Every entry about the person, oldest first. */
  List<ConsentEntry> history(String subjectId);
}
