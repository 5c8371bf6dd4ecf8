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
        id == null
            ? null
            : entityManager.find(RecordingSession.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(RecordingSession session) {
    entityManager.persist(session);
  }

  @Override
  public boolean lockOrder(String orderNumber) {
    return entityManager.find(OrderArrivalLock.class, orderNumber, LockModeType.PESSIMISTIC_WRITE)
        != null;
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

  private static final String IN_CITY = " (:anyCity = true or lower(s.city) = :city)";

  private static String city(String city) {
    return city == null ? "" : city.strip().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public List<String> subjectsIn(String city, String after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        entityManager
            .createNativeQuery(
                "select x.subject from ("
                    + "select s.customer_id as subject from recording_session s where"
                    + IN_CITY
                    + " union select s.beautician_id as subject from recording_session s where"
                    + IN_CITY
                    + ") x where x.subject > :after order by x.subject")
            .setParameter("anyCity", city == null)
            .setParameter("city", city(city))
            .setParameter("after", after == null ? "" : after)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }

  @Override
  public List<String> idsOfSubjectsIn(java.util.Collection<String> subjects, String city) {
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    for (List<String> chunk : com.meike.privacy.kernel.rights.IdChunks.of(subjects)) {
      ids.addAll(
          entityManager
              .createQuery(
                  "select s.id from RecordingSession s where (s.customerId in :subjects"
                      + " or s.beauticianId in :subjects) and"
                      + IN_CITY,
                  String.class)
              .setParameter("subjects", chunk)
              .setParameter("anyCity", city == null)
              .setParameter("city", city(city))
              .getResultList());
    }
    return List.copyOf(ids);
  }

  @Override
  public int delete(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    entityManager.flush();
    entityManager
        .createNativeQuery("delete from recording_chunk where session_id in (:ids)")
        .setParameter("ids", ids)
        .executeUpdate();
    int deleted =
        entityManager
            .createNativeQuery("delete from recording_session where id in (:ids)")
            .setParameter("ids", ids)
            .executeUpdate();
    entityManager.clear();
    return deleted;
  }

  @Override
  public long[] countIn(String city) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "select"
                        + " coalesce(sum(case when r.id is null or r.held = false then 1 else 0 end), 0),"
                        + " coalesce(sum(case when r.held = true then 1 else 0 end), 0),"
                        + " coalesce(sum(case when r.held = false and r.status <> 'DESTROYED' then 1 else 0 end), 0),"
                        + " coalesce(sum(case when r.held = true and r.status <> 'DESTROYED' then 1 else 0 end), 0)"
                        + " from recording_session s left join recording r on r.id = s.id where"
                        + IN_CITY)
                .setParameter("anyCity", city == null)
                .setParameter("city", city(city))
                .getSingleResult();
    return new long[] {number(row[0]), number(row[1]), number(row[2]), number(row[3])};
  }

  @Override
  public List<String> unheldIn(String city, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        entityManager
            .createNativeQuery(
                "select s.id from recording_session s left join recording r"
                    + " on r.id = s.id where (r.id is null or r.held = false) and"
                    + IN_CITY
                    + " order by s.id")
            .setParameter("anyCity", city == null)
            .setParameter("city", city(city))
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
