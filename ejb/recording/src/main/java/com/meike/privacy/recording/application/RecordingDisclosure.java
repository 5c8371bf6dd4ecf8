package com.meike.privacy.recording.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * The audio of an order's recordings for a disclosure legal approved (REC-9): a user holding a
 * legal document, or a recipient the person separately consented to, receives the recording itself
 * — inside the lawful context's sealed package, whose key is handed over once. Only the lawful
 * context calls this, after legal's approval; every recording read is audited with the request.
 */
@Local
public interface RecordingDisclosure {

  /** Largest total audio one package carries (bytes); a longer visit is refused as a conflict. */
  long MAX_AUDIO_BYTES = 5L * 1024 * 1024;

  /**
   * The decrypted audio of {@code orderNumber}'s stored recordings (ended or failed ones; destroyed
   * ones are listed without audio), read for disclosure request {@code requestId} by {@code actor}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT when the stored audio fails
   *     its authentication or exceeds {@link #MAX_AUDIO_BYTES}
   */
  List<DisclosedRecording> audioFor(String orderNumber, String requestId, String actor);

  /** One recording: its facts and, unless it was destroyed, its audio. */
  record DisclosedRecording(
      String id,
      String status,
      Instant startedAt,
      Instant endedAt,
      String failureCause,
      byte[] audio) {}
}
