package com.meike.privacy.incidents.infrastructure.persistence.jpa;

import com.meike.privacy.incidents.domain.conduct.ConductRecord;
import com.meike.privacy.incidents.domain.conduct.ConductRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * {@link ConductRecordRepository} on JPA (unit {@code incidents}); joins the caller's transaction.
 */
@ApplicationScoped
public class JpaConductRecordRepository implements ConductRecordRepository {

  @PersistenceContext(unitName = "incidents")
  private EntityManager entityManager;

  /** For the container. */
  public JpaConductRecordRepository() {}

  /** Outside a container (tests): on the given entity manager. */
  public JpaConductRecordRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void add(ConductRecord record) {
    entityManager.persist(record);
  }

  @Override
  public List<ConductRecord> of(String accountId) {
    return entityManager
        .createQuery(
            "select c from ConductRecord c where c.accountId = :account"
                + " order by c.recordedAt, c.id",
            ConductRecord.class)
        .setParameter("account", accountId)
        .setMaxResults(1000)
        .getResultList();
  }
}
