package com.meike.privacy.audit.infrastructure.persistence.jpa;

import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditCheckpoint;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditLink;
import com.meike.privacy.audit.domain.trail.AuditTrailRepository;
import com.meike.privacy.audit.domain.trail.UnchainedEntry;
import com.meike.privacy.kernel.audit.StoredCheckpoint;
import com.meike.privacy.kernel.audit.StoredLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
  public void add(AuditEntry entry) {
    entityManager.persist(entry); // the id comes from the sequence now, the insert at flush
    entityManager.persist(new UnchainedEntry(entry.id()));
  }

  @Override
  public AuditChainHead lockHead() {
    return requirePresent(
        entityManager.find(
            AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public AuditChainHead head() {
    return requirePresent(entityManager.find(AuditChainHead.class, AuditChainHead.ID));
  }

  @Override
  public List<AuditEntry> unchained(int limit) {
    return entityManager
        .createQuery(
            "select e from UnchainedEntry u join AuditEntry e on e.id = u.entryId order by e.id",
            AuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void chained(List<AuditLink> links) {
    if (links.isEmpty()) {
      return;
    }
    links.forEach(entityManager::persist);
    entityManager
        .createQuery("delete from UnchainedEntry u where u.entryId in :ids")
        .setParameter("ids", links.stream().map(AuditLink::entryId).toList())
        .executeUpdate();
  }

  @Override
  public Optional<AuditCheckpoint> lastCheckpoint() {
    return entityManager
        .createQuery("select c from AuditCheckpoint c order by c.sequence desc", AuditCheckpoint.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AuditCheckpoint checkpoint) {
    entityManager.persist(checkpoint);
  }

  @Override
  public List<StoredLink> links(long afterSequence, long upToSequence, int limit) {
    return entityManager
        .createQuery(
            "select new com.meike.privacy.kernel.audit.StoredLink("
                + "l.sequence, e.occurredAt, e.actor, e.action, e.subjectType, e.subjectId,"
                + " e.detail, l.previousHash, l.hash)"
                + " from AuditLink l join AuditEntry e on e.id = l.entryId"
                + " where l.sequence > :after and l.sequence <= :upTo"
                + " order by l.sequence",
            StoredLink.class)
        .setParameter("after", afterSequence)
        .setParameter("upTo", upToSequence)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<StoredCheckpoint> checkpoints(long afterSequence, long upToSequence, int limit) {
    return entityManager
        .createQuery(
            "select new com.meike.privacy.kernel.audit.StoredCheckpoint("
                + "c.sequence, c.hash, c.sealedAt, c.keyId, c.previousMac, c.mac)"
                + " from AuditCheckpoint c"
                + " where c.sequence > :after and c.sequence <= :upTo"
                + " order by c.sequence",
            StoredCheckpoint.class)
        .setParameter("after", afterSequence)
        .setParameter("upTo", upToSequence)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Backlog backlog() {
    Object[] row =
        entityManager
            .createQuery(
                "select count(e), min(e.occurredAt) from AuditEntry e"
                    + " where not exists (select 1 from AuditLink l where l.entryId = e.id)",
                Object[].class)
            .getSingleResult();
    return new Backlog(((Number) row[0]).longValue(), (Instant) row[1]);
  }

  private static AuditChainHead requirePresent(AuditChainHead head) {
    if (head == null) {
      throw new IllegalStateException(
          "The audit chain head row is missing: has the audit migration run?");
    }
    return head;
  }
}
