package com.meike.privacy.consent.domain.ledger;

import java.util.List;
import java.util.Optional;

/** The exception register's storage: append and read only. */
public interface ExceptionUseRepository {

  /** A fresh, unguessable id (a random UUID) for a new record. */
  String nextId();

  void store(ExceptionUse use);

  Optional<ExceptionUse> find(String id);

  /** Every recorded use concerning the person, oldest first. */
  List<ExceptionUse> forSubject(String subjectId);
}
