package com.meike.privacy.recording.application;

import java.util.List;

/**
 * A batch of recordings claimed for destruction (REC-5): the claim's token, the ids it won, whether
 * the batch of due recordings was full (more may be due), and why they go when it is not the end of
 * their retention period ({@code why}, e.g. a service shutdown, SHUT-1; null for the sweep).
 */
public record DestructionClaim(
    String token, List<String> recordingIds, boolean moreMayBeDue, String why) {

  public DestructionClaim {
    recordingIds = List.copyOf(recordingIds);
  }

  /** A claim of the retention sweep. */
  public DestructionClaim(String token, List<String> recordingIds, boolean moreMayBeDue) {
    this(token, recordingIds, moreMayBeDue, null);
  }

  /** Nothing was due. */
  public static DestructionClaim none() {
    return new DestructionClaim(null, List.of(), false);
  }

  public boolean isEmpty() {
    return recordingIds.isEmpty();
  }
}
