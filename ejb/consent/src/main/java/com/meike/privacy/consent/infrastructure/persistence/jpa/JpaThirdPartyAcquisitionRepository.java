package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.acquisition.ThirdPartyAcquisition;
import com.meike.privacy.consent.domain.acquisition.ThirdPartyAcquisitionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * {@link ThirdPartyAcquisitionRepository} on JPA (unit {@code consent}); joins the caller's
 * transaction.
 */
@ApplicationScoped
public class JpaThirdPartyAcquisitionRepository implements ThirdPartyAcquisitionRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaThirdPartyAcquisitionRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaThirdPartyAcquisitionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void append(ThirdPartyAcquisition acquisition) {
    entityManager.persist(acquisition);
  }

  @Override
  public List<ThirdPartyAcquisition> of(String subjectId) {
    return entityManager
        .createQuery(
            "select a from ThirdPartyAcquisition a where a.subjectId = :subject"
                + " order by a.recordedAt, a.id",
            ThirdPartyAcquisition.class)
        .setParameter("subject", subjectId)
        .getResultList();
  }
}
