package com.meike.privacy.recording.infrastructure.persistence.jpa;

import com.meike.privacy.recording.domain.audio.KeyEpochs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * {@link KeyEpochs} on the recording tables (unit {@code recording}) with plain SQL: the epochs
 * have no entity, and the destruction of a spent epoch is one conditional update that the database
 * serializes against every recording still under it.
 */
@ApplicationScoped
public class JpaKeyEpochs implements KeyEpochs {

  private static final String SPENT =
      " e.sealed_key is not null and e.closes_at is not null and e.closes_at <= ?1"
          + " and not exists (select 1 from recording r where r.key_epoch = e.id"
          + " and r.status <> 'DESTROYED')";

  @PersistenceContext(unitName = "recording")
  private EntityManager entityManager;

  /** For the container. */
  public JpaKeyEpochs() {}

  /** Outside a container (tests, tools). */
  public JpaKeyEpochs(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<String> sealedKey(String epochId) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select sealed_key from recording_key_epoch where id = ?1 and sealed_key is not null")
            .setParameter(1, epochId)
            .getResultList();
    return rows.stream().findFirst().map(String.class::cast);
  }

  @Override
  public void addIfAbsent(
      String epochId,
      Kind kind,
      String orderNumber,
      Instant opensAt,
      Instant closesAt,
      String sealedKey) {
    if (exists(epochId)) {
      return;
    }
    String sealed = sealedKey;
    if (kind == Kind.DAY) {
      entityManager
          .createNativeQuery(
              "insert into recording_key_epoch (id, kind, opens_at, closes_at, sealed_key)"
                  + " values (?1, 'DAY', ?2, ?3, ?4)")
          .setParameter(1, epochId)
          .setParameter(2, at(opensAt))
          .setParameter(3, at(closesAt))
          .setParameter(4, sealed)
          .executeUpdate();
    } else {
      entityManager
          .createNativeQuery(
              "insert into recording_key_epoch (id, kind, order_number, opens_at, sealed_key)"
                  + " values (?1, 'HOLD', ?2, ?3, ?4)")
          .setParameter(1, epochId)
          .setParameter(2, orderNumber)
          .setParameter(3, at(opensAt))
          .setParameter(4, sealed)
          .executeUpdate();
    }
  }

  @Override
  public boolean exists(String epochId) {
    return !entityManager
        .createNativeQuery("select 1 from recording_key_epoch where id = ?1")
        .setParameter(1, epochId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<String> openHoldEpoch(String orderNumber) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select id from recording_key_epoch where kind = 'HOLD' and order_number = ?1"
                    + " and closes_at is null and sealed_key is not null order by opens_at, id")
            .setParameter(1, orderNumber)
            .getResultList();
    return rows.stream().findFirst().map(String.class::cast);
  }

  @Override
  public Optional<String> heldOrder(String recordingId) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select order_number from recording where id = ?1 and held = true"
                    + " and status in ('RECORDING', 'ENDED', 'FAILED')")
            .setParameter(1, recordingId)
            .getResultList();
    return rows.stream().findFirst().map(String.class::cast);
  }

  @Override
  public void assign(String recordingId, String epochId) {
    entityManager
        .createNativeQuery("update recording set key_epoch = ?2 where id = ?1")
        .setParameter(1, recordingId)
        .setParameter(2, epochId)
        .executeUpdate();
  }

  @Override
  public Optional<String> epochOf(String recordingId) {
    List<?> rows =
        entityManager
            .createNativeQuery("select key_epoch from recording where id = ?1")
            .setParameter(1, recordingId)
            .getResultList();
    return rows.stream().filter(v -> v != null).findFirst().map(String.class::cast);
  }

  @Override
  public int closeHoldEpochs(String orderNumber, Instant now) {
    return entityManager
        .createNativeQuery(
            "update recording_key_epoch set closes_at = ?2 where kind = 'HOLD'"
                + " and order_number = ?1 and closes_at is null")
        .setParameter(1, orderNumber)
        .setParameter(2, at(now))
        .executeUpdate();
  }

  @Override
  public List<String> spent(Instant closedBefore, int limit) {
    return entityManager
        .createNativeQuery(
            "select e.id from recording_key_epoch e where" + SPENT + " order by e.closes_at, e.id")
        .setParameter(1, at(closedBefore))
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(String.class::cast)
        .toList();
  }

  @Override
  public boolean destroy(String epochId, Instant closedBefore, Instant now) {
    return entityManager
            .createNativeQuery(
                "update recording_key_epoch e set sealed_key = null, destroyed_at = ?2"
                    + " where e.id = ?3 and"
                    + SPENT)
            .setParameter(1, at(closedBefore))
            .setParameter(2, at(now))
            .setParameter(3, epochId)
            .executeUpdate()
        == 1;
  }

  @Override
  public List<String> lockUnassigned(String afterId, int limit) {
    return entityManager
        .createNativeQuery(
            "select id from recording where key_epoch is null"
                + " and status in ('RECORDING', 'ENDED', 'FAILED') and id > ?1"
                + " order by id fetch first "
                + Math.max(1, limit)
                + " rows only for update")
        .setParameter(1, afterId == null ? "" : afterId)
        .getResultList()
        .stream()
        .map(String.class::cast)
        .toList();
  }

  @Override
  public List<String> liveAmong(java.util.Collection<String> epochIds) {
    List<String> live = new java.util.ArrayList<>();
    List<String> ids = List.copyOf(epochIds);
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      entityManager
          .createNativeQuery(
              "select id from recording_key_epoch where sealed_key is not null and id in (?1)")
          .setParameter(1, chunk)
          .getResultList()
          .forEach(id -> live.add((String) id));
    }
    return live;
  }

  @Override
  public boolean destroyAgain(String epochId, Instant now) {
    return entityManager
            .createNativeQuery(
                "update recording_key_epoch set sealed_key = null, destroyed_at = ?1"
                    + " where id = ?2 and sealed_key is not null")
            .setParameter(1, at(now))
            .setParameter(2, epochId)
            .executeUpdate()
        == 1;
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
