package com.meike.privacy.consent.domain.child;

import java.util.List;
import java.util.Optional;

/** Where {@link ChildStatus}es are kept. */
public interface ChildStatusRepository {

  Optional<ChildStatus> find(String subjectId);

  /**
   * The status of a person whose account is not closed: a cancelled account (ID-7) is nobody's
   * child any more, though its status is kept with its ledger until the retention rule deletes it.
   */
  Optional<ChildStatus> findOpen(String subjectId);

  /**
   * The children recorded with {@code guardianId} whose accounts are not closed, oldest marking
   * first.
   */
  List<ChildStatus> childrenOf(String guardianId);

  /** Adds a newly marked child. */
  void store(ChildStatus status);

  /** How many people are recorded as children. */
  long count();
}
