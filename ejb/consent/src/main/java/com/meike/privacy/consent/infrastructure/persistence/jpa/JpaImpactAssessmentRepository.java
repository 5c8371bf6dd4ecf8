package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.assessment.ImpactAssessment;
import com.meike.privacy.consent.domain.assessment.ImpactAssessmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link ImpactAssessmentRepository} on JPA (unit {@code consent}); joins the caller's transaction.
 */
@ApplicationScoped
public class JpaImpactAssessmentRepository implements ImpactAssessmentRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaImpactAssessmentRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaImpactAssessmentRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<ImpactAssessment> find(String id) {
    return Optional.ofNullable(entityManager.find(ImpactAssessment.class, id));
  }

  @Override
  public List<ImpactAssessment> all() {
    return entityManager
        .createQuery(
            "select a from ImpactAssessment a order by a.registeredAt desc, a.id",
            ImpactAssessment.class)
        .getResultList();
  }

  @Override
  public void store(ImpactAssessment assessment) {
    entityManager.persist(assessment);
  }

  @Override
  public Optional<ImpactAssessment> inForce(String key) {
    return entityManager
        .createQuery(
            "select a from ImpactAssessment a where a.processingKey = :key and a.withdrawnAt is null"
                + " order by a.registeredAt desc, a.id desc",
            ImpactAssessment.class)
        .setParameter("key", key)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int deleteWithdrawnKeptUntilBefore(LocalDate today, int limit) {
    List<String> due =
        entityManager
            .createQuery(
                "select a.id from ImpactAssessment a where a.withdrawnAt is not null and a.keepUntil < :today"
                    + " order by a.keepUntil, a.id",
                String.class)
            .setParameter("today", today)
            .setMaxResults(limit)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    return entityManager
        .createQuery(
            "delete from ImpactAssessment a where a.id in :ids and a.withdrawnAt is not null and a.keepUntil < :today")
        .setParameter("ids", due)
        .setParameter("today", today)
        .executeUpdate();
  }
}
