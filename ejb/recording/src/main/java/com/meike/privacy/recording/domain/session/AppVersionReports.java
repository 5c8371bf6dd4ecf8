package com.meike.privacy.recording.domain.session;

import java.util.Optional;

/** The last app version per account; joins the caller's transaction. */
public interface AppVersionReports {

  Optional<AppVersionReport> find(String accountId);

  void add(AppVersionReport report);

  /**
   * Deletes the account's report (DATA-2: a client version joined with a person is personal
   * information while joined; the person's erasure ends the join); how many.
   */
  int deleteFor(String accountId);
}
