package com.meike.privacy.recording.infrastructure.persistence.jpa;

import com.meike.privacy.recording.domain.retention.Recording;
import com.meike.privacy.recording.domain.retention.RecordingRepository;
import com.meike.privacy.recording.domain.retention.RecordingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link RecordingRepository} on JPA (unit {@code recording}). Claims and hold marks are single
 * conditional bulk updates, so the database decides races between nodes and between a claim and a
 * new hold (both update the same row).
 */
@ApplicationScoped
public class JpaRecordingRepository implements RecordingRepository {

  private static final List<RecordingStatus> WAITING =
      List.of(RecordingStatus.ENDED, RecordingStatus.FAILED);
  private static final List<RecordingStatus> NOT_CLAIMED =
      List.of(RecordingStatus.RECORDING, RecordingStatus.ENDED, RecordingStatus.FAILED);
  private static final String DUE =
      " r.held = false and ((r.status in :waiting and r.endedAt <= :endedBefore)"
          + " or (r.status = :destroying and r.claimedAt <= :claimedBefore))";

  @PersistenceContext(unitName = "recording")
  private EntityManager entityManager;

  /** For the container. */
  public JpaRecordingRepository() {}

  /** Outside a container (tests, tools). */
  public JpaRecordingRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public long countHeld() {
    return entityManager
        .createQuery(
            "select count(r) from Recording r where r.held = true and r.status not in :gone",
            Long.class)
        .setParameter(
            "gone",
            java.util.List.of(
                com.meike.privacy.recording.domain.retention.RecordingStatus.DESTROYING,
                com.meike.privacy.recording.domain.retention.RecordingStatus.DESTROYED))
        .getSingleResult();
  }

  @Override
  public Optional<Recording> find(String id) {
    return Optional.ofNullable(entityManager.find(Recording.class, id));
  }

  @Override
  public void add(Recording recording) {
    entityManager.persist(recording);
  }

  @Override
  public List<Recording> ofOrder(String orderNumber) {
    return entityManager
        .createQuery(
            "select r from Recording r where r.orderNumber = :order order by r.startedAt, r.id",
            Recording.class)
        .setParameter("order", orderNumber)
        .getResultList();
  }

  @Override
  public List<Recording> lockOfOrder(String orderNumber) {
    return entityManager
        .createQuery(
            "select r from Recording r where r.orderNumber = :order order by r.id", Recording.class)
        .setParameter("order", orderNumber)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<String> dueForDestruction(Instant endedBefore, Instant claimedBefore, int limit) {
    return entityManager
        .createQuery(
            "select r.id from Recording r where" + DUE + " order by r.endedAt", String.class)
        .setParameter("waiting", WAITING)
        .setParameter("endedBefore", endedBefore)
        .setParameter("destroying", RecordingStatus.DESTROYING)
        .setParameter("claimedBefore", claimedBefore)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> claimForDestruction(
      Collection<String> ids,
      Instant endedBefore,
      Instant claimedBefore,
      Instant now,
      String claimToken) {
    if (ids.isEmpty()) {
      return List.of();
    }
    entityManager
        .createQuery(
            "update Recording r set r.status = :destroying, r.claimedAt = :now, r.claimToken = :token,"
                + " r.version = r.version + 1 where r.id in :ids and"
                + DUE)
        .setParameter("ids", ids)
        .setParameter("now", Recording.stored(now))
        .setParameter("token", claimToken)
        .setParameter("waiting", WAITING)
        .setParameter("endedBefore", endedBefore)
        .setParameter("destroying", RecordingStatus.DESTROYING)
        .setParameter("claimedBefore", claimedBefore)
        .executeUpdate();
    // found again by the claim's token (a clock reading is no key: the column keeps microseconds),
    // among the ids just updated (primary key look-ups, not a scan of the table)
    return entityManager
        .createQuery(
            "select r.id from Recording r where r.id in :ids and r.claimToken = :token"
                + " and r.status = :destroying order by r.id",
            String.class)
        .setParameter("ids", ids)
        .setParameter("token", claimToken)
        .setParameter("destroying", RecordingStatus.DESTROYING)
        .getResultList();
  }

  @Override
  public List<Recording> lockClaimed(String claimToken, Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "select r from Recording r where r.id in :ids and r.claimToken = :token"
                + " and r.status = :destroying order by r.id",
            Recording.class)
        .setParameter("ids", ids)
        .setParameter("token", claimToken)
        .setParameter("destroying", RecordingStatus.DESTROYING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public int markDestroyed(String claimToken, Collection<String> ids, Instant now) {
    if (ids.isEmpty()) {
      return 0;
    }
    int destroyed =
        entityManager
            .createQuery(
                "update Recording r set r.status = :destroyed, r.destroyedAt = :now, r.claimToken = null,"
                    + " r.version = r.version + 1 where r.id in :ids and r.claimToken = :token and r.status = :destroying")
            .setParameter("destroyed", RecordingStatus.DESTROYED)
            .setParameter("now", Recording.stored(now))
            .setParameter("ids", ids)
            .setParameter("token", claimToken)
            .setParameter("destroying", RecordingStatus.DESTROYING)
            .executeUpdate();
    // the chunk digests of the sessions whose audio this was go with the audio
    entityManager
        .createNativeQuery(
            "delete from recording_chunk where session_id in (:ids)"
                + " and session_id in (select id from recording where status = 'DESTROYED')")
        .setParameter("ids", ids)
        .executeUpdate();
    return destroyed;
  }

  @Override
  public int markHeld(String orderNumber, boolean held) {
    return entityManager
        .createQuery(
            "update Recording r set r.held = :held, r.version = r.version + 1"
                + " where r.orderNumber = :order and r.status in :notClaimed")
        .setParameter("held", held)
        .setParameter("order", orderNumber)
        .setParameter("notClaimed", NOT_CLAIMED)
        .executeUpdate();
  }

  @Override
  public List<String> claimEarly(Collection<String> ids, Instant now, String claimToken) {
    if (ids.isEmpty()) {
      return List.of();
    }
    entityManager
        .createQuery(
            "update Recording r set r.status = :destroying, r.claimedAt = :now, r.claimToken = :token,"
                + " r.version = r.version + 1 where r.id in :ids and r.held = false and r.status in :waiting")
        .setParameter("ids", ids)
        .setParameter("now", Recording.stored(now))
        .setParameter("token", claimToken)
        .setParameter("waiting", WAITING)
        .setParameter("destroying", RecordingStatus.DESTROYING)
        .executeUpdate();
    return entityManager
        .createQuery(
            "select r.id from Recording r where r.id in :ids and r.claimToken = :token"
                + " and r.status = :destroying order by r.id",
            String.class)
        .setParameter("ids", ids)
        .setParameter("token", claimToken)
        .setParameter("destroying", RecordingStatus.DESTROYING)
        .getResultList();
  }

  @Override
  public java.util.Map<String, java.util.Map.Entry<RecordingStatus, Boolean>> statusOf(
      Collection<String> ids) {
    java.util.Map<String, java.util.Map.Entry<RecordingStatus, Boolean>> out =
        new java.util.LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Object[] row :
        entityManager
            .createQuery(
                "select r.id, r.status, r.held from Recording r where r.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      out.put((String) row[0], java.util.Map.entry((RecordingStatus) row[1], (Boolean) row[2]));
    }
    return out;
  }
}
