package com.meike.privacy.incidents.application.internal;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.incidents.application.IncidentPlans;
import com.meike.privacy.incidents.domain.plan.IncidentDrill;
import com.meike.privacy.incidents.domain.plan.IncidentPlanVersion;
import com.meike.privacy.incidents.domain.plan.PlanRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link IncidentPlans}: one container-managed transaction per call — the change and its audit
 * entry (AUD-1) commit together.
 */
@Stateless
public class DefaultIncidentPlans implements IncidentPlans {

  static final String PLAN = "children-incident-plan";
  static final String DRILL = "children-incident-drill";
  static final String SYSTEM = "system";

  @Inject PlanRepository plans;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public Optional<PlanView> current() {
    return plans.newest().map(DefaultIncidentPlans::view);
  }

  @Override
  public List<PlanView> versions() {
    return plans.versions().stream().map(DefaultIncidentPlans::view).toList();
  }

  @Override
  public PlanView version(int version) {
    return plans
        .version(version)
        .map(DefaultIncidentPlans::view)
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "预案没有第 " + version + " 版 The plan has no version " + version + "."));
  }

  @Override
  public PlanView publish(PlanDraft draft, String actor) {
    requireActor(actor);
    if (draft == null) {
      throw DomainException.invalid("basedOn", "is required");
    }
    IncidentPlanVersion next =
        IncidentPlanVersion.publish(
            plans.newest().orElse(null),
            draft.basedOn(),
            draft.responsibilities(),
            draft.contacts(),
            draft.steps(),
            draft.changeNote(),
            actor,
            clock.instant());
    try {
      plans.store(next);
    } catch (PersistenceException e) {
      throw DomainException.conflict(
          "预案刚有新版本发布 Another version "
              + next.version()
              + " of the plan was published at the same moment: read it and edit that one.");
    }
    auditTrail.record(
        new AuditEvent(
            actor,
            "incident-plan.published",
            PLAN,
            String.valueOf(next.version()),
            "version " + next.version() + " on top of " + draft.basedOn()));
    return view(next);
  }

  @Override
  public boolean drillRaised(int year) {
    return plans.drillRaised(
        year,
        LocalDate.of(year, 1, 1).atStartOfDay(CHINA).toInstant(),
        LocalDate.of(year + 1, 1, 1).atStartOfDay(CHINA).toInstant());
  }

  @Override
  public DrillView raiseDrill(int year, LocalDate dueOn) {
    if (dueOn == null) {
      throw DomainException.invalid("dueOn", "is required");
    }
    IncidentDrill drill =
        IncidentDrill.raise(
            year,
            dueOn,
            plans.newest().map(IncidentPlanVersion::version).orElse(null),
            clock.instant());
    try {
      plans.store(drill);
    } catch (PersistenceException e) {
      throw DomainException.conflict(
          year + " 年的演练已发起 The drill of " + year + " was already raised (by another node).");
    }
    auditTrail.record(
        new AuditEvent(
            SYSTEM,
            "incident-drill.raised",
            DRILL,
            drill.id(),
            year
                + "'s drill, due "
                + dueOn
                + drill
                    .planVersion()
                    .map(v -> ", plan version " + v)
                    .orElse(", no plan published")));
    return view(drill);
  }

  @Override
  public DrillView drill(String id) {
    return view(find(id));
  }

  @Override
  public List<DrillView> drills() {
    return plans.drills(100).stream().map(DefaultIncidentPlans::view).toList();
  }

  @Override
  public DrillView recordDrill(String id, DrillRecord r, String actor) {
    requireActor(actor);
    if (r == null) {
      throw DomainException.invalid("heldOn", "is required");
    }
    IncidentDrill drill = find(id);
    if (r.planVersion() != null && plans.version(r.planVersion()).isEmpty()) {
      throw DomainException.invalid("planVersion", "the plan has no version " + r.planVersion());
    }
    Instant now = clock.instant();
    drill.record(
        r.heldOn(),
        r.planVersion(),
        r.scenario(),
        r.participants(),
        r.findings(),
        r.improvements(),
        actor,
        LocalDate.ofInstant(now, CHINA),
        now);
    auditTrail.record(
        new AuditEvent(
            actor,
            "incident-drill.recorded",
            DRILL,
            drill.id(),
            "held " + r.heldOn() + drill.planVersion().map(v -> ", plan version " + v).orElse("")));
    return view(drill);
  }

  @Override
  public DrillView drillOverdue(String id) {
    IncidentDrill drill = find(id);
    if (drill.markOverdue()) {
      auditTrail.record(
          new AuditEvent(
              SYSTEM, "incident-drill.overdue", DRILL, drill.id(), "due " + drill.dueOn()));
    }
    return view(drill);
  }

  @Override
  public DrillView planDrill(String id, LocalDate on, String actor) {
    requireActor(actor);
    IncidentDrill drill = find(id);
    drill.plan(on, LocalDate.ofInstant(clock.instant(), CHINA));
    auditTrail.record(
        new AuditEvent(
            actor,
            "incident-drill.planned",
            DRILL,
            drill.id(),
            "due " + drill.dueOn() + ", on " + on));
    return view(drill);
  }

  private IncidentDrill find(String id) {
    return plans.drill(id).orElseThrow(() -> DomainException.notFound("no drill " + id));
  }

  private static void requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden(
          "only an identified member of staff may change the incident plan or record a drill");
    }
  }

  static PlanView view(IncidentPlanVersion v) {
    return new PlanView(
        v.version(),
        v.responsibilities(),
        v.contacts(),
        v.steps(),
        v.changeNote(),
        v.publishedBy(),
        v.publishedAt());
  }

  static DrillView view(IncidentDrill d) {
    return new DrillView(
        d.id(),
        d.dueOn(),
        d.raisedAt(),
        d.state().name(),
        d.overdue(),
        d.planVersion().orElse(null),
        d.heldOn().orElse(null),
        d.scenario().orElse(null),
        d.participants().orElse(null),
        d.findings().orElse(null),
        d.improvements().orElse(null),
        d.recordedBy().orElse(null),
        d.recordedAt().orElse(null),
        d.plannedOn().orElse(null));
  }
}
