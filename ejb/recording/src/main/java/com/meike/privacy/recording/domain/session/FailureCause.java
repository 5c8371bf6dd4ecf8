package com.meike.privacy.recording.domain.session;

import com.meike.privacy.kernel.problem.DomainException;

/** Why a running recording failed, as the beautician's app reports it (REC-10). */
public enum FailureCause {
  /** The device's microphone or storage failed. */
  DEVICE,
  /** The app could not reach the server long enough to upload the audio. */
  NETWORK,
  /** The app turned out too old to go on recording (e.g. an unsupported audio format). */
  OLD_APP;

  /**
   * The cause named exactly by {@code name}.
   *
   * @throws DomainException INVALID_INPUT on field {@code cause} for anything else
   */
  public static FailureCause parse(String name) {
    if (name != null) {
      for (FailureCause cause : values()) {
        if (cause.name().equals(name.strip())) {
          return cause;
        }
      }
    }
    throw DomainException.invalid("cause", "must be one of DEVICE, NETWORK, OLD_APP");
  }
}
