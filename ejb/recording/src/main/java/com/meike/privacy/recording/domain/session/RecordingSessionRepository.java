package com.meike.privacy.recording.domain.session;

import java.util.List;
import java.util.Optional;

/** Recording sessions; joins the caller's transaction. */
public interface RecordingSessionRepository {

  Optional<RecordingSession> find(String id);

  /** The session, locked for the rest of the transaction (one chunk of a session at a time). */
  Optional<RecordingSession> lock(String id);

  void add(RecordingSession session);

  /** The order's session that is recording now, if any. */
  Optional<RecordingSession> recordingOf(String orderNumber);

  /** Ids of sessions recording now, oldest arrival first. */
  List<String> recording(int limit, int offset);
}
