package com.meike.privacy.recording.domain.retention;

import java.time.Instant;
import java.util.Collection;
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

  /**
   * The recordings among {@code ids} still claimed for destruction (DESTROYING), by id. Where the
   * store is shared they are locked until the transaction ends, so that a hold placed meanwhile
   * waits for the destruction to be recorded (and then no longer covers them) or is seen first.
   */
  default List<Recording> lockClaimed(Collection<String> ids) {
    return ids.stream().sorted().distinct().map(this::find).flatMap(Optional::stream)
        .filter(r -> r.status() == RecordingStatus.DESTROYING).toList();
  }

  /**
   * Claims a batch for destruction with one conditional update (the conditions of {@link
   * #dueForDestruction}) and returns the ids now claimed at {@code now}. Should two nodes claim at
   * the very same instant, an id may be returned to both; destroying is idempotent and only one of
   * them records it ({@link #markDestroyed}).
   */
  default List<String> claimForDestruction(
      Collection<String> ids, Instant endedBefore, Instant claimedBefore, Instant now) {
    return ids.stream().sorted().distinct()
        .filter(id -> claimForDestruction(id, endedBefore, claimedBefore, now)).toList();
  }

  /** A claimed recording's key and audio are gone: DESTROYING becomes DESTROYED. */
  boolean markDestroyed(String id, Instant now);

  /** Sets whether an active hold covers the order's recordings not yet claimed for destruction. */
  int markHeld(String orderNumber, boolean held);
}
