package com.meike.privacy.notification.infrastructure.persistence.jpa;

import com.meike.privacy.notification.domain.notice.Notification;
import com.meike.privacy.notification.domain.notice.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link NotificationRepository} on JPA (unit {@code notification}). */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

  @PersistenceContext(unitName = "notification")
  private EntityManager entityManager;

  /** For the container. */
  public JpaNotificationRepository() {}

  /** Outside a container (tests). */
  public JpaNotificationRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void store(Notification notification) {
    entityManager.persist(notification);
  }

  @Override
  public Optional<Notification> forMessage(String messageId) {
    return entityManager
        .createQuery("select n from Notification n where n.messageId = :message", Notification.class)
        .setParameter("message", messageId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Notification> forSubject(String subjectId, int max) {
    return entityManager
        .createQuery("select n from Notification n where n.subjectId = :subject order by n.createdAt desc, n.id",
            Notification.class)
        .setParameter("subject", subjectId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public int deleteCreatedBefore(java.time.Instant cutoff, int limit) {
    List<String> ids = entityManager
        .createQuery("select n.id from Notification n where n.createdAt < :cutoff order by n.createdAt, n.id", String.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return entityManager.createQuery("delete from Notification n where n.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }

  @Override
  public int forgetSubject(String subjectId) {
    return entityManager.createNativeQuery("update notification_notice set subject_id = null where subject_id = ?1")
        .setParameter(1, subjectId)
        .executeUpdate();
  }
}
