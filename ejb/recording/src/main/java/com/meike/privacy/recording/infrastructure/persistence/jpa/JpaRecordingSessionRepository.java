package com.meike.privacy.recording.infrastructure.persistence.jpa;

import com.meike.privacy.recording.domain.session.RecordingSession;
import com.meike.privacy.recording.domain.session.RecordingSessionRepository;
import com.meike.privacy.recording.domain.session.SessionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link RecordingSessionRepository} on JPA (unit {@code recording}). {@link #lock} is a
 * pessimistic row lock, so the chunks of one session are stored one after the other even when the
 * app retries in parallel or two nodes receive them; {@link #lockOrder} does the same for the
 * arrivals of one order.
 */
@ApplicationScoped
public class JpaRecordingSessionRepository implements RecordingSessionRepository {

  @PersistenceContext(unitName = "recording")
  private EntityManager entityManager;

  /** For the container. */
  public JpaRecordingSessionRepository() {}

  /** Outside a container (tests, tools). */
  public JpaRecordingSessionRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<RecordingSession> find(String id) {
    return Optional.ofNullable(id == null ? null : entityManager.find(RecordingSession.class, id));
  }

  @Override
  public Optional<RecordingSession> lock(String id) {
    return Optional.ofNullable(
        id == null ? null : entityManager.find(RecordingSession.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(RecordingSession session) {
    entityManager.persist(session);
  }

  @Override
  public boolean lockOrder(String orderNumber) {
    return entityManager.find(OrderArrivalLock.class, orderNumber, LockModeType.PESSIMISTIC_WRITE) != null;
  }

  @Override
  public void addOrderLock(String orderNumber, Instant now) {
    entityManager.persist(new OrderArrivalLock(orderNumber, now));
    entityManager.flush();
  }

  @Override
  public Optional<RecordingSession> recordingOf(String orderNumber) {
    return entityManager
        .createQuery(
            "select s from RecordingSession s where s.orderNumber = :order and s.state = :recording"
                + " order by s.arrivedAt desc",
            RecordingSession.class)
        .setParameter("order", orderNumber)
        .setParameter("recording", SessionState.RECORDING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<String> recording(int limit, int offset) {
    return entityManager
        .createQuery(
            "select s.id from RecordingSession s where s.state = :recording order by s.arrivedAt, s.id",
            String.class)
        .setParameter("recording", SessionState.RECORDING)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }
}
