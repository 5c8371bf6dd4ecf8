package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.child.ChildStatusRepository;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/**
 * {@link ChildStatusRepository} on JPA (unit {@code consent}); joins the caller's transaction. A
 * stored status is also copied into the consent check's read model in the same transaction.
 */
@ApplicationScoped
public class JpaChildStatusRepository implements ChildStatusRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  /** For the container. */
  public JpaChildStatusRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaChildStatusRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<ChildStatus> find(String subjectId) {
    return Optional.ofNullable(entityManager.find(ChildStatus.class, subjectId));
  }

  @Override
  public Optional<ChildStatus> findOpen(String subjectId) {
    return find(subjectId).filter(status -> closedOf(List.of(subjectId)).isEmpty());
  }

  @Override
  public List<ChildStatus> childrenOf(String guardianId) {
    List<ChildStatus> children =
        entityManager
            .createQuery(
                "select c from ChildStatus c where c.guardianId = :guardian order by c.markedAt, c.subjectId",
                ChildStatus.class)
            .setParameter("guardian", guardianId)
            .getResultList();
    if (children.isEmpty()) {
      return children;
    }
    List<String> closed = closedOf(children.stream().map(ChildStatus::subjectId).toList());
    return children.stream().filter(c -> !closed.contains(c.subjectId())).toList();
  }

  /** Which of these accounts were closed (the note the consent context keeps of a closing). */
  private List<String> closedOf(List<String> subjects) {
    return entityManager
        .createNativeQuery(
            "select subject_id from consent_closed_subject where subject_id in (:subjects)")
        .setParameter("subjects", subjects)
        .getResultList()
        .stream()
        .map(Object::toString)
        .toList();
  }

  @Override
  public void store(ChildStatus status) {
    entityManager.persist(status);
    // The consent check's rows (ConsentCurrentRows) carry the status: written in this transaction.
    entityManager.flush();
    try {
      ConsentCurrentRows.childMarked(entityManager, status.subjectId());
      ConsentCurrentRows.fill(entityManager, status.subjectId());
    } catch (PersistenceException e) {
      if (JpaConsentEntryRepository.isConstraintViolation(e)) {
        // A first consent act of this person at the same moment wrote their rows: a race.
        throw DomainException.conflict(
            "a consent act of this person was recorded at the same moment; try again");
      }
      throw e;
    }
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("select count(c) from ChildStatus c", Long.class)
        .getSingleResult();
  }
}
