package com.meike.privacy.notification.infrastructure.persistence.jpa;

import com.meike.privacy.kernel.rights.DueRows;
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
  public void storeAll(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return;
    }
    // one JDBC batch on the session's own connection (same transaction), not an entity per row
    entityManager
        .unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (java.sql.PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into notification_notice (id, subject_id, template_id, category, channel, partner_id, message_id,"
                          + " status, reason, created_at, status_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Notification n : notifications) {
                  insert.setString(1, n.id());
                  insert.setString(2, n.subjectId());
                  insert.setString(3, n.templateId());
                  insert.setString(4, n.category());
                  insert.setString(5, n.channel().name());
                  insert.setString(6, n.partnerId());
                  insert.setString(7, n.messageId());
                  insert.setString(8, n.status().name());
                  insert.setString(9, n.reason());
                  insert.setObject(
                      10,
                      java.time.OffsetDateTime.ofInstant(n.createdAt(), java.time.ZoneOffset.UTC));
                  insert.setObject(
                      11,
                      java.time.OffsetDateTime.ofInstant(n.statusAt(), java.time.ZoneOffset.UTC));
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  @Override
  public java.util.Map<String, Notification> forMessages(java.util.Collection<String> messageIds) {
    java.util.Map<String, Notification> found = new java.util.HashMap<>();
    for (List<String> chunk : com.meike.privacy.kernel.rights.IdChunks.of(messageIds)) {
      for (Notification n :
          entityManager
              .createQuery(
                  "select n from Notification n where n.messageId in :messages", Notification.class)
              .setParameter("messages", chunk)
              .getResultList()) {
        found.put(n.messageId(), n);
      }
    }
    return found;
  }

  @Override
  public Optional<Notification> forMessage(String messageId) {
    return entityManager
        .createQuery(
            "select n from Notification n where n.messageId = :message", Notification.class)
        .setParameter("message", messageId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Notification> forSubject(String subjectId, int max) {
    return entityManager
        .createQuery(
            "select n from Notification n where n.subjectId = :subject order by n.createdAt desc, n.id",
            Notification.class)
        .setParameter("subject", subjectId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public int deleteCreatedBefore(java.time.Instant cutoff, int limit) {
    return DueRows.delete(
        entityManager,
        "select n.id from Notification n where n.createdAt < :cutoff order by n.createdAt, n.id",
        cutoff,
        limit,
        "delete from Notification n where n.id in :ids");
  }

  @Override
  public int forgetSubject(String subjectId) {
    return entityManager
        .createNativeQuery("update notification_notice set subject_id = null where subject_id = ?1")
        .setParameter(1, subjectId)
        .executeUpdate();
  }

  private static final String FOR_PURPOSES =
      " template_id in (select t.id from notification_template t where t.purpose in (:purposes))";

  @Override
  public int forgetSubjectsFor(
      java.util.Collection<String> subjectIds, java.util.Collection<String> purposes) {
    if (subjectIds.isEmpty() || purposes.isEmpty()) {
      return 0;
    }
    int forgotten = 0;
    for (List<String> chunk : com.meike.privacy.kernel.rights.IdChunks.of(subjectIds)) {
      forgotten +=
          entityManager
              .createNativeQuery(
                  "update notification_notice set subject_id = null where subject_id in"
                      + " (:subjects) and"
                      + FOR_PURPOSES)
              .setParameter("subjects", chunk)
              .setParameter("purposes", purposes)
              .executeUpdate();
    }
    return forgotten;
  }

  @Override
  public long countNamedFor(java.util.Collection<String> purposes) {
    if (purposes.isEmpty()) {
      return 0;
    }
    return ((Number)
            entityManager
                .createNativeQuery(
                    "select count(*) from notification_notice where subject_id is not null and"
                        + FOR_PURPOSES)
                .setParameter("purposes", purposes)
                .getSingleResult())
        .longValue();
  }

  @Override
  public List<String> subjectsFor(java.util.Collection<String> purposes, String after, int limit) {
    if (purposes.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object> rows =
        entityManager
            .createNativeQuery(
                "select distinct subject_id from notification_notice"
                    + " where subject_id is not null and subject_id > :after and"
                    + FOR_PURPOSES
                    + " order by subject_id")
            .setParameter("after", after == null ? "" : after)
            .setParameter("purposes", purposes)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().map(Object::toString).toList();
  }
}
