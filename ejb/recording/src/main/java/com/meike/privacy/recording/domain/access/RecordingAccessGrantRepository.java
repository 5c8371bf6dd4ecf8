package com.meike.privacy.recording.domain.access;

import java.util.Optional;

/** Where {@link RecordingAccessGrant}s are kept. */
public interface RecordingAccessGrantRepository {

  /** A fresh, unguessable id (a random UUID) for a new grant. */
  String nextId();

  Optional<RecordingAccessGrant> find(String id);

  /** The grant issued for an application, if any (at most one: the column is unique). */
  Optional<RecordingAccessGrant> findByApplication(String applicationId);

  /** Adds a new grant; changes to a found one are saved with the transaction. */
  void store(RecordingAccessGrant grant);
}
