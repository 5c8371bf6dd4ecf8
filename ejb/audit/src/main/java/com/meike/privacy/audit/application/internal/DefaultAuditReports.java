package com.meike.privacy.audit.application.internal;

import com.meike.privacy.audit.application.AuditReports;
import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@link AuditReports}: aggregate queries over the entries of a period (the audit context's own
 * table, read only). A refusal is an action whose name says so ({@code …refused}, {@code …denied}),
 * as every context names them.
 */
@Stateless
public class DefaultAuditReports implements AuditReports {

  static final int BUSIEST = 20;
  static final Duration LONGEST = Duration.ofDays(366);

  @PersistenceContext(unitName = "audit")
  EntityManager entityManager;

  @Inject AuditTrail auditTrail;

  @Override
  public Activity activity(Instant from, Instant to, String viewer) {
    if (from == null || to == null || !to.isAfter(from)) {
      throw DomainException.invalid("to", "must be after 'from'");
    }
    if (Duration.between(from, to).compareTo(LONGEST) > 0) {
      throw DomainException.invalid("to", "a report covers at most 366 days");
    }
    List<ActionCount> actions =
        entityManager
            .createQuery(
                "select new com.meike.privacy.audit.application.AuditReports$ActionCount("
                    + "e.action, count(e), count(distinct e.actor)) from AuditEntry e"
                    + " where e.occurredAt >= :from and e.occurredAt < :to group by e.action order by count(e) desc, e.action",
                ActionCount.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    List<ActorCount> busiest =
        entityManager
            .createQuery(
                "select new com.meike.privacy.audit.application.AuditReports$ActorCount(e.actor, e.action, count(e))"
                    + " from AuditEntry e where e.occurredAt >= :from and e.occurredAt < :to"
                    + " group by e.actor, e.action order by count(e) desc, e.actor, e.action",
                ActorCount.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(BUSIEST)
            .getResultList();
    List<ActionCount> refusals =
        actions.stream()
            .filter(a -> a.action().contains("refused") || a.action().contains("denied"))
            .toList();
    long entries = actions.stream().mapToLong(ActionCount::entries).sum();
    auditTrail.record(
        new AuditEvent(
            viewer,
            "audit.activity-reported",
            "period",
            from + "/" + to,
            entries
                + " entries, "
                + refusals.stream().mapToLong(ActionCount::entries).sum()
                + " refusals"));
    return new Activity(from, to, entries, actions, busiest, refusals);
  }
}
