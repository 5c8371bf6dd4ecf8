package com.meike.privacy.recording.infrastructure.persistence.jpa;

import com.meike.privacy.recording.domain.access.RecordingAccessApplication;
import com.meike.privacy.recording.domain.access.RecordingAccessApplicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link RecordingAccessApplicationRepository} on JPA; joins the caller's transaction. */
@ApplicationScoped
public class JpaRecordingAccessApplicationRepository
    implements RecordingAccessApplicationRepository {

  @PersistenceContext(unitName = "recording")
  private EntityManager entityManager;

  @Override
  public String nextId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public Optional<RecordingAccessApplication> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(RecordingAccessApplication.class, id));
  }

  @Override
  public List<RecordingAccessApplication> findByApplicant(String applicant) {
    return entityManager
        .createQuery(
            "select a from RecordingAccessApplication a where a.applicant = :applicant"
                + " order by a.appliedAt desc, a.id",
            RecordingAccessApplication.class)
        .setParameter("applicant", applicant)
        .getResultList();
  }

  @Override
  public void store(RecordingAccessApplication application) {
    entityManager.persist(application);
  }
}
