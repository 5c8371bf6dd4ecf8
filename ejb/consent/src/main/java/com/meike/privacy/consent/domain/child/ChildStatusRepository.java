package com.meike.privacy.consent.domain.child;

import java.util.Optional;

/** Where {@link ChildStatus}es are kept. */
public interface ChildStatusRepository {

  Optional<ChildStatus> find(String subjectId);

  /** Adds a newly marked child. */
  void store(ChildStatus status);
}
