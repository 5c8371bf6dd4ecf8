package com.meike.privacy.recording.application;

import jakarta.ejb.Local;

/**
 * Recording sessions (REC-1, REC-2, REC-3, REC-10) for the beautician's app, and the app versions
 * both apps report. Every method is one transaction with its audit entry (ids, states and reasons
 * only, never personal data); refusals are {@link
 * com.meike.privacy.kernel.problem.DomainException}s. A session of another beautician is answered
 * as not found, and the attempt is audited.
 */
@Local
public interface RecordingSessions {

  /** An app (customer's or beautician's) reports its version. */
  void reportAppVersion(String accountId, String appVersion);

  /**
   * The assigned beautician arrived: opens a session that records, or one kept as NOT_STARTED with
   * the reason ({@code opened}). While the order has a recording session, arriving again returns it
   * (not opened); arrivals for one order are decided one after the other, so two at the same moment
   * never open two recording sessions.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code orderNumber}
   *     (malformed, unknown), {@code appVersion}, {@code impliedConsentToldAt} (in the future);
   *     FORBIDDEN when the caller is not the order's assigned beautician; CONFLICT when the order
   *     has ended
   */
  Arrival arrive(ArrivalRequest request, String beauticianId);

  /** The caller's session. */
  SessionView session(String sessionId, String beauticianId);

  /**
   * Stores chunk {@code index} of the session's audio, sealed before it touches disk. A chunk
   * stored before with the same content (SHA-256) is acknowledged and not stored again; different
   * content under that index is refused.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown session or
   *     another beautician's; CONFLICT when the chunk was already stored with different content,
   *     when the session does not record (stopped, failed, not started), when the chunk leaves a
   *     gap (the detail names the expected index) or follows the recording's last chunk;
   *     INVALID_INPUT for a negative index or an empty chunk
   */
  ChunkReceipt storeChunk(String sessionId, int index, byte[] audio, String beauticianId);

  /**
   * The app finished the recording: its end is sealed and the retention clock starts. Idempotent.
   */
  SessionView finish(String sessionId, String beauticianId);

  /**
   * The app reports a failure (DEVICE, NETWORK, OLD_APP): audio so far is sealed and kept like any
   * other.
   */
  SessionView fail(String sessionId, String cause, String beauticianId);

  /**
   * Stops the session if its order's service ended at least the configured time ago (called by the
   * stop timer; every session operation checks it too). Returns whether it stopped now.
   */
  boolean stopIfServiceEnded(String sessionId);

  /** Sessions recording now, a page at a time (for the stop timer). */
  java.util.List<String> recordingSessions(int limit, int offset);

  /** Size of the largest chunk accepted, in bytes. */
  int maxChunkBytes();
}
