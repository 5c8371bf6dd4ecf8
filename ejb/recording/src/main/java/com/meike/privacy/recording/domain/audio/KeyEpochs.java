package com.meike.privacy.recording.domain.audio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The key epochs of recordings (DSR-8, REC-5), in the database ({@code recording_key_epoch}), never
 * beside the audio: each epoch's random key sealed under the recording master key set (a field
 * sealed as the kernel's re-seal job re-seals it after a rotation), and which epoch wraps each
 * recording's data key ({@code recording.key_epoch}). Joins the caller's transaction.
 */
public interface KeyEpochs {

  /** Kinds of epoch. */
  enum Kind {
    /** Every recording whose data key was wrapped on one calendar day (China time). */
    DAY,
    /** The recordings of one order while legal holds cover it (REC-6). */
    HOLD
  }

  /** The sealed key of a live epoch; empty when there is no such epoch or it was destroyed. */
  Optional<String> sealedKey(String epochId);

  /**
   * Adds an epoch unless one with this id exists (live or destroyed).
   *
   * @param closesAt when no recording joins it any more; null for a hold epoch while held
   */
  void addIfAbsent(
      String epochId,
      Kind kind,
      String orderNumber,
      Instant opensAt,
      Instant closesAt,
      String sealedKey);

  /** Whether an epoch with this id exists, live or destroyed. */
  boolean exists(String epochId);

  /** The live hold epoch of an order that is still open (a hold covers the order). */
  Optional<String> openHoldEpoch(String orderNumber);

  /** The order of a recording a legal hold covers now; empty when it is not held (or unknown). */
  Optional<String> heldOrder(String recordingId);

  /** Records that {@code epochId} wraps the recording's data key. */
  void assign(String recordingId, String epochId);

  /** The epoch that wraps the recording's data key; empty before the key epochs or before begin. */
  Optional<String> epochOf(String recordingId);

  /** Closes the open hold epochs of an order (its last hold was released) at {@code now}. */
  int closeHoldEpochs(String orderNumber, Instant now);

  /**
   * Live epochs closed at or before {@code closedBefore} of which every recording is destroyed,
   * oldest first.
   */
  List<String> spent(Instant closedBefore, int limit);

  /**
   * Destroys the epoch's key if it is still spent (the conditions of {@link #spent}): one
   * conditional update, so that exactly one node destroys it and never while a recording under it
   * is not destroyed.
   *
   * @return whether this call destroyed it
   */
  boolean destroy(String epochId, Instant closedBefore, Instant now);

  /**
   * Recordings not yet destroyed nor claimed whose data key has no epoch (written before the key
   * epochs), by id after {@code afterId} (null: from the start), locked until the transaction ends.
   */
  List<String> lockUnassigned(String afterId, int limit);

  /**
   * Those of {@code epochIds} that are live: a key the store noted as destroyed but the database
   * holds again (restored from an older backup, DSR-8).
   */
  List<String> liveAmong(java.util.Collection<String> epochIds);

  /**
   * Destroys the key of an epoch that was destroyed before and came back with a restored database:
   * whatever its recordings' rows say (their audio and keys went with the first destruction).
   *
   * @return whether this call destroyed it (false: not live, or another node was first)
   */
  boolean destroyAgain(String epochId, Instant now);
}
