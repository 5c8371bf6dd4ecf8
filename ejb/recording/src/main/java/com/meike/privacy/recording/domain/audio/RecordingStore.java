package com.meike.privacy.recording.domain.audio;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where sealed recordings live (REC-3). A store only ever sees ciphertext and wrapped keys; it
 * keeps segments in order at fixed positions so that segment {@code i} can be read on its own.
 * Every write is durable when the call returns; an append takes all segments of one acknowledged
 * unit (an uploaded chunk) so that the device is forced once per unit rather than once per segment.
 */
public interface RecordingStore {

  /**
   * Starts a recording with its header.
   *
   * @throws IllegalStateException when the recording already exists
   */
  void create(RecordingHeader header);

  /**
   * Replaces the recording's wrapped data key (a re-wrap under another key, DSR-8), durably and
   * atomically: afterwards the store holds only the new wrapping.
   *
   * @throws IllegalStateException when the recording does not exist
   */
  void replaceKey(String recordingId, WrappedKey wrappedKey);

  /** The header, empty when the recording does not exist (or was destroyed). */
  Optional<RecordingHeader> header(String recordingId);

  /**
   * Appends sealed segments {@code firstIndex, firstIndex + 1, …} (the first must be the next one)
   * and makes them durable with one force: callers pass every segment of one acknowledged unit (an
   * uploaded chunk) at once, so that the device is forced once per unit, not once per segment.
   *
   * @throws IllegalStateException when the recording does not exist, the index is not the next, or
   *     the previous segment was short (the recording ended)
   */
  void append(String recordingId, long firstIndex, List<byte[]> sealedSegments);

  /**
   * Cuts the recording back to its first {@code segments} sealed segments: drops what a write that
   * was never confirmed left behind (a crash between storing audio and committing its record). Does
   * nothing when the recording holds no more than that.
   */
  void truncate(String recordingId, long segments);

  /** Total bytes of sealed segments stored for the recording (0 when none or unknown). */
  long sealedLength(String recordingId);

  /**
   * Reads sealed segment {@code index}: at most one sealed segment of memory.
   *
   * @return empty when there is no such segment
   */
  Optional<byte[]> read(String recordingId, long index);

  /**
   * Destroys the recording: the wrapped data key first, then the sealed audio, so that no copy of
   * the audio can be decrypted even if deleting the audio fails; durable when the call returns.
   * Idempotent.
   */
  void destroy(String recordingId);

  /**
   * Destroys several recordings as {@link #destroy} does one: every wrapped data key of the batch
   * first, then the sealed audio; durable when the call returns. A store may make the whole batch
   * durable at once.
   */
  default void destroyAll(Collection<String> recordingIds) {
    recordingIds.forEach(this::destroy);
  }

  /**
   * Notes, in the store itself, key epochs whose keys were destroyed (DSR-8). The audio store is
   * not restored with the database (README, "Backups"), so what it notes shows the epochs that a
   * database restored from an older backup brought back to life. Durable when the call returns.
   * Only ids are noted, nothing about a person.
   */
  default void noteDestroyedEpochs(Collection<String> epochIds) {}

  /** The epochs noted as destroyed ({@link #noteDestroyedEpochs}); empty when none. */
  default java.util.Set<String> destroyedEpochs() {
    return java.util.Set.of();
  }
}
