package com.meike.privacy.recording.domain.audio;

/**
 * What wraps and unwraps recordings' data keys (REC-3, REC-5, DSR-8): the {@link EpochKeyRing}
 * (time-boxed key epochs held in the database, destroyed after their last recording) on the server;
 * a {@link MasterKeyRing} alone only for recordings written before the key epochs and in tools.
 */
public interface DataKeyWrapping {

  /** Wraps a recording's data key under the key the recording belongs to now. */
  WrappedKey wrap(String recordingId, byte[] dataKey);

  /**
   * Unwraps the data key of {@code recordingId}.
   *
   * @throws AudioTamperedException when the key that wrapped it is unknown or destroyed, or the
   *     wrapped key was changed, belongs to another recording or was wrapped under another key
   */
  byte[] unwrap(String recordingId, WrappedKey wrapped);
}
