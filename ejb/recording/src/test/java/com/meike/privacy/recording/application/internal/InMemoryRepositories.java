package com.meike.privacy.recording.application.internal;

import com.meike.privacy.recording.domain.access.RecordingAccessApplication;
import com.meike.privacy.recording.domain.access.RecordingAccessApplicationRepository;
import com.meike.privacy.recording.domain.access.RecordingAccessGrant;
import com.meike.privacy.recording.domain.access.RecordingAccessGrantRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Repositories in maps, for service tests without a database. */
final class InMemoryRepositories {

  private InMemoryRepositories() {}

  static final class Applications implements RecordingAccessApplicationRepository {
    final Map<String, RecordingAccessApplication> stored = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public String nextId() {
      return "app-" + ids.incrementAndGet();
    }

    @Override
    public Optional<RecordingAccessApplication> find(String id) {
      return Optional.ofNullable(id == null ? null : stored.get(id));
    }

    @Override
    public List<RecordingAccessApplication> findByApplicant(String applicant) {
      return stored.values().stream()
          .filter(application -> application.applicant().equals(applicant))
          .sorted(Comparator.comparing(RecordingAccessApplication::appliedAt).reversed())
          .toList();
    }

    @Override
    public void store(RecordingAccessApplication application) {
      stored.put(application.id(), application);
    }
  }

  static final class Grants implements RecordingAccessGrantRepository {
    final Map<String, RecordingAccessGrant> stored = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public String nextId() {
      return "grant-" + ids.incrementAndGet();
    }

    @Override
    public Optional<RecordingAccessGrant> find(String id) {
      return Optional.ofNullable(id == null ? null : stored.get(id));
    }

    @Override
    public Optional<RecordingAccessGrant> findByApplication(String applicationId) {
      return stored.values().stream()
          .filter(grant -> grant.applicationId().equals(applicationId))
          .findFirst();
    }

    @Override
    public void store(RecordingAccessGrant grant) {
      stored.put(grant.id(), grant);
    }
  }
}
