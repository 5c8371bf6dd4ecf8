package com.meike.privacy.recording.domain.retention;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored recordings; joins the caller's transaction. */
public interface RecordingRepository {

  Optional<Recording> find(String id);

  /** How many recordings a legal hold keeps now (held, not destroyed). */
  long countHeld();

  void add(Recording recording);

  /** The order's recordings (any status), oldest first. */
  List<Recording> ofOrder(String orderNumber);

  /**
   * The order's recordings (any status), by id, locked until the transaction ends: a sweep that
   * holds some of them locked is waited for, and none can be claimed meanwhile.
   */
  List<Recording> lockOfOrder(String orderNumber);

  /**
   * Ids of recordings due for destruction: not held, and either ENDED/FAILED at or before {@code
   * endedBefore}, or DESTROYING with a claim made at or before {@code claimedBefore}. Oldest first.
   */
  List<String> dueForDestruction(Instant endedBefore, Instant claimedBefore, int limit);

  /**
   * Claims those of {@code ids} that are still due (the conditions of {@link #dueForDestruction})
   * with one conditional update, under {@code claimToken}: the database lets exactly one claim win
   * each recording and never one that is held.
   *
   * @return the ids this claim won, by id
   */
  List<String> claimForDestruction(
      Collection<String> ids,
      Instant endedBefore,
      Instant claimedBefore,
      Instant now,
      String claimToken);

  /**
   * Those of {@code ids} still claimed under {@code claimToken} (DESTROYING), by id, locked until
   * the transaction ends. A recording a hold took back since the claim, or one whose claim another
   * node took over after the timeout, is not among them.
   */
  List<Recording> lockClaimed(String claimToken, Collection<String> ids);

  /**
   * Key and audio of these recordings, claimed under {@code claimToken}, are gone: DESTROYING
   * becomes DESTROYED, and the digests of their chunks go too.
   *
   * @return how many were recorded destroyed
   */
  int markDestroyed(String claimToken, Collection<String> ids, Instant now);

  /** Sets whether an active hold covers the order's recordings not yet claimed for destruction. */
  int markHeld(String orderNumber, boolean held);

  /**
   * Claims those of {@code ids} that are ENDED or FAILED and not held, whatever their age, under
   * {@code claimToken} (SHUT-1), with one conditional update. Returns the ids this claim won, by
   * id.
   */
  List<String> claimEarly(Collection<String> ids, Instant now, String claimToken);

  /**
   * Status and hold of these recordings as the database has them now (after bulk updates of this
   * transaction), by id; ids without a recording are absent.
   */
  java.util.Map<String, java.util.Map.Entry<RecordingStatus, Boolean>> statusOf(
      Collection<String> ids);
}
