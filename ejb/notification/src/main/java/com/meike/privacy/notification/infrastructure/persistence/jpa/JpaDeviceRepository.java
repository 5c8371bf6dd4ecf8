package com.meike.privacy.notification.infrastructure.persistence.jpa;

import com.meike.privacy.notification.domain.device.Device;
import com.meike.privacy.notification.domain.device.DeviceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link DeviceRepository} on JPA (unit {@code notification}). */
@ApplicationScoped
public class JpaDeviceRepository implements DeviceRepository {

  @PersistenceContext(unitName = "notification")
  private EntityManager entityManager;

  /** For the container. */
  public JpaDeviceRepository() {}

  /** Outside a container (tests). */
  public JpaDeviceRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void store(Device device) {
    entityManager.persist(device);
  }

  @Override
  public Optional<Device> find(String subjectId, String deviceId) {
    return entityManager
        .createQuery(
            "select d from Device d where d.subjectId = :subject and d.deviceId = :device",
            Device.class)
        .setParameter("subject", subjectId)
        .setParameter("device", deviceId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Device> forSubject(String subjectId) {
    return entityManager
        .createQuery(
            "select d from Device d where d.subjectId = :subject order by d.updatedAt desc, d.id",
            Device.class)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  @Override
  public java.util.Map<String, Device> newestFor(java.util.Collection<String> subjectIds) {
    java.util.Map<String, Device> newest = new java.util.HashMap<>();
    if (subjectIds.isEmpty()) {
      return newest;
    }
    entityManager
        .createQuery(
            "select d from Device d where d.subjectId in :subjects order by d.updatedAt desc, d.id",
            Device.class)
        .setParameter("subjects", subjectIds)
        .getResultList()
        .forEach(d -> newest.putIfAbsent(d.subjectId(), d));
    return newest;
  }

  @Override
  public int deleteForSubjects(java.util.Collection<String> subjectIds) {
    if (subjectIds.isEmpty()) {
      return 0;
    }
    int deleted = 0;
    for (List<String> chunk : com.meike.privacy.kernel.rights.IdChunks.of(subjectIds)) {
      deleted +=
          entityManager
              .createQuery("delete from Device d where d.subjectId in :subjects")
              .setParameter("subjects", chunk)
              .executeUpdate();
    }
    return deleted;
  }

  @Override
  public int deleteNotUpdatedSince(java.time.Instant cutoff, int limit) {
    List<Device> due =
        entityManager
            .createQuery(
                "select d from Device d where d.updatedAt < :cutoff order by d.updatedAt",
                Device.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(limit)
            .getResultList();
    due.forEach(entityManager::remove);
    return due.size();
  }
}
