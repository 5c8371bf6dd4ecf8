package com.meike.privacy.bpmn.breach;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.bpmn.engine.FormFacts;
import com.meike.privacy.incidents.application.BreachIncidents;
import com.meike.privacy.incidents.application.IncidentAssessment;
import com.meike.privacy.incidents.application.IncidentRegistration;
import com.meike.privacy.incidents.application.IncidentView;
import com.meike.privacy.incidents.application.NoticeDecision;
import com.meike.privacy.incidents.application.ReportSubmission;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaigns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The expressions of {@code breach-notification} (INC-1, INC-4): each reads the incident id, calls
 * {@link BreachIncidents} and writes back ids, states and the clocks' times only.
 *
 * <p>Process variables: {@code incidentId}, {@code grade}, {@code reportRequired}, {@code
 * reportDue}, {@code reportRemindAt}, {@code reportEscalateAt}, {@code noticeDue}, {@code
 * noticeRemindAt}, {@code noticeEscalateAt}, {@code notifyPeople}, {@code announce}, {@code
 * reportSettled} and {@code noticesDecided} (which close an open escalation task), {@code
 * reportPath} ({@code MAIN}/{@code NONE} as the report gateway was passed, {@code RAISED} once a
 * later grade started the report). What the deciders type (categories, measures, report text,
 * notice text, announcement, handling, lessons) goes into the incident and never rests in the
 * engine; the facts the forms show are read from the incidents context as each form opens.
 */
@Named("breachProcess")
@ApplicationScoped
public class BreachProcess implements FormFacts {

  static final Set<String> GROUPS =
      Set.of(StaffGroups.SECURITY_TEAM, StaffGroups.SECURITY_HEAD, StaffGroups.PRIVACY_OFFICER);
  static final Set<String> FACTS =
      Set.of("incidentFacts", "history", "reportDraft", "noticeProgress");
  static final Set<String> PERSONAL_INPUTS =
      Set.of(
          "categories",
          "estimatedPeople",
          "childrenAffected",
          "measure",
          "reportBody",
          "submittedAt",
          "reference",
          "noticeFacts",
          "noticeImpact",
          "noticeMeasures",
          "noticeAdvice",
          "noticeRemedies",
          "announcement",
          "handling",
          "lessons",
          "raiseGrade",
          "discoveredAt",
          "description",
          "systems");

  /** The report tasks, on the main path and in the "grade raised later" event subprocess. */
  static final Set<String> REPORT_TASKS =
      Set.of(
          "UserTask_ReportToRegulator",
          "UserTask_ReportLate",
          "UserTask_RaisedReport",
          "UserTask_RaisedReportLate");

  /** Process variables the escalation tasks' conditional boundary events listen to. */
  static final String REPORT_SETTLED = "reportSettled";

  static final String NOTICES_DECIDED = "noticesDecided";

  static final String CAMPAIGN_PURPOSE = "BREACH";
  static final String CAMPAIGN_TEMPLATE = "breach-notice";

  private final BreachIncidents service;
  private final NoticeCampaigns campaigns;
  private final AuditTrail auditTrail;
  private final Duration remindBefore;
  private final Duration escalateBefore;

  /** For the CDI proxy only. */
  protected BreachProcess() {
    this.service = null;
    this.campaigns = null;
    this.auditTrail = null;
    this.remindBefore = null;
    this.escalateBefore = null;
  }

  @Inject
  public BreachProcess(
      BreachIncidents service,
      NoticeCampaigns campaigns,
      AuditTrail auditTrail,
      @ConfigProperty(name = "meike.incidents.remind-before", defaultValue = "PT1H")
          Duration remindBefore,
      @ConfigProperty(name = "meike.incidents.escalate-before", defaultValue = "PT30M")
          Duration escalateBefore) {
    this.service = Objects.requireNonNull(service, "service");
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
    this.remindBefore = remindBefore;
    this.escalateBefore = escalateBefore;
  }

  /**
   * The fields of Tasklist's start form "Register an incident", the same as {@code POST
   * /api/incidents}.
   */
  static final List<String> START_FIELDS =
      List.of(
          "discoveredAt",
          "description",
          "systems",
          "categories",
          "estimatedPeople",
          "childrenAffected",
          "grade");

  /**
   * "Load incident": the grade and both clocks. Started from Tasklist's start form (no {@code
   * incidentId}), it first registers the incident exactly as {@code POST /api/incidents} does — the
   * same checks, for the security team and the privacy office only — and keeps only its id.
   */
  public void load(DelegateExecution execution) {
    if (execution.getVariable("incidentId") == null) {
      registerFromStartForm(execution);
    }
    IncidentView incident = service.incident(incidentId(execution.getVariable("incidentId")));
    execution.setProcessBusinessKey(incident.id());
    clocks(execution, incident);
  }

