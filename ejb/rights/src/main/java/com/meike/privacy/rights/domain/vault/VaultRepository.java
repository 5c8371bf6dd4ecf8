package com.meike.privacy.rights.domain.vault;

import java.time.Instant;
import java.util.List;

/**
 * The archive vault's table (RET-2). Used by the vault's deposit, its reader for lawful disclosures
 * and its retention — by nothing else (ArchitectureTest).
 */
public interface VaultRepository {

  void add(VaultRecord record);

  /**
   * The rows of a subject (by keyed hash) kept until after {@code now}, oldest first (the reader
   * keeps the records of the categories it was asked for: a row may hold several).
   */
  List<VaultRecord> of(String subjectHash, Instant now);

  /** Whether any record of the subject is kept until after {@code now}. */
  boolean holds(String subjectHash, Instant now);

  /** Deletes at most {@code limit} records whose keeping date is before {@code now}; how many. */
  int deleteExpired(Instant now, int limit);
}
