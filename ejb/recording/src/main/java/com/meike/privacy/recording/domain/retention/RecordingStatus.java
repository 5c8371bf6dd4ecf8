package com.meike.privacy.recording.domain.retention;

/**
 * Life of a stored recording. ENDED and FAILED recordings wait for destruction; DESTROYING means a
 * node claimed it and is destroying key and audio; DESTROYED rows stay as the record of it.
 */
public enum RecordingStatus {
  RECORDING,
  ENDED,
  FAILED,
  DESTROYING,
  DESTROYED
}
