package com.meike.privacy.recording.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Recording sessions; joins the caller's transaction. */
public interface RecordingSessionRepository {

  Optional<RecordingSession> find(String id);

  /** The session, locked for the rest of the transaction (one chunk of a session at a time). */
  Optional<RecordingSession> lock(String id);

  void add(RecordingSession session);

  /**
   * Locks the order's arrival lock until the transaction ends, so arrivals for one order are
   * decided one after the other. False when the order has no lock yet (see {@link #addOrderLock}).
   */
  boolean lockOrder(String orderNumber);

  /**
   * Creates the order's arrival lock, in a transaction of its own: when another arrival created it
   * at the same moment, this fails and that transaction rolls back.
   */
  void addOrderLock(String orderNumber, Instant now);

  /** The order's session that is recording now, if any. */
  Optional<RecordingSession> recordingOf(String orderNumber);

  /** Ids of sessions recording now, oldest arrival first. */
  List<String> recording(int limit, int offset);
}
