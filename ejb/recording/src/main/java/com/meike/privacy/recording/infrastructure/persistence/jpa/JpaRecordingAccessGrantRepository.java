package com.meike.privacy.recording.infrastructure.persistence.jpa;

import com.meike.privacy.recording.domain.access.RecordingAccessGrant;
import com.meike.privacy.recording.domain.access.RecordingAccessGrantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** {@link RecordingAccessGrantRepository} on JPA; joins the caller's transaction. */
@ApplicationScoped
public class JpaRecordingAccessGrantRepository implements RecordingAccessGrantRepository {

  @PersistenceContext(unitName = "recording")
  private EntityManager entityManager;

  @Override
  public String nextId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public Optional<RecordingAccessGrant> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(RecordingAccessGrant.class, id));
  }

  @Override
  public Optional<RecordingAccessGrant> findByApplication(String applicationId) {
    return entityManager
        .createQuery(
            "select g from RecordingAccessGrant g where g.applicationId = :applicationId",
            RecordingAccessGrant.class)
        .setParameter("applicationId", applicationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void store(RecordingAccessGrant grant) {
    entityManager.persist(grant);
  }
}
