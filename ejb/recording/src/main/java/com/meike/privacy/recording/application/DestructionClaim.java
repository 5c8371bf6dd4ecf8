package com.meike.privacy.recording.application;

import java.util.List;

/**
 * A batch of recordings one sweep claimed for destruction (REC-5): the claim's token, the ids it
 * won, and whether the batch of due recordings was full (more may be due).
 */
public record DestructionClaim(String token, List<String> recordingIds, boolean moreMayBeDue) {

  public DestructionClaim {
    recordingIds = List.copyOf(recordingIds);
  }

  /** Nothing was due. */
  public static DestructionClaim none() {
    return new DestructionClaim(null, List.of(), false);
  }

  public boolean isEmpty() {
    return recordingIds.isEmpty();
  }
}
