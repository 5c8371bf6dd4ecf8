package com.meike.privacy.incidents.infrastructure.persistence.jpa;

import com.meike.privacy.incidents.domain.breach.BreachIncident;
import com.meike.privacy.incidents.domain.breach.IncidentEntry;
import com.meike.privacy.incidents.domain.breach.IncidentGrade;
import com.meike.privacy.incidents.domain.breach.IncidentRepository;
import com.meike.privacy.incidents.domain.breach.RegulatorReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link IncidentRepository} on JPA; joins the caller's transaction. */
@ApplicationScoped
public class JpaIncidentRepository implements IncidentRepository {

  @PersistenceContext(unitName = "incidents")
  private EntityManager entityManager;

  /** For the container. */
  public JpaIncidentRepository() {}

  /** Outside a container (tests on H2). */
  public JpaIncidentRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public void store(BreachIncident incident) {
    entityManager.persist(incident);
  }

  @Override
  public Optional<BreachIncident> find(String id) {
    if (id == null || id.isBlank() || id.length() > 36) {
      return Optional.empty();
    }
    return Optional.ofNullable(entityManager.find(BreachIncident.class, id.strip()));
  }

  @Override
  public List<BreachIncident> recent(int limit) {
    return entityManager
        .createQuery(
            "select i from BreachIncident i order by i.discoveredAt desc, i.id",
            BreachIncident.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<IncidentEntry> history(String incidentId) {
    return find(incidentId).map(BreachIncident::entries).orElse(List.of());
  }

  @Override
  public void store(RegulatorReport report) {
    entityManager.persist(report);
  }

  @Override
  public Optional<RegulatorReport> report(String incidentId, RegulatorReport.Kind kind) {
    return entityManager
        .createQuery(
            "select r from RegulatorReport r where r.incidentId = :incident and r.kind = :kind",
            RegulatorReport.class)
        .setParameter("incident", incidentId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<IncidentGrade, Long> countByGrade() {
    Map<IncidentGrade, Long> counts = new EnumMap<>(IncidentGrade.class);
    for (Object[] row :
        entityManager
            .createQuery(
                "select i.grade, count(i) from BreachIncident i group by i.grade", Object[].class)
            .getResultList()) {
      counts.put((IncidentGrade) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Override
  public Optional<Double> averageSecondsToReport() {
    return average(
        entityManager
            .createQuery(
                "select i.discoveredAt, i.reportSubmittedAt from BreachIncident i where i.reportSubmittedAt is not null",
                Object[].class)
            .getResultList());
  }

  @Override
  public Optional<Double> averageSecondsToNotify() {
    return average(
        entityManager
            .createQuery(
                "select i.discoveredAt, i.noticesStartedAt from BreachIncident i where i.noticesStartedAt is not null",
                Object[].class)
            .getResultList());
  }

  @Override
  public long reportsMissed() {
    return entityManager
        .createQuery(
            "select count(i) from BreachIncident i where i.reportMissed = true", Long.class)
        .getSingleResult();
  }

  /** Incidents are few (dozens a year): averaged here, portable across H2 and PostgreSQL. */
  private static Optional<Double> average(List<Object[]> pairs) {
    return pairs.stream()
        .mapToLong(p -> Duration.between((Instant) p[0], (Instant) p[1]).toSeconds())
        .average()
        .stream()
        .boxed()
        .findFirst();
  }
}
