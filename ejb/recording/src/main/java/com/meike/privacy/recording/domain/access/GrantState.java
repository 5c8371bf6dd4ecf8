package com.meike.privacy.recording.domain.access;

/** A {@link RecordingAccessGrant} at a given moment. */
public enum GrantState {
  /** Opens its order's recording for its holder. */
  ACTIVE,
  /** Its time ran out. */
  EXPIRED,
  /** Withdrawn before it expired. */
  REVOKED
}
