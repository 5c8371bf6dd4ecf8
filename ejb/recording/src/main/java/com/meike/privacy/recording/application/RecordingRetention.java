package com.meike.privacy.recording.application;

import com.meike.privacy.kernel.order.OrderNumber;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Retention of recordings (REC-5, REC-6): legal holds, and the steps of the destruction sweep. Each
 * method is its own transaction with its audit entries; the sweep works in batches: {@link
 * #claimDue} claims a batch, {@link #destroyClaimed} destroys it and records that.
 *
 * <p>A hold and a destruction never both succeed for the same recording: a hold placed after a
 * recording was claimed, but before its destruction, wins — the claim is withdrawn and the
 * recording is kept; a hold that arrives while the destruction runs waits for it and then finds the
 * recording destroyed (its audit entry says so).
 */
@Local
public interface RecordingRetention {

  /**
   * Puts the order's recordings (present and future) on hold; the order must exist (INVALID_INPUT
   * on {@code orderNumber} otherwise). A missing or malformed number is refused on this interface.
   */
  LegalHoldView placeHold(
      @NotNull(message = "is required") @Valid OrderNumber orderNumber,
      String reason,
      String actor);

  /**
   * Releases a hold; without other active holds the order's recordings follow the normal rule
   * again.
   */
  LegalHoldView releaseHold(String holdId, String actor);

  /** The order's holds, newest first. */
  List<LegalHoldView> holdsOf(@NotNull(message = "is required") @Valid OrderNumber orderNumber);

  /**
   * The legal holds open now, for the security-risk report (AUD-3): counts by what placed them, the
   * orders and recordings they keep, and the oldest. Counts only; no reason text, no order.
   */
  OpenHoldsView openHolds();

  /**
   * Claims up to {@code limit} due recordings (never held ones, oldest first) for this node in one
   * transaction, under a new claim token: conditional updates that only one node wins per
   * recording. A claim left by a node that died is taken over after the claim timeout.
   */
  DestructionClaim claimDue(int limit);

  /**
   * Claims those of {@code recordingIds} that a service shutdown destroys before their retention
   * ends (SHUT-1): ended or failed ones that no legal hold covers (a held one is kept, REC-6; one
   * the sweep is destroying is left to it), under a new claim token, in the caller's transaction;
   * then {@link #destroyClaimed} destroys them exactly as the sweep does. {@code why} goes into
   * each destruction's audit entry.
   */
  DestructionClaim claimForShutdown(java.util.Collection<String> recordingIds, String why);

  /**
   * Destroys the recordings still held by this claim, in one transaction that locks their rows:
   * every data key first, then the audio, then each destruction recorded with its audit entry. A
   * recording whose order got a legal hold since the claim is not among them — the hold took it
   * back ({@link #placeHold}).
   *
   * @return how many were destroyed
   */
  int destroyClaimed(DestructionClaim claim);

  /**
   * Makes sure today's and tomorrow's key epochs exist (DSR-8), so that nodes seldom race to add
   * one with the first recording of a day. One transaction.
   */
  void prepareKeyEpochs();

  /**
   * Wraps the data keys of recordings written before the key epochs (their header names a master
   * key) under today's key epoch, or their order's hold epoch when held (DSR-8): up to {@code
   * limit} recordings with an id after {@code afterId} (null: from the first), locked while it
   * happens. One transaction.
   *
   * @return the ids looked at, by id (fewer than {@code limit}: none are left after them)
   */
  List<String> wrapLegacyKeys(String afterId, int limit);

  /**
   * Destroys the keys of up to {@code limit} spent key epochs (DSR-8): epochs closed at least one
   * retention period ago whose every recording is destroyed. Each destruction is one conditional
   * update that only one node wins, and is audited. One transaction.
   *
   * @return how many epoch keys this call destroyed
   */
  int destroySpentEpochs(int limit);

  /**
   * The restore check (DSR-8): destroys again, at once, every key epoch the audio store noted as
   * destroyed that the database holds live — a database restored from a backup taken before their
   * destruction. Audited per epoch ({@code recording.key-epoch.destroyed-again}). Run at start and
   * before every sweep. One transaction.
   *
   * @return how many epoch keys this call destroyed again
   */
  int destroyRestoredEpochs();
}
