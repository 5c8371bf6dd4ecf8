package com.meike.privacy.rights.infrastructure.persistence.jpa;

import com.meike.privacy.rights.domain.request.AccessPackage;
import com.meike.privacy.rights.domain.request.DataSubjectRequest;
import com.meike.privacy.rights.domain.request.DataSubjectRequestRepository;
import com.meike.privacy.rights.domain.request.ErasureRecord;
import com.meike.privacy.rights.domain.request.RequestKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link DataSubjectRequestRepository} on JPA (unit {@code rights}); joins the caller's transaction. */
@ApplicationScoped
public class JpaDataSubjectRequestRepository implements DataSubjectRequestRepository {

  @PersistenceContext(unitName = "rights")
  private EntityManager entityManager;

  /** For the container. */
  public JpaDataSubjectRequestRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaDataSubjectRequestRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void add(DataSubjectRequest request) {
    entityManager.persist(request);
  }

  @Override
  public Optional<DataSubjectRequest> find(String id) {
    return Optional.ofNullable(entityManager.find(DataSubjectRequest.class, id));
  }

  @Override
  public Optional<DataSubjectRequest> lock(String id) {
    return Optional.ofNullable(entityManager.find(DataSubjectRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<DataSubjectRequest> concerning(String account) {
    return entityManager
        .createQuery(
            "select r from DataSubjectRequest r where r.subjectId = :account or r.requestedBy = :account"
                + " order by r.receivedAt desc, r.id",
            DataSubjectRequest.class)
        .setParameter("account", account)
        .setMaxResults(200)
        .getResultList();
  }

  @Override
  public long countSince(String subject, RequestKind kind, Instant since) {
    return entityManager
        .createQuery(
            "select count(r) from DataSubjectRequest r where r.subjectId = :subject and r.kind = :kind"
                + " and r.receivedAt >= :since",
            Long.class)
        .setParameter("subject", subject)
        .setParameter("kind", kind)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public void addPackage(AccessPackage accessPackage) {
    entityManager.persist(accessPackage);
  }

  @Override
  public Optional<AccessPackage> lockPackage(String requestId) {
    return Optional.ofNullable(entityManager.find(AccessPackage.class, requestId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<AccessPackage> packageOf(String requestId) {
    return Optional.ofNullable(entityManager.find(AccessPackage.class, requestId));
  }

  @Override
  public void addErasure(ErasureRecord record) {
    entityManager.persist(record);
  }

  @Override
  public List<ErasureRecord> erasuresOf(String requestId) {
    return entityManager
        .createQuery("select e from ErasureRecord e where e.requestId = :request order by e.erasedAt, e.context",
            ErasureRecord.class)
        .setParameter("request", requestId)
        .getResultList();
  }
}