  private void registerFromStartForm(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String starter = text(execution.getVariable("registeredBy"));
    if (starter == null
        || authentication == null
        || authentication.getGroupIds() == null
        || authentication.getGroupIds().stream().noneMatch(GROUPS::contains)) {
      throw DomainException.forbidden(
          "only the security team or the privacy office registers an incident");
    }
    Object people = execution.getVariable("estimatedPeople");
    Object children = execution.getVariable("childrenAffected");
    Object discovered = execution.getVariable("discoveredAt");
    IncidentView registered =
        service.registerFromProcess(
            new IncidentRegistration(
                discovered instanceof Date d
                    ? d.toInstant()
                    : discovered == null ? null : instant("discoveredAt", discovered.toString()),
                text(execution.getVariable("description")),
                systems(execution.getVariable("systems")),
                categories(execution.getVariable("categories")),
                people(people),
                children instanceof Boolean b
                    ? b
                    : children == null ? null : Boolean.valueOf(children.toString()),
                text(execution.getVariable("grade"))),
            starter);
    START_FIELDS.forEach(execution::removeVariable);
    execution.setVariable("incidentId", registered.id());
  }

  private static List<String> systems(Object value) {
    if (value == null || value.toString().isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.toString().split("[,，\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Long people(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    try {
      return Long.parseLong(value.toString().strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("estimatedPeople", "must be a whole number");
    }
  }

  /** Complete listener of "Assess scope" (security team): the grade can only be raised. */
  public void assess(DelegateTask task) {
    Object people = task.getVariable("estimatedPeople");
    IncidentView incident =
        service.assess(
            incidentId(task.getVariable("incidentId")),
            new IncidentAssessment(
                categories(task.getVariable("categories")),
                people instanceof Number n ? n.longValue() : null,
                Boolean.TRUE.equals(task.getVariable("childrenAffected")),
                text(task.getVariable("grade"))),
            actor(task));
    clocks(task.getExecution(), incident);
  }

  /**
   * Complete listener of "Contain": the measure, and a grade raised with it (optional; only up).
   * The clocks follow the grade at once, so the report gateway right after this task sees it.
   */
  public void contain(DelegateTask task) {
    String id = incidentId(task.getVariable("incidentId"));
    String actor = actor(task);
    raiseIfAsked(task, id, actor);
    IncidentView incident = service.contain(id, text(task.getVariable("measure")), actor);
    if (incident != null) {
      clocks(task.getExecution(), incident);
    }
  }

  /**
   * "Apply the raised grade" (the "grade raised later" event subprocess, INC-4): the grade and
   * clocks read again from the incident; when it is now reportable, not yet reported, and the
   * process passed the report gateway without a report ({@code reportPath} NONE), the report starts
   * here — or, when its deadline from discovery has passed, is recorded as missed and made late.
   * Sets the local {@code reportNow} and {@code reportOverdue}.
   */
  public void gradeRaised(DelegateExecution execution) {
    IncidentView incident = service.incident(incidentId(execution.getVariable("incidentId")));
    clocks(execution, incident);
    boolean reportNow =
        incident.reportRequired()
            && incident.reportDueAt() != null
            && incident.reportSubmittedAt() == null
            && !"CLOSED".equals(incident.state())
            && "NONE".equals(execution.getVariable("reportPath"));
    if (reportNow) {
      execution.setVariable("reportPath", "RAISED");
    }
    execution.setVariableLocal("reportNow", reportNow);
    execution.setVariableLocal(
        "reportOverdue",
        reportNow && !ClockUtil.getCurrentTime().toInstant().isBefore(incident.reportDueAt()));
  }

  /**
   * A grade raised in a task ({@code raiseGrade}, optional): through the service, which tells the
   * process.
   */
  private void raiseIfAsked(DelegateTask task, String id, String actor) {
    String raise = text(task.getVariable("raiseGrade"));
    if (raise != null && !raise.isBlank()) {
      service.raiseGrade(id, raise, actor);
    }
  }

  /** Complete listener of both report tasks: the report as submitted, its time and reference. */
  public void submitReport(DelegateTask task) {
    Object at = task.getVariable("submittedAt");
    Instant submittedAt =
        at instanceof Date d ? d.toInstant() : at == null ? null : parseInstant(at.toString());
    service.submitReport(
        incidentId(task.getVariable("incidentId")),
        new ReportSubmission(
            text(task.getVariable("reportBody")), submittedAt, text(task.getVariable("reference"))),
        actor(task));
    // closes an open escalation task (its conditional boundary event listens to this variable)
    task.getExecution().getProcessInstance().setVariable(REPORT_SETTLED, true);
  }

  /** Complete listener of "Decide notices" (privacy officer). */
  public void decideNotices(DelegateTask task) {
    raiseIfAsked(task, incidentId(task.getVariable("incidentId")), actor(task));
    IncidentView incident =
        service.decideNotices(
            incidentId(task.getVariable("incidentId")),
            new NoticeDecision(
                Boolean.TRUE.equals(task.getVariable("notifyPeople")),
                Boolean.TRUE.equals(task.getVariable("announce")),
                text(task.getVariable("noticeFacts")),
                text(task.getVariable("noticeImpact")),
                text(task.getVariable("noticeMeasures")),
                text(task.getVariable("noticeAdvice")),
                text(task.getVariable("noticeRemedies"))),
            actor(task));
    task.getExecution().setVariable("notifyPeople", Boolean.TRUE.equals(incident.notifyPeople()));
    task.getExecution().setVariable("announce", Boolean.TRUE.equals(incident.announce()));
    task.getExecution().getProcessInstance().setVariable(NOTICES_DECIDED, true);
  }

  /**
   * Complete listener of an escalation task (INC-4): the head of security or the privacy officer
   * saw that a clock is about to run out — audited; the task closes by itself once the report is
   * submitted or the notices decided.
   */
  public void escalationSeen(DelegateTask task) {
    String clock =
        "UserTask_NoticeEscalated".equals(task.getTaskDefinitionKey()) ? "notices" : "report";
    auditTrail.record(
        new AuditEvent(
            actor(task),
            "incident." + clock + "-escalation-seen",
            "security-incident",
            incidentId(task.getVariable("incidentId")),
            task.getDueDate() == null ? null : "due " + task.getDueDate().toInstant()));
  }

  /**
   * "Start the notices" (INC-2): the notice campaign of the approved text to everyone whose data of
   * the incident's categories was held when it was discovered (children through their guardians),
   * read from the incident, never from process variables. Sets {@code campaignId} and {@code
   * campaignFinished} (true when nobody was selected, so nothing is waited for).
   */
  public void startNotices(DelegateExecution execution) {
    IncidentView incident = service.incident(incidentId(execution.getVariable("incidentId")));
    IncidentView.NoticeTextView text = incident.noticeText();
    if (text == null) {
      throw new IllegalStateException("The incident has no approved notice text");
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("facts", text.facts());
    params.put("impact", text.impact());
    params.put("measures", text.measures());
    params.put("advice", text.advice());
    params.put("remedies", text.remedies());
    CampaignView campaign =
        campaigns.start(
            new CampaignStart(
                CAMPAIGN_PURPOSE,
                incident.id(),
                CAMPAIGN_TEMPLATE,
                params,
                new LinkedHashSet<>(incident.categories()),
                incident.discoveredAt(),
                List.of()),
            incident.noticeApprovedBy() == null ? "system" : incident.noticeApprovedBy());
    service.noticesStarted(incident.id(), campaign.id(), campaign.selected());
    execution.setVariable("campaignId", campaign.id());
    execution.setVariable("campaignFinished", "FINISHED".equals(campaign.state()));
  }

  /** "Notices sent": the campaign's outcome recorded on the incident (sent, unreached). */
  public void noticesFinished(DelegateExecution execution) {
    CampaignView campaign = campaigns.progress((String) execution.getVariable("campaignId"));
    service.noticesFinished(
        incidentId(execution.getVariable("incidentId")),
        campaign.id(),
        campaign.sent(),
        campaign.unreached());
  }

  /** Complete listener of "Public announcement". */
  public void announce(DelegateTask task) {
    service.announce(
        incidentId(task.getVariable("incidentId")),
        text(task.getVariable("announcement")),
        actor(task));
  }

  /** Complete listener of "Close": the closing record and the updated report. */
  public void close(DelegateTask task) {
    service.close(
        incidentId(task.getVariable("incidentId")),
        text(task.getVariable("handling")),
        text(task.getVariable("lessons")),
        "",
        actor(task));
  }

  /**
   * A clock's reminder, escalation or miss ({@code REPORT}/{@code NOTICES}), recorded on the
   * incident.
   */
  public void clock(DelegateExecution execution, String clock, String event) {
    service.clock(incidentId(execution.getVariable("incidentId")), clock, event);
  }

  @Override
  public String processKey() {
    return BreachProcessStarter.PROCESS_KEY;
  }

  @Override
  public Set<String> businessGroups() {
    return GROUPS;
  }

  @Override
  public Set<String> factNames() {
    return FACTS;
  }

  @Override
  public Set<String> personalInputs() {
    return PERSONAL_INPUTS;
  }

  @Override
  public Map<String, Object> load(DelegateTask task, String user, Set<String> groups) {
    String id = incidentId(task.getVariable("incidentId"));
    IncidentView incident = service.incident(id);
    Map<String, Object> facts = facts(incident);
    facts.put(
        "noticeProgress",
        incident.campaignId() == null
            ? "个别通知尚未开始 Notices to people have not started."
            : progressText(incident.id(), campaigns.progress(incident.campaignId())));
    if (REPORT_TASKS.contains(task.getTaskDefinitionKey())) {
      facts.put("reportDraft", service.initialReport(id, "").body());
    }
    return facts;
  }

  /**
   * The notice campaign's progress as the notification context counts it (INC-2): what the privacy
   * officer follows in the notice tasks, the same figures as {@code GET
   * /api/incidents/{id}/notice-campaign}.
   */
  static String progressText(String incidentId, CampaignView c) {
    return "状态 State: "
        + c.stateLabel()
        + "\n选定 Selected: "
        + c.selected()
        + "\n已发出 Sent: "
        + c.sent()
        + "（已送达 delivered "
        + c.delivered()
        + "，发送失败 failed "
        + c.failed()
        + "）\n未能送达 Unreached: "
        + c.unreached()
        + "（名单见 list at GET /api/incidents/"
        + incidentId
        + "/notice-campaign/unreached，供公告参考 for the announcement）\n待发 Pending: "
        + c.pending();
  }

  static Map<String, Object> facts(IncidentView i) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(
        "incidentFacts",
        "发现时间 Discovered: "
            + ChinaTime.of(i.discoveredAt())
            + "\n"
            + "事件分级 Grade: "
            + i.gradeLabel()
            + "\n"
            + "事件经过 What happened: "
            + i.description()
            + "\n"
            + "涉及系统 Systems: "
            + String.join(", ", i.systems())
            + "\n"
            + "个人信息类别 Categories: "
            + String.join(", ", i.categories())
            + "\n"
            + "涉及人数 People (estimate): "
            + i.estimatedPeople()
            + "\n"
            + "涉及儿童 Children affected: "
            + (i.childrenAffected()
                ? "是 yes（按儿童个人信息安全事件应急预案处置 follow the children's incident plan:"
                    + " GET /api/incident-plan）"
                : "否 no")
            + "\n"
            + (i.reportDueAt() == null
                ? "无需向监管报告 No report to the regulator needed at this grade\n"
                : "监管报告截止 Report due: "
                    + ChinaTime.of(i.reportDueAt())
                    + (i.reportSubmittedAt() == null
                        ? ""
                        : "（已提交 submitted " + ChinaTime.of(i.reportSubmittedAt()) + "）")
                    + (i.reportMissed() ? "（已逾期 MISSED）" : "")
                    + "\n")
            + "通知开始截止 Notices due to start: "
            + ChinaTime.of(i.noticeDueAt())
            + "\n"
            + "处置措施 Measures: "
            + (i.measures() == null ? "（尚无 none yet）" : i.measures()));
    facts.put(
        "history",
        i.history().stream()
            .map(
                e ->
                    ChinaTime.of(e.at())
                        + " "
                        + e.actor()
                        + " "
                        + e.kind()
                        + (e.note() == null ? "" : ": " + e.note()))
            .collect(Collectors.joining("\n")));
    return facts;
  }

  private void clocks(DelegateExecution execution, IncidentView incident) {
    execution.setVariable("grade", incident.grade());
    execution.setVariable("reportRequired", incident.reportRequired());
    if (incident.reportDueAt() != null) {
      execution.setVariable("reportDue", Date.from(incident.reportDueAt()));
      execution.setVariable(
          "reportRemindAt", Date.from(incident.reportDueAt().minus(remindBefore)));
      execution.setVariable(
          "reportEscalateAt", Date.from(incident.reportDueAt().minus(escalateBefore)));
    }
    execution.setVariable("noticeDue", Date.from(incident.noticeDueAt()));
    execution.setVariable("noticeRemindAt", Date.from(incident.noticeDueAt().minus(remindBefore)));
    execution.setVariable(
        "noticeEscalateAt", Date.from(incident.noticeDueAt().minus(escalateBefore)));
  }

  private static Set<String> categories(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return Arrays.stream(value.toString().split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static Instant parseInstant(String value) {
    return instant("submittedAt", value);
  }

  /** A date and time with its offset, or China time without one (form-js sends either). */
  static Instant instant(String field, String value) {
    try {
      return java.time.OffsetDateTime.parse(value.strip()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(value.strip())
            .atZone(WorkingDayCalendar.CHINA)
            .toInstant();
      } catch (java.time.format.DateTimeParseException e2) {
        throw DomainException.invalid(field, "must be a date and time such as 2026-12-06T10:30");
      }
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /**
   * The authenticated user; without one (the engine called directly, as in tests), the assignee.
   */
  private static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return task.getAssignee() == null ? "system" : task.getAssignee();
    }
    return authentication.getUserId();
  }

  private static String incidentId(Object value) {
    if (!(value instanceof String id) || id.isBlank()) {
      throw new IllegalStateException("The process has no incidentId");
    }
    return id;
  }
}
