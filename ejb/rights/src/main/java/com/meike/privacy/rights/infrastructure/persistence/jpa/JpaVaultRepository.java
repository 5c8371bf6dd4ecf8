package com.meike.privacy.rights.infrastructure.persistence.jpa;

import com.meike.privacy.rights.domain.vault.VaultRecord;
import com.meike.privacy.rights.domain.vault.VaultRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** {@link VaultRepository} on JPA (unit {@code rights}); joins the caller's transaction. */
@ApplicationScoped
public class JpaVaultRepository implements VaultRepository {

  @PersistenceContext(unitName = "rights")
  private EntityManager entityManager;

  /** For the container. */
  public JpaVaultRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaVaultRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void add(VaultRecord record) {
    entityManager.persist(record);
  }

  @Override
  public List<VaultRecord> of(String subjectHash, Instant now) {
    return entityManager
        .createQuery(
            "select v from VaultRecord v where v.subjectHash = :subject"
                + " and v.keepUntil > :now order by v.depositedAt, v.id",
            VaultRecord.class)
        .setParameter("subject", subjectHash)
        .setParameter("now", now)
        .setMaxResults(10_000)
        .getResultList();
  }

  @Override
  public boolean holds(String subjectHash, Instant now) {
    return !entityManager
        .createQuery(
            "select v.id from VaultRecord v where v.subjectHash = :subject and v.keepUntil > :now",
            String.class)
        .setParameter("subject", subjectHash)
        .setParameter("now", now)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public int deleteExpired(Instant now, int limit) {
    List<String> ids =
        entityManager
            .createQuery(
                "select v.id from VaultRecord v where v.keepUntil <= :now order by v.keepUntil, v.id",
                String.class)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return entityManager
        .createQuery("delete from VaultRecord v where v.id in :ids and v.keepUntil <= :now")
        .setParameter("ids", ids)
        .setParameter("now", now)
        .executeUpdate();
  }
}
