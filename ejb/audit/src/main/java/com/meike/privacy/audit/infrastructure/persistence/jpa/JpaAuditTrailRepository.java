package com.meike.privacy.audit.infrastructure.persistence.jpa;

import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditTrailRepository;
import com.meike.privacy.kernel.audit.StoredLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** {@link AuditTrailRepository} on JPA (unit {@code audit}); joins the caller's transaction. */
@ApplicationScoped
public class JpaAuditTrailRepository implements AuditTrailRepository {

  @PersistenceContext(unitName = "audit")
  private EntityManager entityManager;

  /** For the container. */
  public JpaAuditTrailRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaAuditTrailRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public AuditChainHead lockHead() {
    AuditChainHead head =
        entityManager.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException(
          "The audit chain head row is missing: has the audit migration run?");
    }
    return head;
  }

  @Override
  public AuditChainHead head() {
    AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.ID);
    if (head == null) {
      throw new IllegalStateException(
          "The audit chain head row is missing: has the audit migration run?");
    }
    return head;
  }

  @Override
  public void add(AuditEntry entry) {
    entityManager.persist(entry);
  }

  @Override
  public List<StoredLink> links(long afterSequence, long upToSequence, int limit) {
    return entityManager
        .createQuery(
            "select new com.meike.privacy.kernel.audit.StoredLink("
                + "e.sequence, e.occurredAt, e.actor, e.action, e.subjectType, e.subjectId,"
                + " e.detail, e.previousHash, e.hash)"
                + " from AuditEntry e"
                + " where e.sequence > :after and e.sequence <= :upTo"
                + " order by e.sequence",
            StoredLink.class)
        .setParameter("after", afterSequence)
        .setParameter("upTo", upToSequence)
        .setMaxResults(limit)
        .getResultList();
  }
}
