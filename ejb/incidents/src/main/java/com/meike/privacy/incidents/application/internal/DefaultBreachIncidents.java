package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.incidents.application.BreachIncidents;
import com.meike.privacy.incidents.application.IncidentAssessment;
import com.meike.privacy.incidents.application.IncidentGradeRaised;
import com.meike.privacy.incidents.application.IncidentRegistered;
import com.meike.privacy.incidents.application.IncidentRegistration;
import com.meike.privacy.incidents.application.IncidentStatistics;
import com.meike.privacy.incidents.application.IncidentView;
import com.meike.privacy.incidents.application.NoticeDecision;
import com.meike.privacy.incidents.application.RegulatorReportView;
import com.meike.privacy.incidents.application.ReportSubmission;
import com.meike.privacy.incidents.domain.breach.BreachIncident;
import com.meike.privacy.incidents.domain.breach.GradingRules;
import com.meike.privacy.incidents.domain.breach.IncidentGrade;
import com.meike.privacy.incidents.domain.breach.IncidentRepository;
import com.meike.privacy.incidents.domain.breach.RegulatorReport;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link BreachIncidents}: one container-managed transaction per call — the change, its history
 * entry, its audit entry (AUD-1) and the events commit together. Grading thresholds and clocks are
 * configuration: {@value #RELATIVELY_MAJOR_PEOPLE} (1,000,000), {@value #MAJOR_PEOPLE}
 * (10,000,000), {@value #ESPECIALLY_MAJOR_PEOPLE} (100,000,000), {@value #REPORT_WITHIN} (PT4H
 * after discovery), {@value #NOTICE_WITHIN} (PT24H), {@value #REMIND_BEFORE} (PT1H), {@value
 * #ESCALATE_BEFORE} (PT30M).
 */
@Stateless
public class DefaultBreachIncidents implements BreachIncidents {

  public static final String RELATIVELY_MAJOR_PEOPLE =
      "meike.incidents.grading.relatively-major-people";
  public static final String MAJOR_PEOPLE = "meike.incidents.grading.major-people";
  public static final String ESPECIALLY_MAJOR_PEOPLE =
      "meike.incidents.grading.especially-major-people";
  public static final String REPORT_WITHIN = "meike.incidents.regulator-report-within";
  public static final String NOTICE_WITHIN = "meike.incidents.notices-start-within";
  public static final String REMIND_BEFORE = "meike.incidents.remind-before";
  public static final String ESCALATE_BEFORE = "meike.incidents.escalate-before";

  static final String RESOURCE = "security-incident";
  static final String SYSTEM = "system";

  @Inject IncidentRepository incidents;
  @Inject PurposeCatalogue catalogue;
  @Inject AuditTrail auditTrail;
  @Inject Event<IncidentRegistered> registered;
  @Inject Event<IncidentGradeRaised> gradeRaised;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = RELATIVELY_MAJOR_PEOPLE, defaultValue = "1000000")
  long relativelyMajorPeople;

  @Inject
  @ConfigProperty(name = MAJOR_PEOPLE, defaultValue = "10000000")
  long majorPeople;

  @Inject
  @ConfigProperty(name = ESPECIALLY_MAJOR_PEOPLE, defaultValue = "100000000")
  long especiallyMajorPeople;

  @Inject
  @ConfigProperty(name = REPORT_WITHIN, defaultValue = "PT4H")
  Duration reportWithin;

  @Inject
  @ConfigProperty(name = NOTICE_WITHIN, defaultValue = "PT24H")
  Duration noticeWithin;

  @Inject
  @ConfigProperty(name = REMIND_BEFORE, defaultValue = "PT1H")
  Duration remindBefore;

  @Inject
  @ConfigProperty(name = ESCALATE_BEFORE, defaultValue = "PT30M")
  Duration escalateBefore;

  GradingRules rules;
  BreachIncident.Clocks clocks;

  @PostConstruct
  void configure() {
    rules = new GradingRules(relativelyMajorPeople, majorPeople, especiallyMajorPeople);
    clocks = new BreachIncident.Clocks(reportWithin, noticeWithin, remindBefore, escalateBefore);
  }

  @Override
  public IncidentView register(IncidentRegistration r, String actor) {
    IncidentView view = registered(r, actor);
    registered.fire(new IncidentRegistered(view.id()));
    return view;
  }

  @Override
  public IncidentView registerFromProcess(IncidentRegistration r, String actor) {
    return registered(r, actor);
  }

  private IncidentView registered(IncidentRegistration r, String actor) {
    if (r == null) {
      throw DomainException.invalid("discoveredAt", "is required");
    }
    requireActor(actor);
    Instant now = clock.instant();
    BreachIncident incident =
        BreachIncident.register(
            r.discoveredAt(),
            r.description(),
            r.systems(),
            categories(r.categories()),
            required("estimatedPeople", r.estimatedPeople()),
            required("childrenAffected", r.childrenAffected()),
            grade(r.grade(), true),
            actor,
            now,
            rules,
            clocks);
    incidents.store(incident);
    audit(
        actor,
        "incident.registered",
        incident,
        "grade "
            + incident.grade()
            + ", about "
            + incident.estimatedPeople()
            + " people, children "
            + incident.childrenAffected()
            + incident.reportDueAt().map(d -> ", report due " + d).orElse(""));
    return view(incident);
  }

  @Override
  public IncidentView incident(String id) {
    return view(find(id));
  }

  @Override
  public List<IncidentView> recent() {
    return incidents.recent(100).stream().map(DefaultBreachIncidents::view).toList();
  }

  @Override
  public IncidentView assess(String id, IncidentAssessment a, String actor) {
    requireActor(actor);
    if (a == null) {
      throw DomainException.invalid("categories", "is required");
    }
    BreachIncident incident = find(id);
    boolean raised =
        incident.assess(
            categories(a.categories()),
            required("estimatedPeople", a.estimatedPeople()),
            required("childrenAffected", a.childrenAffected()),
            grade(a.grade(), false),
            actor,
            clock.instant(),
            rules,
            clocks);
    audit(
        actor,
        "incident.assessed",
        incident,
        "grade "
            + incident.grade()
            + (raised ? " (raised)" : "")
            + ", about "
            + incident.estimatedPeople()
            + " people, children "
            + incident.childrenAffected());
    return view(incident);
  }

  @Override
  public IncidentView raiseGrade(String id, String grade, String actor) {
    requireActor(actor);
    BreachIncident incident = find(id);
    IncidentGrade to = grade(grade, true);
    if (to.compareTo(incident.grade()) < 0) {
      throw DomainException.invalid(
          "grade",
          "the grade is " + incident.grade().label() + " and can only be raised, never lowered");
    }
    if (incident.raise(to, actor, clock.instant(), clocks)) {
      audit(actor, "incident.grade-raised", incident, "to " + incident.grade());
      gradeRaised.fire(
          new IncidentGradeRaised(
              incident.id(), incident.grade().name(), incident.grade().reportable()));
    }
    return view(incident);
  }

  @Override
  public IncidentView contain(String id, String measure, String actor) {
    requireActor(actor);
    BreachIncident incident = find(id);
    incident.contain(measure, actor, clock.instant());
    audit(actor, "incident.containment-recorded", incident, "measure recorded");
    return view(incident);
  }

  @Override
  public IncidentView decideNotices(String id, NoticeDecision d, String actor) {
    requireActor(actor);
    if (d == null) {
      throw DomainException.invalid("notifyPeople", "is required");
    }
    BreachIncident incident = find(id);
    boolean people = required("notifyPeople", d.notifyPeople());
    incident.decideNotices(
        people,
        required("announce", d.announce()),
        new BreachIncident.NoticeText(
            d.facts(), d.impact(), d.measures(), d.advice(), d.remedies()),
        actor,
        clock.instant());
    audit(
        actor,
        "incident.notices-decided",
        incident,
        "notify people " + people + ", announce " + d.announce());
    return view(incident);
  }

  @Override
  public IncidentView noticesStarted(String id, String campaignId, long selected) {
    BreachIncident incident = find(id);
    incident.noticesStarted(campaignId, selected, clock.instant());
    audit(SYSTEM, "incident.notices-started", incident, "campaign " + campaignId);
    return view(incident);
  }

  @Override
  public IncidentView noticesFinished(String id, String campaignId, long sent, long unreached) {
    BreachIncident incident = find(id);
    incident.noticesFinished(campaignId, sent, unreached, clock.instant());
    audit(
        SYSTEM,
        "incident.notices-finished",
        incident,
        "campaign " + campaignId + ": " + sent + " told, " + unreached + " unreached");
    return view(incident);
  }

  @Override
  public IncidentView clock(String id, String clockName, String event) {
    BreachIncident incident = find(id);
    if (!Set.of("REPORT", "NOTICES").contains(clockName)
        || !Set.of("REMINDED", "ESCALATED", "MISSED").contains(event)) {
      throw DomainException.invalid("clock", "unknown clock event " + clockName + " " + event);
    }
    incident.clock(clockName, event, clock.instant());
    audit(
        SYSTEM,
        "incident." + clockName.toLowerCase(Locale.ROOT) + "-" + event.toLowerCase(Locale.ROOT),
        incident,
        "deadline "
            + ("REPORT".equals(clockName)
                ? incident.reportDueAt().orElse(null)
                : incident.noticeDueAt()));
    return view(incident);
  }

  @Override
  public RegulatorReportView initialReport(String id, String noticesSoFar) {
    BreachIncident incident = find(id);
    RegulatorReport report =
        incidents
            .report(id, RegulatorReport.Kind.INITIAL)
            .orElseGet(
                () -> {
                  RegulatorReport made =
                      new RegulatorReport(
                          id,
                          RegulatorReport.Kind.INITIAL,
                          ReportText.of(incident, noticesSoFar, false),
                          clock.instant());
                  incidents.store(made);
                  audit(
                      SYSTEM,
                      "incident.report-drafted",
                      incident,
                      "initial report generated from the records");
                  return made;
                });
    return view(report);
  }

  @Override
  public IncidentView submitReport(String id, ReportSubmission s, String actor) {
    requireActor(actor);
    if (s == null) {
      throw DomainException.invalid("submittedAt", "is required");
    }
    BreachIncident incident = find(id);
    if (incident.reportSubmittedAt().isPresent()) {
      throw DomainException.conflict("the report of incident " + id + " was already submitted");
    }
    Instant now = clock.instant();
    RegulatorReport report =
        incidents
            .report(id, RegulatorReport.Kind.INITIAL)
            .orElseGet(
                () -> {
                  RegulatorReport made =
                      new RegulatorReport(
                          id,
                          RegulatorReport.Kind.INITIAL,
                          ReportText.of(incident, "", false),
                          now);
                  incidents.store(made);
                  return made;
                });
    String body = s.body() == null || s.body().isBlank() ? report.body() : s.body().strip();
    if (body.length() > RegulatorReport.MAX_BODY) {
      throw DomainException.invalid(
          "body", "is longer than " + RegulatorReport.MAX_BODY + " characters");
    }
    incident.reportSubmitted(s.submittedAt(), s.reference(), actor, now);
    report.submitted(body, actor, s.submittedAt(), incident.reportReference().orElseThrow());
    audit(
        actor,
        "incident.report-submitted",
        incident,
        "reference "
            + s.reference()
            + " at "
            + s.submittedAt()
            + (incident.reportDueAt().map(d -> s.submittedAt().isAfter(d)).orElse(false)
                ? " (late)"
                : ""));
    return view(incident);
  }

  @Override
  public IncidentView announce(String id, String announcement, String actor) {
    requireActor(actor);
    BreachIncident incident = find(id);
    incident.announced(announcement, actor, clock.instant());
    audit(actor, "incident.announced", incident, "public announcement recorded");
    return view(incident);
  }

  @Override
  public IncidentView close(
      String id, String handling, String lessons, String noticesSoFar, String actor) {
    requireActor(actor);
    BreachIncident incident = find(id);
    Instant now = clock.instant();
    incident.close(handling, lessons, actor, now);
    if (incidents.report(id, RegulatorReport.Kind.FINAL).isEmpty()) {
      incidents.store(
          new RegulatorReport(
              id, RegulatorReport.Kind.FINAL, ReportText.of(incident, noticesSoFar, true), now));
    }
    audit(actor, "incident.closed", incident, "closed; final report made");
    return view(incident);
  }

  @Override
  public List<RegulatorReportView> reports(String id) {
    find(id);
    return java.util.stream.Stream.of(RegulatorReport.Kind.values())
        .flatMap(k -> incidents.report(id, k).stream())
        .map(DefaultBreachIncidents::view)
        .toList();
  }

  @Override
  public IncidentStatistics statistics() {
    Map<String, Long> byGrade = new LinkedHashMap<>();
    Map<IncidentGrade, Long> counted = incidents.countByGrade();
    for (IncidentGrade g : IncidentGrade.values()) {
      byGrade.put(g.name(), counted.getOrDefault(g, 0L));
    }
    return new IncidentStatistics(
        byGrade,
        incidents.averageSecondsToReport().map(s -> s / 60).orElse(null),
        incidents.averageSecondsToNotify().map(s -> s / 60).orElse(null),
        incidents.reportsMissed());
  }

  private BreachIncident find(String id) {
    return incidents.find(id).orElseThrow(() -> DomainException.notFound("no incident " + id));
  }

  /** Every category must be a purpose code of the catalogue. */
  private Set<String> categories(Set<String> given) {
    if (given == null || given.isEmpty()) {
      throw DomainException.invalid(
          "categories", "is required: at least one category (a purpose code of the catalogue)");
    }
    if (given.stream().anyMatch(c -> c == null || c.isBlank())) {
      throw DomainException.invalid("categories", "must not hold empty entries");
    }
    Set<String> known =
        catalogue.purposes().stream().map(PurposeView::code).collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>(given);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw DomainException.invalid("categories", "not in the purpose catalogue: " + unknown);
    }
    return new TreeSet<>(given);
  }

  static IncidentGrade grade(String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw DomainException.invalid(
            "grade", "is required: GENERAL, RELATIVELY_MAJOR, MAJOR or ESPECIALLY_MAJOR");
      }
      return null;
    }
    try {
      return IncidentGrade.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          "grade", "must be GENERAL, RELATIVELY_MAJOR, MAJOR or ESPECIALLY_MAJOR");
    }
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw DomainException.invalid(field, "is required");
    }
    return value;
  }

  private static void requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw DomainException.forbidden("only an identified member of staff may act on an incident");
    }
  }

  private void audit(String actor, String action, BreachIncident incident, String detail) {
    auditTrail.record(new AuditEvent(actor, action, RESOURCE, incident.id(), detail));
  }

  static IncidentView view(BreachIncident i) {
    return new IncidentView(
        i.id(),
        i.discoveredAt(),
        i.description(),
        i.systems(),
        List.copyOf(i.categories()),
        i.estimatedPeople(),
        i.childrenAffected(),
        i.grade().name(),
        i.grade().label(),
        i.state().name(),
        i.registeredBy(),
        i.registeredAt(),
        i.grade().reportable(),
        i.reportDueAt().orElse(null),
        i.reportSubmittedAt().orElse(null),
        i.reportReference().orElse(null),
        i.reportMissed(),
        i.noticeDueAt(),
        i.noticeMissed(),
        i.measures().orElse(null),
        i.notifyPeople().orElse(null),
        i.announce().orElse(null),
        i.noticeText()
            .map(
                t ->
                    new IncidentView.NoticeTextView(
                        t.facts(), t.impact(), t.measures(), t.advice(), t.remedies()))
            .orElse(null),
        i.noticeApprovedBy().orElse(null),
        i.campaignId().orElse(null),
        i.noticesStartedAt().orElse(null),
        i.announcement().orElse(null),
        i.announcedAt().orElse(null),
        i.handling().orElse(null),
        i.lessons().orElse(null),
        i.closedAt().orElse(null),
        i.entries().stream()
            .map(
                e ->
                    new IncidentView.Entry(
                        e.seq(), e.occurredAt(), e.actor(), e.kind().name(), e.note()))
            .toList());
  }

  static RegulatorReportView view(RegulatorReport r) {
    return new RegulatorReportView(
        r.id(),
        r.incidentId(),
        r.kind().name(),
        r.body(),
        r.createdAt(),
        r.submittedBy().orElse(null),
        r.submittedAt().orElse(null),
        r.reference().orElse(null));
  }
}
