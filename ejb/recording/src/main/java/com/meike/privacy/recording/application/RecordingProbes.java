package com.meike.privacy.recording.application;

import jakarta.ejb.Local;

/**
 * REC-4: customers and beauticians have no way to retrieve a recording or a key. When an app user
 * calls a staff playback path, or guesses one, the refusal is audited here (in its own transaction,
 * so it stays on record whatever the request does next).
 */
@Local
public interface RecordingProbes {

  /**
   * Records that app user {@code accountId} tried {@code method} {@code path} (the path only, no
   * query).
   */
  void refused(String accountId, String method, String path);
}
