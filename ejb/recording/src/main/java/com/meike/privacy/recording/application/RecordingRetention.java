package com.meike.privacy.recording.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Retention of recordings (REC-5, REC-6): legal holds, and the steps of the destruction sweep. Each
 * method is its own transaction with its audit entry; the sweep destroys key and audio between
 * {@link #claim} and {@link #destroyed}, outside any transaction.
 */
@Local
public interface RecordingRetention {

  /** Puts the order's recordings (present and future) on hold; the order must exist. */
  LegalHoldView placeHold(String orderNumber, String reason, String actor);

  /** Releases a hold; without other active holds the order's recordings follow the normal rule again. */
  LegalHoldView releaseHold(String holdId, String actor);

  /** The order's holds, newest first. */
  List<LegalHoldView> holdsOf(String orderNumber);

  /** Ids of recordings due for destruction now (never held ones), oldest first. */
  List<String> dueForDestruction(int limit);

  /** Claims a due recording for this node; false when another node has it or it became held. */
  boolean claim(String recordingId);

  /** Key and audio of a claimed recording are gone: record it (audited). */
  void destroyed(String recordingId);
}
