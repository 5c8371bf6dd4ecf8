package com.meike.privacy.recording.infrastructure.persistence.jpa;

import com.meike.privacy.recording.domain.retention.LegalHold;
import com.meike.privacy.recording.domain.retention.LegalHoldRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link LegalHoldRepository} on JPA (unit {@code recording}). */
@ApplicationScoped
public class JpaLegalHoldRepository implements LegalHoldRepository {

  @PersistenceContext(unitName = "recording")
  private EntityManager entityManager;

  /** For the container. */
  public JpaLegalHoldRepository() {}

  /** Outside a container (tests, tools). */
  public JpaLegalHoldRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<LegalHold> find(String id) {
    return Optional.ofNullable(entityManager.find(LegalHold.class, id));
  }

  @Override
  public void add(LegalHold hold) {
    entityManager.persist(hold);
  }

  @Override
  public List<LegalHold> open() {
    return entityManager
        .createQuery(
            "select h from LegalHold h where h.releasedAt is null order by h.placedAt",
            LegalHold.class)
        .getResultList();
  }

  @Override
  public List<LegalHold> ofOrder(String orderNumber) {
    return entityManager
        .createQuery(
            "select h from LegalHold h where h.orderNumber = :order order by h.placedAt desc",
            LegalHold.class)
        .setParameter("order", orderNumber)
        .getResultList();
  }
}
