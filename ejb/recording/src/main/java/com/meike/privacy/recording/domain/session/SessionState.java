package com.meike.privacy.recording.domain.session;

/**
 * Where a recording session stands. NOT_STARTED keeps the reason recording was not allowed;
 * RECORDING accepts audio; STOPPED and FAILED are final (REC-10: a failed recording is a state, not
 * a missing row) and their audio, if any, is sealed and waits for retention.
 */
public enum SessionState {
  NOT_STARTED,
  RECORDING,
  STOPPED,
  FAILED
}
