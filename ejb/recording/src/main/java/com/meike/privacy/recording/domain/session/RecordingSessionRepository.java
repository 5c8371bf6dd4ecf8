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

  /**
   * The people of the sessions in {@code city} (null: every city; compared ignoring case) —
   * customers and beauticians, account ids ascending, the next {@code limit} after {@code after}.
   */
  List<String> subjectsIn(String city, String after, int limit);

  /**
   * Ids of the sessions in {@code city} (null: every city) where one of {@code subjects} is the
   * customer or the beautician, ascending, each once (a shutdown's page of people at once).
   */
  List<String> idsOfSubjectsIn(java.util.Collection<String> subjects, String city);

  /** Deletes these sessions with their chunk digests. Returns how many sessions. */
  int delete(java.util.Collection<String> ids);

  /**
   * Counts for the sessions in {@code city} (null: every city): sessions whose recording is not
   * held (or that never recorded), sessions with a held recording, recordings neither destroyed nor
   * held, recordings held and not destroyed — in this order.
   */
  long[] countIn(String city);

  /** Ids of sessions in {@code city} whose recording is not held, at most {@code limit}. */
  List<String> unheldIn(String city, int limit);
}
