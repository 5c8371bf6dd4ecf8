package com.meike.privacy.recording.domain.audio;

import java.util.Optional;

/**
 * Where sealed recordings live (REC-3). A store only ever sees ciphertext and wrapped keys; it
 * keeps segments in order at fixed positions so that segment {@code i} can be read on its own.
 * Every write is durable when the call returns.
 */
public interface RecordingStore {

  /**
   * Starts a recording with its header.
   *
   * @throws IllegalStateException when the recording already exists
   */
  void create(RecordingHeader header);

  /** The header, empty when the recording does not exist (or was destroyed). */
  Optional<RecordingHeader> header(String recordingId);

  /**
   * Appends sealed segment {@code index}, which must be the next one.
   *
   * @throws IllegalStateException when the recording does not exist, the index is not the next,
   *     or the previous segment was short (the recording ended)
   */
  void append(String recordingId, long index, byte[] sealedSegment);

  /**
   * Cuts the recording back to its first {@code segments} sealed segments: drops what a write that
   * was never confirmed left behind (a crash between storing audio and committing its record).
   * Does nothing when the recording holds no more than that.
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
   * Destroys the recording: the wrapped data key first (durably), then the sealed audio, so that
   * no copy of the audio can be decrypted even if deleting the audio fails. Idempotent.
   */
  void destroy(String recordingId);
}
