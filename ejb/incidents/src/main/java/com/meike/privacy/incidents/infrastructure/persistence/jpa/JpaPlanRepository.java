package com.meike.privacy.incidents.infrastructure.persistence.jpa;

import com.meike.privacy.incidents.domain.plan.IncidentDrill;
import com.meike.privacy.incidents.domain.plan.IncidentPlanVersion;
import com.meike.privacy.incidents.domain.plan.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link PlanRepository} on JPA; joins the caller's transaction. */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

  @PersistenceContext(unitName = "incidents")
  private EntityManager entityManager;

  /** For the container. */
  public JpaPlanRepository() {}

  /** Outside a container (tests on H2). */
  public JpaPlanRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void store(IncidentPlanVersion version) {
    entityManager.persist(version);
    entityManager.flush(); // two publications of the same number meet the unique constraint here
  }

  @Override
  public Optional<IncidentPlanVersion> newest() {
    return entityManager
        .createQuery(
            "select v from IncidentPlanVersion v order by v.version desc",
            IncidentPlanVersion.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<IncidentPlanVersion> version(int version) {
    return entityManager
        .createQuery(
            "select v from IncidentPlanVersion v where v.version = :v", IncidentPlanVersion.class)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<IncidentPlanVersion> versions() {
    return entityManager
        .createQuery(
            "select v from IncidentPlanVersion v order by v.version desc",
            IncidentPlanVersion.class)
        .getResultList();
  }

  @Override
  public void store(IncidentDrill drill) {
    entityManager.persist(drill);
    entityManager.flush(); // two nodes raising the same year's drill meet the unique year here
  }

  @Override
  public boolean drillRaised(int year, Instant from, Instant to) {
    return entityManager
            .createQuery(
                "select count(d) from IncidentDrill d where d.year = :year"
                    + " or (d.year is null and d.raisedAt >= :from and d.raisedAt < :to)",
                Long.class)
            .setParameter("year", year)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult()
        > 0;
  }

  @Override
  public Optional<IncidentDrill> drill(String id) {
    if (id == null || id.isBlank() || id.length() > 36) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(IncidentDrill.class, id.strip()));
  }

  @Override
  public List<IncidentDrill> drills(int limit) {
    return entityManager
        .createQuery(
            "select d from IncidentDrill d order by d.raisedAt desc, d.id", IncidentDrill.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
