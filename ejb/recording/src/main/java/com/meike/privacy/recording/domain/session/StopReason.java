package com.meike.privacy.recording.domain.session;

/** How a recording session stopped. */
public enum StopReason {
  /** The beautician's app finished the recording on leaving. */
  FINISHED,
  /** The configured time after the service ended (order completed or cancelled) passed. */
  SERVICE_ENDED
}
