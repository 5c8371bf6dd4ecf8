package com.meike.privacy.incidents.domain.breach;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A security incident in which personal information leaked, was tampered with or lost (INC-1): what
 * happened, when it was discovered, the systems and the catalogue's categories of personal
 * information concerned, how many people, whether children, its grade (only ever raised), its two
 * clocks — the report to the regulator for a relatively major incident or above, and the start of
 * the notices to people (INC-4) — the containment measures, the notice decision and text, the
 * announcement, and the closing record. Every change is an entry of its history.
 */
@Entity
@Table(name = "security_incident")
public class BreachIncident {

  public static final int MAX_TEXT = 4000;
  public static final int MAX_NOTICE_TEXT = 2000;

  /** How long each clock runs and when it reminds and escalates before it runs out. */
  public record Clocks(
      Duration reportWithin,
      Duration noticeWithin,
      Duration remindBefore,
      Duration escalateBefore) {
    public Clocks {
      if (reportWithin.isNegative()
          || reportWithin.isZero()
          || noticeWithin.isNegative()
          || noticeWithin.isZero()) {
        throw new IllegalArgumentException("incident clocks must be positive");
      }
    }
  }

  /**
   * The text of the notices to people (INC-1): facts, likely impact, measures, advice, remedies.
   */
  public record NoticeText(
      String facts, String impact, String measures, String advice, String remedies) {}

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "discovered_at", nullable = false, updatable = false)
  private Instant discoveredAt;

  @Column(name = "description", length = MAX_TEXT, nullable = false)
  private String description;

  @Column(name = "systems", length = 1000, nullable = false)
  private String systems;

  @Column(name = "categories", length = 2000, nullable = false)
  private String categories;

  @Column(name = "estimated_people", nullable = false)
  private long estimatedPeople;

  @Column(name = "children_affected", nullable = false)
  private boolean childrenAffected;

  @Enumerated(EnumType.STRING)
  @Column(name = "grade", length = 32, nullable = false)
  private IncidentGrade grade;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 32, nullable = false)
  private IncidentState state;

  @Column(name = "registered_by", length = 100, nullable = false, updatable = false)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "report_due_at")
  private Instant reportDueAt;

  @Column(name = "report_submitted_at")
  private Instant reportSubmittedAt;

  @Column(name = "report_reference", length = 200)
  private String reportReference;

  @Column(name = "report_missed", nullable = false)
  private boolean reportMissed;

  @Column(name = "notice_due_at", nullable = false)
  private Instant noticeDueAt;

  @Column(name = "notice_missed", nullable = false)
  private boolean noticeMissed;

  @Column(name = "measures", length = MAX_TEXT)
  private String measures;

  @Column(name = "notify_people")
  private Boolean notifyPeople;

  @Column(name = "announce")
  private Boolean announce;

  @Column(name = "notice_facts", length = MAX_NOTICE_TEXT)
  private String noticeFacts;

  @Column(name = "notice_impact", length = MAX_NOTICE_TEXT)
  private String noticeImpact;

  @Column(name = "notice_measures", length = MAX_NOTICE_TEXT)
  private String noticeMeasures;

  @Column(name = "notice_advice", length = MAX_NOTICE_TEXT)
  private String noticeAdvice;

  @Column(name = "notice_remedies", length = MAX_NOTICE_TEXT)
  private String noticeRemedies;

  @Column(name = "notice_approved_by", length = 100)
  private String noticeApprovedBy;

  @Column(name = "notice_approved_at")
  private Instant noticeApprovedAt;

  @Column(name = "campaign_id", length = 36)
  private String campaignId;

  @Column(name = "notices_started_at")
  private Instant noticesStartedAt;

  @Column(name = "announcement", length = MAX_TEXT)
  private String announcement;

  @Column(name = "announced_at")
  private Instant announcedAt;

  @Column(name = "handling", length = MAX_TEXT)
  private String handling;

  @Column(name = "lessons", length = MAX_TEXT)
  private String lessons;

  @Column(name = "closed_by", length = 100)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<IncidentEntry> entries = new ArrayList<>();

  protected BreachIncident() {}

  /**
   * Registers an incident. The grade is the higher of {@code firstGrade} and the thresholds'.
   *
   * @throws DomainException INVALID_INPUT naming the field
   */
  public static BreachIncident register(
      Instant discoveredAt,
      String description,
      List<String> systems,
      Set<String> categories,
      long estimatedPeople,
      boolean childrenAffected,
      IncidentGrade firstGrade,
      String registeredBy,
      Instant now,
      GradingRules rules,
      Clocks clocks) {
    if (discoveredAt == null) {
      throw DomainException.invalid(
          "discoveredAt", "is required (ISO-8601 instant, e.g. 2026-12-06T08:30:00+08:00)");
    }
    if (discoveredAt.isAfter(now.plusSeconds(60))) {
      throw DomainException.invalid("discoveredAt", "lies in the future");
    }
    BreachIncident incident = new BreachIncident();
    incident.id = UUID.randomUUID().toString();
    incident.discoveredAt = discoveredAt;
    incident.description = text("description", description, MAX_TEXT, true);
    incident.systems = list("systems", systems, 1000);
    incident.categories = categoryList(categories);
    incident.estimatedPeople = people(estimatedPeople);
    incident.childrenAffected = childrenAffected;
    if (firstGrade == null) {
      throw DomainException.invalid(
          "grade", "is required: GENERAL, RELATIVELY_MAJOR, MAJOR or ESPECIALLY_MAJOR");
    }
    incident.grade = rules.grade(firstGrade, estimatedPeople);
    incident.state = IncidentState.REGISTERED;
    incident.registeredBy = registeredBy;
    incident.registeredAt = now;
    incident.noticeDueAt = discoveredAt.plus(clocks.noticeWithin());
    incident.record(
        now,
        registeredBy,
        IncidentEntryKind.REGISTERED,
        "grade "
            + incident.grade.label()
            + (incident.grade != firstGrade
                ? " (given "
                    + firstGrade.label()
                    + ", raised by the thresholds for "
                    + estimatedPeople
                    + " people)"
                : ""));
    incident.startReportClock(clocks);
    return incident;
  }

  /**
   * The security team's assessment of scope: categories, people, children and grade. The grade can
   * only be raised; a lower one is refused.
   *
   * @return whether the grade was raised
   */
  public boolean assess(
      Set<String> newCategories,
      long people,
      boolean children,
      IncidentGrade requested,
      String actor,
      Instant now,
      GradingRules rules,
      Clocks clocks) {
    requireOpen();
    if (requested != null && requested.compareTo(grade) < 0) {
      throw DomainException.invalid(
          "grade", "the grade is " + grade.label() + " and can only be raised, never lowered");
    }
    String categoryList = categoryList(newCategories);
    long checkedPeople = people(people);
    this.categories = categoryList;
    this.estimatedPeople = checkedPeople;
    this.childrenAffected = children;
    if (state == IncidentState.REGISTERED) {
      state = IncidentState.ASSESSED;
    }
    record(
        now,
        actor,
        IncidentEntryKind.ASSESSED,
        "categories "
            + categoryList
            + "; about "
            + checkedPeople
            + " people; children "
            + (children ? "affected" : "not affected"));
    return raise(
        rules.grade(requested == null ? grade : requested, checkedPeople), actor, now, clocks);
  }

  /**
   * Raises the grade (never lowers it: a lower or equal grade is no change).
   *
   * @return whether it changed
   */
  public boolean raise(IncidentGrade to, String actor, Instant now, Clocks clocks) {
    requireOpen();
    if (to == null || to.compareTo(grade) <= 0) {
      return false;
    }
    IncidentGrade from = grade;
    grade = to;
    record(now, actor, IncidentEntryKind.GRADE_RAISED, from.label() + " → " + to.label());
    startReportClock(clocks);
    return true;
  }

  /** A containment measure taken, with who and when. */
  public void contain(String measure, String actor, Instant now) {
    requireOpen();
    String text = text("measures", measure, MAX_NOTICE_TEXT, true);
    measures = measures == null ? text : truncate(measures + "\n" + text, MAX_TEXT);
    if (state == IncidentState.REGISTERED || state == IncidentState.ASSESSED) {
      state = IncidentState.CONTAINED;
    }
    record(now, actor, IncidentEntryKind.CONTAINMENT, text);
  }

  /** The privacy officer's decision on the notices, with the approved text. */
  public void decideNotices(
      boolean people, boolean publicAnnouncement, NoticeText text, String actor, Instant now) {
    requireOpen();
    if (people) {
      noticeFacts = text("noticeFacts", text == null ? null : text.facts(), MAX_NOTICE_TEXT, true);
      noticeImpact = text("noticeImpact", text.impact(), MAX_NOTICE_TEXT, true);
      noticeMeasures = text("noticeMeasures", text.measures(), MAX_NOTICE_TEXT, true);
      noticeAdvice = text("noticeAdvice", text.advice(), MAX_NOTICE_TEXT, true);
      noticeRemedies = text("noticeRemedies", text.remedies(), MAX_NOTICE_TEXT, true);
      noticeApprovedBy = actor;
      noticeApprovedAt = now;
    }
    notifyPeople = people;
    announce = publicAnnouncement;
    record(
        now,
        actor,
        IncidentEntryKind.NOTICES_DECIDED,
        (people ? "notify the people concerned" : "no individual notices")
            + (publicAnnouncement ? "; public announcement" : "")
            + (people ? "; notice text approved" : ""));
  }

  /** The notice campaign started (notification context). */
  public void noticesStarted(String campaign, long selected, Instant now) {
    requireOpen();
    campaignId = campaign;
    if (noticesStartedAt == null) {
      noticesStartedAt = now;
    }
    state = IncidentState.NOTIFYING;
    record(
        now,
        "system",
        IncidentEntryKind.NOTICES_STARTED,
        "campaign " + campaign + (selected >= 0 ? ", " + selected + " selected" : ""));
  }

  /**
   * The notice campaign told everyone it could: how many were told, how many could not be reached.
   */
  public void noticesFinished(String campaign, long sent, long unreached, Instant now) {
    requireOpen();
    record(
        now,
        "system",
        IncidentEntryKind.NOTICES_FINISHED,
        "campaign "
            + campaign
            + ": "
            + sent
            + " told, "
            + unreached
            + " not reachable (for the announcement)");
  }

  public void announced(String text, String actor, Instant now) {
    requireOpen();
    announcement = text("announcement", text, MAX_TEXT, true);
    announcedAt = now;
    record(now, actor, IncidentEntryKind.ANNOUNCED, "public announcement made");
  }

  public void reportSubmitted(Instant at, String reference, String actor, Instant now) {
    if (at == null) {
      throw DomainException.invalid(
          "submittedAt", "is required (when the report reached the authority)");
    }
    if (at.isAfter(now.plusSeconds(60))) {
      throw DomainException.invalid("submittedAt", "lies in the future");
    }
    if (at.isBefore(discoveredAt)) {
      throw DomainException.invalid("submittedAt", "lies before the incident was discovered");
    }
    reportReference = text("reference", reference, 200, true);
    reportSubmittedAt = at;
    record(
        now,
        actor,
        IncidentEntryKind.REPORT_SUBMITTED,
        "reference "
            + reportReference
            + (reportDueAt != null && at.isAfter(reportDueAt)
                ? " — after the deadline " + reportDueAt
                : ""));
  }

  /**
   * A clock event: reminder, escalation or a missed deadline, for {@code clock} REPORT or NOTICES.
   */
  public void clock(String clock, String event, Instant now) {
    IncidentEntryKind kind = IncidentEntryKind.valueOf(clock + "_" + event);
    if (kind == IncidentEntryKind.REPORT_MISSED) {
      reportMissed = true;
    } else if (kind == IncidentEntryKind.NOTICES_MISSED) {
      noticeMissed = true;
    }
    Instant due = clock.equals("REPORT") ? reportDueAt : noticeDueAt;
    record(now, "system", kind, "deadline " + due);
  }

  public void close(String handlingText, String lessonsText, String actor, Instant now) {
    requireOpen();
    handling = text("handling", handlingText, MAX_TEXT, true);
    lessons = text("lessons", lessonsText, MAX_TEXT, true);
    closedBy = actor;
    closedAt = now;
    state = IncidentState.CLOSED;
    record(now, actor, IncidentEntryKind.CLOSED, "closed");
  }

  private void startReportClock(Clocks clocks) {
    if (grade.reportable() && reportDueAt == null) {
      reportDueAt = discoveredAt.plus(clocks.reportWithin());
    }
  }

  private void requireOpen() {
    if (state == IncidentState.CLOSED) {
      throw DomainException.conflict("incident " + id + " is closed");
    }
  }

  private void record(Instant at, String actor, IncidentEntryKind kind, String note) {
    entries.add(
        new IncidentEntry(this, entries.size() + 1, at, actor, kind, truncate(note, MAX_TEXT)));
  }

  static String text(String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw DomainException.invalid(field, "is required");
      }
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw DomainException.invalid(field, "is longer than " + max + " characters");
    }
    return stripped;
  }

  private static String list(String field, List<String> values, int max) {
    if (values == null
        || values.isEmpty()
        || values.stream().anyMatch(v -> v == null || v.isBlank())) {
      throw DomainException.invalid(field, "is required: at least one, none blank");
    }
    String joined = String.join(", ", values.stream().map(String::strip).toList());
    if (joined.length() > max) {
      throw DomainException.invalid(field, "is longer than " + max + " characters");
    }
    if (values.stream().anyMatch(v -> v.contains(","))) {
      throw DomainException.invalid(field, "one system per entry, without commas");
    }
    return joined;
  }

  private static String categoryList(Set<String> values) {
    if (values == null || values.isEmpty()) {
      throw DomainException.invalid(
          "categories", "is required: at least one category of the purpose catalogue");
    }
    return String.join(",", values);
  }

  private static long people(long people) {
    if (people < 0) {
      throw DomainException.invalid("estimatedPeople", "must be 0 or more");
    }
    return people;
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public String id() {
    return id;
  }

  public Instant discoveredAt() {
    return discoveredAt;
  }

  public String description() {
    return description;
  }

  public List<String> systems() {
    return Arrays.asList(systems.split(", "));
  }

  public Set<String> categories() {
    return new LinkedHashSet<>(Arrays.asList(categories.split(",")));
  }

  public long estimatedPeople() {
    return estimatedPeople;
  }

  public boolean childrenAffected() {
    return childrenAffected;
  }

  public IncidentGrade grade() {
    return grade;
  }

  public IncidentState state() {
    return state;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Optional<Instant> reportDueAt() {
    return Optional.ofNullable(reportDueAt);
  }

  public Optional<Instant> reportSubmittedAt() {
    return Optional.ofNullable(reportSubmittedAt);
  }

  public Optional<String> reportReference() {
    return Optional.ofNullable(reportReference);
  }

  public boolean reportMissed() {
    return reportMissed;
  }

  public Instant noticeDueAt() {
    return noticeDueAt;
  }

  public boolean noticeMissed() {
    return noticeMissed;
  }

  public Optional<String> measures() {
    return Optional.ofNullable(measures);
  }

  public Optional<Boolean> notifyPeople() {
    return Optional.ofNullable(notifyPeople);
  }

  public Optional<Boolean> announce() {
    return Optional.ofNullable(announce);
  }

  public Optional<NoticeText> noticeText() {
    return noticeFacts == null
        ? Optional.empty()
        : Optional.of(
            new NoticeText(
                noticeFacts, noticeImpact, noticeMeasures, noticeAdvice, noticeRemedies));
  }

  public Optional<String> noticeApprovedBy() {
    return Optional.ofNullable(noticeApprovedBy);
  }

  public Optional<String> campaignId() {
    return Optional.ofNullable(campaignId);
  }

  public Optional<Instant> noticesStartedAt() {
    return Optional.ofNullable(noticesStartedAt);
  }

  public Optional<String> announcement() {
    return Optional.ofNullable(announcement);
  }

  public Optional<Instant> announcedAt() {
    return Optional.ofNullable(announcedAt);
  }

  public Optional<String> handling() {
    return Optional.ofNullable(handling);
  }

  public Optional<String> lessons() {
    return Optional.ofNullable(lessons);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public List<IncidentEntry> entries() {
    return Collections.unmodifiableList(entries);
  }
}
