package com.meike.privacy.partner.infrastructure.persistence.jpa;

import com.meike.privacy.partner.domain.outbox.MessageState;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.OutboxRepository;
import com.meike.privacy.partner.domain.outbox.RejectedReply;
import com.meike.privacy.partner.domain.outbox.ReplyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** {@link OutboxRepository} on JPA (unit {@code partner}); joins the caller's transaction. */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext(unitName = "partner")
  private EntityManager entityManager;

  /** For the container. */
  public JpaOutboxRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaOutboxRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void store(OutboxMessage message) {
    entityManager.persist(message);
  }

  @Override
  public void storeAll(List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return;
    }
    // one JDBC batch on the session's own connection (same transaction), not an entity per row
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into partner_outbox (message_id, partner_id, message_type, message_version, purpose_code,"
                          + " needs_ack, body, created_at, delivered_at, relay_attempts)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                for (OutboxMessage m : messages) {
                  insert.setString(1, m.messageId());
                  insert.setString(2, m.partnerId());
                  insert.setString(3, m.type());
                  insert.setInt(4, m.version());
                  insert.setString(5, m.purpose());
                  insert.setBoolean(6, m.needsAcknowledgement());
                  insert.setString(7, m.body());
                  insert.setObject(8, OffsetDateTime.ofInstant(m.createdAt(), ZoneOffset.UTC));
                  // handed over in this transaction already (PartnerOutbound.sendAllNow): no body
                  insert.setObject(
                      9,
                      m.deliveredAt() == null
                          ? null
                          : OffsetDateTime.ofInstant(m.deliveredAt(), ZoneOffset.UTC),
                      java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  @Override
  public void markDelivered(Collection<String> messageIds, Instant at) {
    if (messageIds.isEmpty()) {
      return;
    }
    entityManager
        .createNativeQuery(
            "update partner_outbox set delivered_at = :at, body = null"
                + " where message_id in (:ids) and delivered_at is null")
        .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter("ids", messageIds)
        .executeUpdate();
  }

  @Override
  public Optional<OutboxMessage> find(String messageId) {
    if (messageId == null || messageId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(OutboxMessage.class, messageId));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<OutboxMessage> claim(Collection<String> messageIds) {
    if (messageIds.isEmpty()) {
      return List.of();
    }
    // Native SQL because Hibernate's H2 dialect renders SKIP LOCKED as a plain, waiting FOR UPDATE;
    // H2 2.2 and PostgreSQL both understand it.
    return entityManager
        .createNativeQuery(
            "select * from partner_outbox where message_id in (:ids) and delivered_at is null"
                + " and dead_at is null order by created_at, message_id for update skip locked",
            OutboxMessage.class)
        .setParameter("ids", messageIds)
        .getResultList();
  }

  @Override
  public List<String> dueIds(Instant now, int max) {
    return entityManager
        .createQuery(
            "select m.messageId from OutboxMessage m where m.deliveredAt is null and m.deadAt is null"
                + " and (m.nextAttemptAt is null or m.nextAttemptAt <= :now)"
                + " order by m.createdAt, m.messageId",
            String.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<OutboxMessage> deadLetters(int max) {
    return entityManager
        .createQuery(
            "select m from OutboxMessage m where m.deadAt is not null order by m.deadAt, m.messageId",
            OutboxMessage.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<OutboxMessage> inState(MessageState state, int max) {
    String where =
        switch (state) {
          case PENDING -> "m.deliveredAt is null and m.deadAt is null";
          case UNACKNOWLEDGED ->
              "m.needsAcknowledgement = true"
                  + " and (m.replyStatus is null or m.replyStatus = :delivered)";
          case ACKNOWLEDGED -> "m.replyStatus = :acknowledged";
          case FAILED -> "m.replyStatus = :failed";
          case DELIVERED -> "m.needsAcknowledgement = false and m.replyStatus = :delivered";
          case SENT ->
              "m.deliveredAt is not null and m.replyStatus is null and m.needsAcknowledgement = false";
        };
    var query =
        entityManager.createQuery(
            "select m from OutboxMessage m where " + where + " order by m.createdAt, m.messageId",
            OutboxMessage.class);
    if (where.contains(":delivered")) {
      query.setParameter("delivered", ReplyStatus.DELIVERED);
    }
    if (where.contains(":acknowledged")) {
      query.setParameter("acknowledged", ReplyStatus.ACKNOWLEDGED);
    }
    if (where.contains(":failed")) {
      query.setParameter("failed", ReplyStatus.FAILED);
    }
    return query.setMaxResults(max).getResultList();
  }

  @Override
  public void store(RejectedReply rejection) {
    entityManager.persist(rejection);
  }

  @Override
  public List<RejectedReply> rejections(int max) {
    return entityManager
        .createQuery(
            "select r from RejectedReply r order by r.receivedAt desc, r.id", RejectedReply.class)
        .setMaxResults(max)
        .getResultList();
  }
}
