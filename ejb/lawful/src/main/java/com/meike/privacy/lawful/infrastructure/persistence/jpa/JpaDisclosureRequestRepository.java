package com.meike.privacy.lawful.infrastructure.persistence.jpa;

import com.meike.privacy.lawful.domain.request.DisclosureDocument;
import com.meike.privacy.lawful.domain.request.DisclosurePackage;
import com.meike.privacy.lawful.domain.request.DisclosureRequest;
import com.meike.privacy.lawful.domain.request.DisclosureRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * {@link DisclosureRequestRepository} on JPA (unit {@code lawful}); joins the caller's transaction.
 */
@ApplicationScoped
public class JpaDisclosureRequestRepository implements DisclosureRequestRepository {

  @PersistenceContext(unitName = "lawful")
  private EntityManager entityManager;

  /** For the container. */
  public JpaDisclosureRequestRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaDisclosureRequestRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void add(DisclosureRequest request, DisclosureDocument document) {
    entityManager.persist(request);
    entityManager.flush();
    entityManager.persist(document);
  }

  @Override
  public Optional<DisclosureRequest> find(String id) {
    return Optional.ofNullable(entityManager.find(DisclosureRequest.class, id));
  }

  @Override
  public long countConcerning(String subjectId) {
    return entityManager
        .createQuery(
            "select count(r) from DisclosureRequest r where r.subjectId = :subject", Long.class)
        .setParameter("subject", subjectId)
        .getSingleResult();
  }

  @Override
  public List<DisclosureRequest> latest(int limit) {
    return entityManager
        .createQuery(
            "select r from DisclosureRequest r order by r.registeredAt desc, r.id",
            DisclosureRequest.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<DisclosureRequest> packagedSince(java.time.Instant since) {
    return entityManager
        .createQuery(
            "select r from DisclosureRequest r where r.packagedAt >= :since",
            DisclosureRequest.class)
        .setParameter("since", since)
        .getResultList();
  }

  @Override
  public Optional<DisclosureDocument> document(String requestId) {
    return Optional.ofNullable(entityManager.find(DisclosureDocument.class, requestId));
  }

  @Override
  public void addPackage(DisclosurePackage disclosurePackage) {
    entityManager.persist(disclosurePackage);
  }

  @Override
  public Optional<DisclosurePackage> packageOf(String requestId) {
    return Optional.ofNullable(entityManager.find(DisclosurePackage.class, requestId));
  }

  @Override
  public Optional<DisclosurePackage> lockPackage(String requestId) {
    // Of two concurrent key handovers, the second waits here and then finds the key gone.
    return Optional.ofNullable(
        entityManager.find(DisclosurePackage.class, requestId, LockModeType.PESSIMISTIC_WRITE));
  }
}
