package com.meike.privacy.recording.domain.retention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored recordings; joins the caller's transaction. */
public interface RecordingRepository {

  Optional<Recording> find(String id);

  void add(Recording recording);

  /** The order's recordings (any status), oldest first. */
  List<Recording> ofOrder(String orderNumber);

  /**
   * Ids of recordings due for destruction: not held, and either ENDED/FAILED at or before {@code
   * endedBefore}, or DESTROYING with a claim made at or before {@code claimedBefore}. Oldest first.
   */
  List<String> dueForDestruction(Instant endedBefore, Instant claimedBefore, int limit);

  /**
   * Claims one recording for destruction with a single conditional update (the conditions of
   * {@link #dueForDestruction}): true for exactly one caller, never for a held recording.
   */
  boolean claimForDestruction(String id, Instant endedBefore, Instant claimedBefore, Instant now);

  /** A claimed recording's key and audio are gone: DESTROYING becomes DESTROYED. */
  boolean markDestroyed(String id, Instant now);

  /** Sets whether an active hold covers the order's recordings not yet claimed for destruction. */
  int markHeld(String orderNumber, boolean held);
}
