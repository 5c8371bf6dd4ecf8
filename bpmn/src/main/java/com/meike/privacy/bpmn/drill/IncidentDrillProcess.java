package com.meike.privacy.bpmn.drill;

import static com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA;

import com.meike.privacy.bpmn.engine.FormFacts;
import com.meike.privacy.incidents.application.IncidentPlans;
import com.meike.privacy.incidents.application.IncidentPlans.DrillRecord;
import com.meike.privacy.incidents.application.IncidentPlans.DrillView;
import com.meike.privacy.incidents.application.IncidentPlans.PlanView;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The expressions of {@code incident-drill} (INC-3): the yearly timer raises a drill of the
 * children's incident plan for the security team; the task shows the plan in force and records the
 * drill into the incidents context. Variables: {@code drillId} (also the business key) and {@code
 * drillDue}; what the team types never rests in the engine.
 */
@Named("incidentDrill")
@ApplicationScoped
public class IncidentDrillProcess implements FormFacts {

  public static final String PROCESS_KEY = "incident-drill";
  static final Set<String> GROUPS =
      Set.of(StaffGroups.SECURITY_TEAM, StaffGroups.SECURITY_HEAD, StaffGroups.PRIVACY_OFFICER);
  static final Set<String> FACTS = Set.of("drillFacts", "planFacts");
  static final Set<String> INPUTS =
      Set.of("heldOn", "planVersion", "scenario", "participants", "findings", "improvements");

  private final IncidentPlans plans;
  private final int dueDays;

  /** For the CDI proxy only. */
  protected IncidentDrillProcess() {
    this.plans = null;
    this.dueDays = 0;
  }

  @Inject
  public IncidentDrillProcess(
      IncidentPlans plans,
      @ConfigProperty(name = "meike.incidents.drill-due-days", defaultValue = "30") int dueDays) {
    this.plans = Objects.requireNonNull(plans, "plans");
    this.dueDays = dueDays;
  }

  /**
   * "Raise the drill": due {@code meike.incidents.drill-due-days} after today (China), at the end
   * of that day.
   */
  public void raise(DelegateExecution execution) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CHINA);
    DrillView drill = plans.raiseDrill(today.plusDays(dueDays));
    execution.setProcessBusinessKey(drill.id());
    execution.setVariable("drillId", drill.id());
    execution.setVariable(
        "drillDue", Date.from(drill.dueOn().plusDays(1).atStartOfDay(CHINA).toInstant()));
  }

  /** Complete listener: the drill's record (all fields but the plan version required). */
  public void record(DelegateTask task) {
    plans.recordDrill(
        drillId(task.getVariable("drillId")),
        new DrillRecord(
            date(task.getVariable("heldOn")),
            version(task.getVariable("planVersion")),
            text(task.getVariable("scenario")),
            text(task.getVariable("participants")),
            text(task.getVariable("findings")),
            text(task.getVariable("improvements"))),
        actor(task));
  }

  /** The drill's date passed unrecorded: marked overdue; the task stays. */
  public void overdue(DelegateExecution execution) {
    plans.drillOverdue(drillId(execution.getVariable("drillId")));
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

  static LocalDate date(Object value) {
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
      throw DomainException.invalid("heldOn", "must be a date such as 2027-03-20");
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
