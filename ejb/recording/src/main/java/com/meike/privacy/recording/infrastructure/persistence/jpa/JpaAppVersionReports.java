package com.meike.privacy.recording.infrastructure.persistence.jpa;

import com.meike.privacy.recording.domain.session.AppVersionReport;
import com.meike.privacy.recording.domain.session.AppVersionReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link AppVersionReports} on JPA (unit {@code recording}). */
@ApplicationScoped
public class JpaAppVersionReports implements AppVersionReports {

  @PersistenceContext(unitName = "recording")
  private EntityManager entityManager;

  /** For the container. */
  public JpaAppVersionReports() {}

  /** Outside a container (tests, tools). */
  public JpaAppVersionReports(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<AppVersionReport> find(String accountId) {
    return Optional.ofNullable(
        accountId == null ? null : entityManager.find(AppVersionReport.class, accountId));
  }

  @Override
  public void add(AppVersionReport report) {
    entityManager.persist(report);
  }

  @Override
  public int deleteFor(String accountId) {
    return entityManager
        .createQuery("delete from AppVersionReport r where r.accountId = :account")
        .setParameter("account", accountId)
        .executeUpdate();
  }
}
