package com.meike.privacy.bpmn.drill;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.engine.FormFacts;
import com.meike.privacy.incidents.application.IncidentPlans;
import com.meike.privacy.incidents.application.IncidentPlans.DrillRecord;
import com.meike.privacy.incidents.application.IncidentPlans.DrillView;
import com.meike.privacy.incidents.application.IncidentPlans.PlanView;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The expressions of {@code incident-drill} (INC-3): an hourly check starts the process once this
 * year's drill of the children's incident plan is due (the day and time are configuration) — and
 * starts nothing otherwise; the process raises the drill for the security team, shows the plan in
 * force and records the drill into the incidents context; a drill overdue asks the privacy office
 * for the date it will be held. Variables: {@code drillYear}, {@code drillId} (also the business
 * key), {@code drillDue}, {@code overdueAnswerDue}; what people type never rests in the engine.
 */
@Named("incidentDrill")
@ApplicationScoped
public class IncidentDrillProcess implements FormFacts {

  public static final String PROCESS_KEY = "incident-drill";
  static final Set<String> GROUPS =
      Set.of(StaffGroups.SECURITY_TEAM, StaffGroups.SECURITY_HEAD, StaffGroups.PRIVACY_OFFICER);
  static final Set<String> FACTS = Set.of("drillFacts", "planFacts", "overdueFacts");
  static final Set<String> INPUTS =
      Set.of(
          "heldOn",
          "planVersion",
          "scenario",
          "participants",
          "findings",
          "improvements",
          "drillOn");
  static final String OVERDUE_TASK = "UserTask_DrillOverdue";
  static final String DRILL_TASK = "UserTask_Drill";

  private final IncidentPlans plans;
  private final WorkingDayCalendar calendar;
  private final int dueDays;
  private final MonthDay drillDate;
  private final LocalTime drillTime;
  private final int overdueAnswerDays;

  /** For the CDI proxy only. */
  protected IncidentDrillProcess() {
    this.plans = null;
    this.calendar = null;
    this.dueDays = 0;
    this.drillDate = null;
    this.drillTime = null;
    this.overdueAnswerDays = 0;
  }

  @Inject
  public IncidentDrillProcess(
      IncidentPlans plans,
      WorkingDayCalendar calendar,
      @ConfigProperty(name = "meike.incidents.drill-due-days", defaultValue = "30") int dueDays,
      @ConfigProperty(name = "meike.incidents.drill-date", defaultValue = "03-15") String drillDate,
      @ConfigProperty(name = "meike.incidents.drill-time", defaultValue = "09:00") String drillTime,
      @ConfigProperty(name = "meike.incidents.drill-overdue-answer-days", defaultValue = "5")
          int overdueAnswerDays) {
    this.plans = Objects.requireNonNull(plans, "plans");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.dueDays = dueDays;
    this.drillDate = monthDay(drillDate);
    this.drillTime = timeOfDay(drillTime);
    this.overdueAnswerDays = overdueAnswerDays;
  }

