package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.ledger.ConsentEntry;
import com.meike.privacy.consent.domain.ledger.ConsentEntryRepository;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/**
 * {@link ConsentEntryRepository} on JPA (unit {@code consent}); joins the caller's transaction.
 * Inserts and reads only. The sequence comes from the database sequence {@code consent_entry_seq}
 * one value at a time, so it increases across cluster nodes too.
 *
 * <p>Every append also brings the consent check's read model up to date in the same transaction:
 * {@code consent_current} holds a copy of the latest entry per person and purpose (the one with the
 * highest sequence, as {@link #latest} finds it in the ledger) with the facts about the person the
 * answer depends on ({@link ConsentCurrentRows}), so the check reads one row instead of searching
 * the ledger — and a withdrawal is what the very next check reads.
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
    appendAll(List.of(entry));
  }

  @Override
  public void appendAll(List<ConsentEntry> newEntries) {
    newEntries.forEach(entityManager::persist);
    // The entry rows first (one flush for all of them): the projection's rows refer to them.
    entityManager.flush();
    for (ConsentEntry entry : newEntries) {
      project(entry);
    }
  }

  private void project(ConsentEntry entry) {
    try {
      if (current(entry) == 0 && ConsentCurrentRows.fill(entityManager, entry.subjectId()) > 0) {
        // The person's first entry (or a purpose catalogued after it): their rows are there now.
        current(entry);
      }
    } catch (PersistenceException e) {
      if (isConstraintViolation(e)) {
        // Two first acts for the same person and purpose at the same moment, on two requests:
        // the other one was recorded; this one is a race to answer 409, not a failure.
        throw DomainException.conflict(
            "another consent act for "
                + entry.purposeCode()
                + " of this person was recorded at the same moment; look at the ledger and try"
                + " again");
      }
      throw e;
    }
  }

  /**
   * Moves the person's row for the purpose to {@code entry}, with their latest re-consent
   * requirement (so an entry committed while a major version was being published gets it). Only
   * ever forward: of two transactions appending for the same pair, the higher sequence stays,
   * whichever commits last (the row lock orders them).
   *
   * @return 0 when the row is missing or already holds a later entry
   */
  private int current(ConsentEntry entry) {
    return entityManager
        .createNativeQuery(
            "update consent_current c set sequence = ?1, policy_version = ?2, action = ?3,"
                + " channel = ?4, actor = ?5, acted_as = ?6, recorded_by = ?7, occurred_at = ?8,"
                + " (reconsent_version, reconsent_marked_at, reconsent_satisfied_at,"
                + " reconsent_transfer_id) = "
                + ConsentCurrentRows.LATEST_REQUIREMENT
                + " where c.subject_id = ?9 and c.purpose_code = ?10"
                + " and (c.sequence is null or c.sequence < ?1)")
        .setParameter(1, entry.sequence())
        .setParameter(2, entry.policyVersion())
        .setParameter(3, entry.action().name())
        .setParameter(4, entry.channel().name())
        .setParameter(5, entry.actor())
        .setParameter(6, entry.actedAs().name())
        .setParameter(7, entry.recordedBy())
        .setParameter(8, entry.occurredAt())
        .setParameter(9, entry.subjectId())
        .setParameter(10, entry.purposeCode())
        .executeUpdate();
  }

  static boolean isConstraintViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLIntegrityConstraintViolationException
          || (cause instanceof java.sql.SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("23"))) {
        return true;
      }
    }
    return false;
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
  public List<ConsentEntry> latestOf(
      java.util.Collection<String> subjectIds, java.util.Collection<String> purposeCodes) {
    if (subjectIds.isEmpty() || purposeCodes.isEmpty()) {
      return List.of();
    }
    List<ConsentEntry> latest = new java.util.ArrayList<>();
    // The highest sequence per person and purpose, as latest() finds it, on the (subject, purpose,
    // sequence) index.
    for (List<String> chunk : com.meike.privacy.kernel.rights.IdChunks.of(subjectIds)) {
      latest.addAll(
          entityManager
              .createQuery(
                  "select e from ConsentEntry e where e.subjectId in :subjects"
                      + " and e.purposeCode in :purposes and e.sequence = (select max(l.sequence)"
                      + " from ConsentEntry l where l.subjectId = e.subjectId"
                      + " and l.purposeCode = e.purposeCode)",
                  ConsentEntry.class)
              .setParameter("subjects", chunk)
              .setParameter("purposes", purposeCodes)
              .getResultList());
    }
    return latest;
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
