package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.holder.DataHolderTransfer;
import com.meike.privacy.consent.domain.holder.DataHolderTransferRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * {@link DataHolderTransferRepository} on JPA (unit {@code consent}); joins the caller's
 * transaction.
 */
@ApplicationScoped
public class JpaDataHolderTransferRepository implements DataHolderTransferRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaDataHolderTransferRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaDataHolderTransferRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void add(DataHolderTransfer transfer) {
    entityManager.persist(transfer);
  }

  @Override
  public Optional<DataHolderTransfer> find(String id) {
    return Optional.ofNullable(entityManager.find(DataHolderTransfer.class, id));
  }

  @Override
  public List<DataHolderTransfer> all() {
    return entityManager
        .createQuery(
            "select t from DataHolderTransfer t order by t.recordedAt desc, t.id",
            DataHolderTransfer.class)
        .getResultList();
  }
}
