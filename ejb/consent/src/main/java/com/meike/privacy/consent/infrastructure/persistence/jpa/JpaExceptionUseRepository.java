package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.ledger.ExceptionUse;
import com.meike.privacy.consent.domain.ledger.ExceptionUseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ExceptionUseRepository} on JPA (unit {@code consent}); joins the caller's transaction. */
@ApplicationScoped
public class JpaExceptionUseRepository implements ExceptionUseRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaExceptionUseRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaExceptionUseRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public String nextId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public void store(ExceptionUse use) {
    entityManager.persist(use);
  }

  @Override
  public Optional<ExceptionUse> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(ExceptionUse.class, id));
  }

  @Override
  public List<ExceptionUse> forSubject(String subjectId) {
    return entityManager
        .createQuery(
            "select u from ExceptionUse u where u.subjectId = :subjectId order by u.usedAt, u.id",
            ExceptionUse.class)
        .setParameter("subjectId", subjectId)
        .getResultList();
  }
}
