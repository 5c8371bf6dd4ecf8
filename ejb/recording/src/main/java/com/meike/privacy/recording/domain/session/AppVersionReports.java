package com.meike.privacy.recording.domain.session;

import java.util.Optional;

/** The last app version per account; joins the caller's transaction. */
public interface AppVersionReports {

  Optional<AppVersionReport> find(String accountId);

  void add(AppVersionReport report);
}
