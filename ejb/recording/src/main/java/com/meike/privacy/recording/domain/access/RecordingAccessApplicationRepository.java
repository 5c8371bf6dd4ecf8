package com.meike.privacy.recording.domain.access;

import java.util.List;
import java.util.Optional;

/** Where {@link RecordingAccessApplication}s are kept. */
public interface RecordingAccessApplicationRepository {

  /** A fresh, unguessable id (a random UUID) for a new application. */
  String nextId();

  Optional<RecordingAccessApplication> find(String id);

  /** Everything {@code applicant} applied for, newest first. */
  List<RecordingAccessApplication> findByApplicant(String applicant);

  /** Adds a new application; changes to a found one are saved with the transaction. */
  void store(RecordingAccessApplication application);
}
