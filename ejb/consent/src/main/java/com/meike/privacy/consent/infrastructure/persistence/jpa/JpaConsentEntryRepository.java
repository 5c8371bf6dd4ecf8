package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.ledger.ConsentEntry;
import com.meike.privacy.consent.domain.ledger.ConsentEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * {@link ConsentEntryRepository} on JPA (unit {@code consent}); joins the caller's transaction.
 * Inserts and reads only. The sequence comes from the database sequence {@code consent_entry_seq}
 * one value at a time, so it increases across cluster nodes too.
 */
@ApplicationScoped
public class JpaConsentEntryRepository implements ConsentEntryRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaConsentEntryRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaConsentEntryRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void append(ConsentEntry entry) {
    entityManager.persist(entry);
  }

  @Override
  public Optional<ConsentEntry> latest(String subjectId, String purposeCode) {
    return entityManager
        .createQuery(
            "select e from ConsentEntry e where e.subjectId = :subjectId"
                + " and e.purposeCode = :purposeCode order by e.sequence desc",
            ConsentEntry.class)
        .setParameter("subjectId", subjectId)
        .setParameter("purposeCode", purposeCode)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ConsentEntry> history(String subjectId) {
    return entityManager
        .createQuery(
            "select e from ConsentEntry e where e.subjectId = :subjectId order by e.sequence",
            ConsentEntry.class)
        .setParameter("subjectId", subjectId)
        .getResultList();
  }
}
