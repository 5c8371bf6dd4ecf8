package com.meike.privacy.rights.infrastructure.persistence.jpa;

import com.meike.privacy.kernel.rights.DueRows;
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

/**
 * {@link DataSubjectRequestRepository} on JPA (unit {@code rights}); joins the caller's
 * transaction.
 */
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
    return Optional.ofNullable(
        entityManager.find(DataSubjectRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
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
    return Optional.ofNullable(
        entityManager.find(AccessPackage.class, requestId, LockModeType.PESSIMISTIC_WRITE));
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
        .createQuery(
            "select e from ErasureRecord e where e.requestId = :request order by e.erasedAt, e.context",
            ErasureRecord.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  /** What an anonymised request names instead of a person (no link back, RET-4). */
  public static final String ANONYMOUS = "anonymised";

  @Override
  public int expirePackagesBuiltBefore(java.time.Instant cutoff, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        entityManager
            .createNativeQuery(
                "select request_id from rights_access_package"
                    + " where sealed_content is not null and built_at < :cutoff order by built_at")
            .setParameter("cutoff", cutoff)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    entityManager.flush();
    int done =
        entityManager
            .createNativeQuery(
                "update rights_access_package set sealed_content = null"
                    + " where request_id in (:ids) and sealed_content is not null")
            .setParameter("ids", ids.stream().map(Object::toString).toList())
            .executeUpdate();
    entityManager.clear();
    return done;
  }

  @Override
  public int anonymiseClosedBefore(java.time.Instant cutoff, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        entityManager
            .createNativeQuery(
                "select id from rights_request where state in"
                    + " ('FULFILLED', 'REFUSED', 'NOT_VERIFIED', 'FEE_LAPSED') and received_at < :cutoff and subject_id <> :anonymous"
                    + " order by received_at")
            .setParameter("cutoff", cutoff)
            .setParameter("anonymous", ANONYMOUS)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    List<String> keys = ids.stream().map(Object::toString).toList();
    entityManager.flush();
    entityManager
        .createNativeQuery(
            "update rights_access_package set sealed_content = null where request_id in (:ids)")
        .setParameter("ids", keys)
        .executeUpdate();
    int done =
        entityManager
            .createNativeQuery(
                "update rights_request set subject_id = :anonymous, requested_by = :anonymous,"
                    + " verified_by = null, answered_by = null, details_sealed = null, answer_sealed = null,"
                    + " deletion_order_id = null, complaint_number = null, fee_reason_sealed = null,"
                    + " fee_charged_by = null, row_version = row_version + 1"
                    + " where id in (:ids) and subject_id <> :anonymous")
            .setParameter("anonymous", ANONYMOUS)
            .setParameter("ids", keys)
            .executeUpdate();
    entityManager.clear();
    return done;
  }

  @Override
  public int deleteErasuresBefore(java.time.Instant cutoff, int limit) {
    return DueRows.delete(
        entityManager,
        "select e.id from ErasureRecord e where e.erasedAt < :cutoff order by e.erasedAt",
        cutoff,
        limit,
        "delete from ErasureRecord e where e.id in :ids");
  }
}
