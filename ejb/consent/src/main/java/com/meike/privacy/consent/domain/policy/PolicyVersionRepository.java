package com.meike.privacy.consent.domain.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the published {@link PolicyVersion}s are kept. Versions are added, never changed. */
public interface PolicyVersionRepository {

  Optional<PolicyVersion> find(String version);

  /** Every published version, newest first. */
  List<PolicyVersion> all();

  /** The id of the version in force: the one published last. Empty before the first one. */
  Optional<String> currentVersion();

  /** Whether {@code version} has been published (without loading its text). */
  boolean isPublished(String version);

  /** The ids of every published version (without loading their texts). */
  Set<String> publishedVersions();

  /** The ordinal the next published version gets: one more than the highest so far. */
  int nextOrdinal();

  /** Adds a newly published version. */
  void store(PolicyVersion version);
}
