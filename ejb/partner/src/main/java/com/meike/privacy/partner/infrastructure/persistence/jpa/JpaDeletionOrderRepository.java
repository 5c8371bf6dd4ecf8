package com.meike.privacy.partner.infrastructure.persistence.jpa;

import com.meike.privacy.kernel.rights.DueRows;
import com.meike.privacy.partner.domain.deletion.DeletionOrder;
import com.meike.privacy.partner.domain.deletion.DeletionOrderRepository;
import com.meike.privacy.partner.domain.deletion.DeletionRecipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * {@link DeletionOrderRepository} on JPA (unit {@code partner}); joins the caller's transaction.
 */
@ApplicationScoped
public class JpaDeletionOrderRepository implements DeletionOrderRepository {

  @PersistenceContext(unitName = "partner")
  private EntityManager entityManager;

  /** For the container. */
  public JpaDeletionOrderRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaDeletionOrderRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void store(DeletionOrder order) {
    entityManager.persist(order);
  }

  @Override
  public void store(DeletionRecipient recipient) {
    entityManager.persist(recipient);
  }

  @Override
  public Optional<DeletionOrder> find(String orderId) {
    if (orderId == null || orderId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(DeletionOrder.class, orderId));
  }

  @Override
  public List<DeletionRecipient> recipients(String orderId) {
    return entityManager
        .createQuery(
            "select r from DeletionRecipient r where r.orderId = :order order by r.partnerId",
            DeletionRecipient.class)
        .setParameter("order", orderId)
        .getResultList();
  }

  @Override
  public Optional<DeletionRecipient> recipientForMessage(String messageId) {
    if (messageId == null || messageId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        entityManager.find(DeletionRecipient.class, messageId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public int deleteCompletedBefore(java.time.Instant cutoff, int limit) {
    return DueRows.delete(
        entityManager,
        "select o.id from DeletionOrder o where o.completedAt < :cutoff order by o.completedAt",
        cutoff,
        limit,
        "delete from DeletionRecipient r where r.orderId in :ids",
        "delete from DeletionOrder o where o.id in :ids");
  }
}
