package com.meike.privacy.consent.domain.child;

import java.util.List;
import java.util.Optional;

/** Where {@link ChildStatus}es are kept. */
public interface ChildStatusRepository {

  Optional<ChildStatus> find(String subjectId);

  /** The children recorded with {@code guardianId}, oldest marking first. */
  List<ChildStatus> childrenOf(String guardianId);

  /** Adds a newly marked child. */
  void store(ChildStatus status);

  /** How many people are recorded as children. */
  long count();
}
