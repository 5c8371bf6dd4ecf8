package com.meike.privacy.rights.infrastructure.persistence.jpa;

import com.meike.privacy.rights.domain.shutdown.CollectingService;
import com.meike.privacy.rights.domain.shutdown.DisposalCount;
import com.meike.privacy.rights.domain.shutdown.RemainingCount;
import com.meike.privacy.rights.domain.shutdown.Shutdown;
import com.meike.privacy.rights.domain.shutdown.ShutdownRepository;
import com.meike.privacy.rights.domain.shutdown.ShutdownState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link ShutdownRepository} on JPA (unit {@code rights}). */
@ApplicationScoped
public class JpaShutdownRepository implements ShutdownRepository {

  @PersistenceContext(unitName = "rights")
  private EntityManager entityManager;

  /** For the container. */
  public JpaShutdownRepository() {}

  /** Outside a container (tests): on the given entity manager. */
  public JpaShutdownRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public List<CollectingService> services() {
    return entityManager
        .createQuery("select s from CollectingService s order by s.code", CollectingService.class)
        .getResultList();
  }

  @Override
  public Optional<CollectingService> service(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(entityManager.find(CollectingService.class, code));
  }

  @Override
  public void add(Shutdown shutdown) {
    entityManager.persist(shutdown);
  }

  @Override
  public Optional<Shutdown> find(String id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(entityManager.find(Shutdown.class, id));
  }

  @Override
  public Optional<Shutdown> lock(String id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(
            entityManager.find(Shutdown.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Shutdown> ofService(String serviceCode, Collection<ShutdownState> states) {
    return entityManager
        .createQuery(
            "select s from Shutdown s where s.serviceCode = :service and s.state in :states",
            Shutdown.class)
        .setParameter("service", serviceCode)
        .setParameter("states", states)
        .getResultList();
  }

  @Override
  public List<Shutdown> inStates(Collection<ShutdownState> states) {
    return entityManager
        .createQuery("select s from Shutdown s where s.state in :states", Shutdown.class)
        .setParameter("states", states)
        .getResultList();
  }

  @Override
  public List<DisposalCount> counts(String shutdownId) {
    return entityManager
        .createQuery(
            "select c from DisposalCount c where c.shutdownId = :id order by c.contextName",
            DisposalCount.class)
        .setParameter("id", shutdownId)
        .getResultList();
  }

  @Override
  public DisposalCount count(String shutdownId, String context) {
    return counts(shutdownId).stream()
        .filter(c -> c.contextName().equals(context))
        .findFirst()
        .orElseGet(
            () -> {
              DisposalCount created = new DisposalCount(shutdownId, context);
              entityManager.persist(created);
              return created;
            });
  }

  @Override
  public List<RemainingCount> remaining(String shutdownId) {
    return entityManager
        .createQuery(
            "select r from RemainingCount r where r.shutdownId = :id"
                + " order by r.contextName, r.category",
            RemainingCount.class)
        .setParameter("id", shutdownId)
        .getResultList();
  }

  @Override
  public void replaceRemaining(String shutdownId, List<RemainingCount> lines) {
    entityManager
        .createQuery("delete from RemainingCount r where r.shutdownId = :id")
        .setParameter("id", shutdownId)
        .executeUpdate();
    lines.forEach(entityManager::persist);
  }

  @Override
  public int anonymiseClosedBefore(java.time.Instant cutoff, int limit) {
    List<?> due =
        entityManager
            .createNativeQuery(
                "select id from rights_shutdown where requested_by <> :anonymous and"
                    + " (state = 'VERIFIED' and verified_at < :cutoff or state = 'REJECTED' and decided_at < :cutoff)"
                    + " order by requested_at")
            .setParameter("anonymous", JpaDataSubjectRequestRepository.ANONYMOUS)
            .setParameter("cutoff", cutoff)
            .setMaxResults(limit)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    entityManager.flush();
    int done =
        entityManager
            .createNativeQuery(
                "update rights_shutdown set requested_by = :anonymous,"
                    + " decided_by = case when decided_by is null then null else :anonymous end,"
                    + " verified_by = case when verified_by is null then null else :anonymous end,"
                    + " decision_comment = null, notice_cursor = null, disposal_cursor = null,"
                    + " row_version = row_version + 1 where id in (:ids) and requested_by <> :anonymous")
            .setParameter("anonymous", JpaDataSubjectRequestRepository.ANONYMOUS)
            .setParameter("ids", due.stream().map(Object::toString).toList())
            .executeUpdate();
    entityManager.clear();
    return done;
  }
}