  /**
   * The hourly check, run on every node of a cluster ({@link YearlyDrillCheck}): when this year's
   * drill is due — now (China) on or after the configured date and time, and no drill raised for
   * the year — starts the process, whose first step raises the drill in the caller's transaction;
   * otherwise starts nothing. A day the server was down, or a date moved later in the year, is
   * caught up at the next check. Two nodes that both find the drill due race on its unique year:
   * the second one's raise fails (CONFLICT) and its transaction, process start included, rolls
   * back.
   *
   * @return whether it started this year's drill
   */
  public boolean startIfDue(RuntimeService runtime) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    int year = LocalDate.ofInstant(now, CHINA).getYear();
    Instant due = drillDate.atYear(year).atTime(drillTime).atZone(CHINA).toInstant();
    if (now.isBefore(due) || plans.drillRaised(year)) {
      return false;
    }
    EngineDoors.asApplication(
        () -> runtime.startProcessInstanceByKey(PROCESS_KEY, Map.of("drillYear", year)));
    return true;
  }

  /**
   * "Raise the drill" ({@code drillYear}'s, or this year's for a run of the earlier version that
   * waited for the drill's time with no year): due {@code meike.incidents.drill-due-days} after
   * today (China), at the end of that day.
   */
  public void raise(DelegateExecution execution) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA);
    int year =
        execution.getVariable("drillYear") instanceof Integer y ? y.intValue() : today.getYear();
    DrillView drill = plans.raiseDrill(year, today.plusDays(dueDays));
    execution.setProcessBusinessKey(drill.id());
    execution.setVariable("drillId", drill.id());
    execution.setVariable("drillDue", Date.from(WorkingDayCalendar.endOf(drill.dueOn(), CHINA)));
  }

  /** The configured time of day (China) the drill is raised at. */
  public LocalTime drillTime() {
    return drillTime;
  }

  /** Complete listener: the drill's record (all fields but the plan version required). */
  public void record(DelegateTask task) {
    plans.recordDrill(
        drillId(task.getVariable("drillId")),
        new DrillRecord(
            date("heldOn", task.getVariable("heldOn")),
            version(task.getVariable("planVersion")),
            text(task.getVariable("scenario")),
            text(task.getVariable("participants")),
            text(task.getVariable("findings")),
            text(task.getVariable("improvements"))),
        actor(task));
  }

  /**
   * The drill's date passed unrecorded: marked overdue; the security team's task stays and the
   * privacy office's task is due {@code meike.incidents.drill-overdue-answer-days} working days on.
   */
  public void overdue(DelegateExecution execution) {
    plans.drillOverdue(drillId(execution.getVariable("drillId")));
    execution.setVariable(
        "overdueAnswerDue",
        Date.from(
            calendar.plusWorkingDays(
                ClockUtil.getCurrentTime().toInstant(), overdueAnswerDays, CHINA)));
  }

  /**
   * Complete listener of the privacy office's task: when the drill will be (or was) held. The
   * security team's task is then due at the end of that China day, so its Tasklist shows the date
   * the privacy office set rather than the missed one.
   */
  public void planned(DelegateTask task) {
    LocalDate drillOn = date("drillOn", task.getVariable("drillOn"));
    plans.planDrill(drillId(task.getVariable("drillId")), drillOn, actor(task));
    if (drillOn == null) {
      return;
    }
    TaskService tasks = task.getProcessEngineServices().getTaskService();
    for (Task drill :
        tasks
            .createTaskQuery()
            .processInstanceId(task.getProcessInstanceId())
            .taskDefinitionKey(DRILL_TASK)
            .list()) {
      drill.setDueDate(Date.from(WorkingDayCalendar.endOf(drillOn, CHINA)));
      tasks.saveTask(drill);
    }
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
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
    return INPUTS;
  }

  @Override
  public Map<String, Object> load(DelegateTask task, String user, Set<String> groups) {
    DrillView drill = plans.drill(drillId(task.getVariable("drillId")));
    Map<String, Object> facts = new LinkedHashMap<>();
    if (OVERDUE_TASK.equals(task.getTaskDefinitionKey())) {
      facts.put("overdueFacts", overdueText(drill, ClockUtil.getCurrentTime().toInstant()));
      return facts;
    }
    String last =
        plans.drills().stream()
            .filter(d -> d.heldOn() != null)
            .findFirst()
            .map(
                d ->
                    d.heldOn()
                        + "（预案第 "
                        + d.planVersion()
                        + " 版 plan version "
                        + d.planVersion()
                        + "）")
            .orElse("尚无记录 none recorded yet");
    facts.put(
        "drillFacts",
        "截止日期 Due by: "
            + drill.dueOn()
            + "（北京时间 China date）"
            + (drill.overdue() ? "（已逾期 OVERDUE）" : "")
            + (drill.plannedOn() == null
                ? ""
                : "\n个人信息保护负责人定的演练日期 Date set by the privacy office: " + drill.plannedOn())
            + "\n"
            + "上次演练 Last drill: "
            + last);
    facts.put(
        "planFacts",
        plans
            .current()
            .map(IncidentDrillProcess::planText)
            .orElse(
                "尚未发布预案 No plan has been published: publish one first (POST /api/incident-plan/versions)."));
    return facts;
  }

  /** What the privacy office reads on an overdue drill: plan version, due date, days overdue. */
  static String overdueText(DrillView drill, Instant now) {
    long days =
        Math.max(0, ChronoUnit.DAYS.between(drill.dueOn(), LocalDate.ofInstant(now, CHINA)));
    return "演练的预案版本 Plan version to drill: "
        + (drill.planVersion() == null
            ? "尚未发布预案 none published"
            : "第 " + drill.planVersion() + " 版 version " + drill.planVersion())
        + "\n截止日期 Was due by: "
        + ChinaTime.date(drill.dueOn())
        + "\n已逾期 Overdue by: "
        + days
        + " 天 days"
        + (drill.plannedOn() == null
            ? ""
            : "\n已定演练日期 Date already set: " + ChinaTime.date(drill.plannedOn()));
  }

  static String planText(PlanView p) {
    return "第 "
        + p.version()
        + " 版 Version "
        + p.version()
        + "（"
        + p.publishedBy()
        + "，"
        + p.publishedAt()
        + "）\n\n"
        + "【职责 Responsibilities】\n"
        + p.responsibilities()
        + "\n\n"
        + "【联系方式 Contacts】\n"
        + p.contacts()
        + "\n\n"
        + "【处置步骤 Steps】\n"
        + p.steps();
  }

  static LocalDate date(String field, Object value) {
    if (value instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), CHINA);
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      String s = value.toString().strip();
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(field, "must be a date such as 2027-03-20");
    }
  }

  static Integer version(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 1) {
        throw DomainException.invalid("planVersion", "must be a version number (1, 2, …)");
      }
      return n.intValue();
    }
    try {
      int v = Integer.parseInt(value.toString().strip());
      if (v < 1) {
        throw DomainException.invalid("planVersion", "must be a version number (1, 2, …)");
      }
      return v;
    } catch (NumberFormatException e) {
      throw DomainException.invalid("planVersion", "must be a version number (1, 2, …)");
    }
  }

  /** "03-15" or "--03-15" (MonthDay). */
  static MonthDay monthDay(String value) {
    String s = value == null ? "" : value.strip();
    try {
      return MonthDay.parse(s.startsWith("--") ? s : "--" + s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "meike.incidents.drill-date must be a month and day such as 03-15, not " + value, e);
    }
  }

  static LocalTime timeOfDay(String value) {
    try {
      return LocalTime.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "meike.incidents.drill-time must be a China time of day such as 09:00, not " + value, e);
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return task.getAssignee() == null ? "system" : task.getAssignee();
    }
    return authentication.getUserId();
  }

  private static String drillId(Object value) {
    if (!(value instanceof String id) || id.isBlank()) {
      throw new IllegalStateException("The process has no drillId");
    }
    return id;
  }
}
