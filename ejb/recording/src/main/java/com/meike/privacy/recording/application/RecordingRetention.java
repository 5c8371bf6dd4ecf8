package com.meike.privacy.recording.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Retention of recordings (REC-5, REC-6): legal holds, and the steps of the destruction sweep. Each
 * method is its own transaction with its audit entries; the sweep works in batches: {@link
 * #claimDue} claims a batch, {@link #destroyClaimed} destroys it and records that.
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

  /**
   * Claims up to {@code limit} due recordings for this node in one transaction (a conditional
   * update that never matches a held recording or one another node claimed).
   *
   * @return the ids this node won, possibly fewer than were due
   */
  List<String> claimDue(int limit);

  /**
   * Destroys recordings this node claimed, in one transaction that locks their rows: a recording
   * whose order got a hold since the claim is kept (held, claim given up); of the others every data
   * key is destroyed first, then the audio, and each destruction is recorded with its audit entry.
   *
   * @return how many were destroyed
   */
  int destroyClaimed(List<String> recordingIds);
}
