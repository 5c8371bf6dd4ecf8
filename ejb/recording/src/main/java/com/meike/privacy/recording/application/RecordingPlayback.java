package com.meike.privacy.recording.application;

import jakarta.ejb.Local;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Playback of a stored recording (REC-8): only through a grant that opens the recording's order,
 * for its holder, while it is valid; every playback is audited, and so is every refusal.
 */
@Local
public interface RecordingPlayback {

  /**
   * Checks the grant for the recording's order and audits the playback of bytes {@code [from, from
   * + length)} (length -1: to the end).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown or destroyed
   *     recording, FORBIDDEN when the grant does not open it, CONFLICT when the stored audio fails
   *     its authentication
   */
  PlaybackView open(String grantId, String recordingId, String actor);

  /**
   * The recordings of the grant's order (ids and states; no audio), for the grant's holder while it
   * is valid; the listing is audited, and so is every refusal.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown grant or one
   *     held by someone else, FORBIDDEN when it no longer opens its order
   */
  java.util.List<RecordingView> recordingsOf(String grantId, String actor);

  /**
   * Streams decrypted bytes of a recording opened with {@link #open}, one segment in memory at a
   * time. Stops before the first segment that fails authentication.
   */
  void stream(String recordingId, long from, long length, OutputStream out) throws IOException;
}
