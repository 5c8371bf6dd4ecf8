package com.meike.privacy.bpmn.recording;

import com.meike.privacy.bpmn.engine.FormFacts;
import com.meike.privacy.bpmn.engine.ShapedFormFacts;
import com.meike.privacy.bpmn.engine.StaffNames;
import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.recording.application.AllowedUses;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.GrantView;
import com.meike.privacy.recording.application.RecordingAccessService;
import com.meike.privacy.recording.domain.access.ApprovalStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The expressions of the {@code recording-access-approval} process (REC-8): each method reads
 * process variables, calls {@link RecordingAccessService} and writes back what the next steps and
 * the approvers' forms need. The decisions and the rules behind them live in the service.
 *
 * <p>Process variables written here — ids and states only: {@code applicationId}, {@code
 * firstApprover}, {@code secondApprover}, {@code reminderAfter}, {@code lapseAfter} (ISO-8601
 * durations), {@code applicationStatus}, {@code grantId}, {@code grantExpiresAt}. The reason of an
 * application started from Tasklist's start form is taken into the application and removed.
 *
 * <p>Form facts ({@link FormFacts}, read from the recording context for the routed approver as the
 * form opens, never stored): {@code orderNumber}, {@code useLabel}, {@code reason}, {@code
 * applicant}, {@code appliedAt}, and for the head of security the department head's {@code
 * departmentHeadApproved} and {@code departmentHeadComment}. The approvers' comments are personal
 * inputs: taken into the application, never kept by the engine.
 */
@Named("recordingAccessProcess")
@ApplicationScoped
public class RecordingAccessProcess extends ShapedFormFacts {

  /** Who reads an application the API already registered: the process itself, as oversight. */
  static final String SYSTEM_VIEWER = "system";

  /** The groups of the routed approvers. */
  static final Set<String> APPROVER_GROUPS =
      Set.of(StaffGroups.DEPARTMENT_HEAD, StaffGroups.SECURITY_HEAD, StaffGroups.PRIVACY_OFFICER);

  /** The task of the after-the-fact review of an urgent access (REC-7). */
  static final String URGENT_REVIEW_TASK = "UserTask_ReviewUrgentAccess";

  /**
   * Shown, never written back (the department head's decision shown to security is its own input).
   */
  static final Set<String> FACTS =
      Set.of(
          "orderNumber",
          "useLabel",
          "reason",
          "applicant",
          "appliedAt",
          "departmentHeadDecidedBy",
          "departmentHeadDecidedAt",
          "conditionLabel",
          "conditionDetail",
          "securityHeadDecidedBy",
          "securityHeadDecidedAt",
          "grantState",
          "recordings");

  static final Set<String> PERSONAL_INPUTS =
      Set.of("reason", "urgency", "departmentHeadComment", "securityHeadComment", "reviewComment");

  private final RecordingAccessService service;
  private final StaffDirectory directory;
  private final Duration reminderAfter;
  private final Duration lapseAfter;

  private static Shape shape() {
    return new Shape(
        RecordingAccessProcessStarter.PROCESS_KEY, APPROVER_GROUPS, FACTS, PERSONAL_INPUTS);
  }

  /** For the CDI proxy only. */
  protected RecordingAccessProcess() {
    super(shape());
    this.service = null;
    this.directory = null;
    this.reminderAfter = null;
    this.lapseAfter = null;
  }

  /** Without a staff directory: people are shown by their login (process tests). */
  public RecordingAccessProcess(
      RecordingAccessService service, Duration reminderAfter, Duration lapseAfter) {
    this(service, null, reminderAfter, lapseAfter);
  }

  @Inject
  public RecordingAccessProcess(
      RecordingAccessService service,
      StaffDirectory directory,
      @ConfigProperty(name = "meike.recording-access.reminder-after", defaultValue = "PT24H")
          Duration reminderAfter,
      @ConfigProperty(name = "meike.recording-access.lapse-after", defaultValue = "P3D")
          Duration lapseAfter) {
    super(shape());
    this.service = Objects.requireNonNull(service, "service");
    this.directory = directory;
    this.reminderAfter = positive(reminderAfter, "meike.recording-access.reminder-after");
    this.lapseAfter = positive(lapseAfter, "meike.recording-access.lapse-after");
  }

  /**
   * "Register application": applies on the initiator's behalf when the process was started from the
   * Tasklist start form, or loads the application the API registered (variable {@code
   * applicationId}); then sets the facts, the approvers, the timer durations and the business key.
   */
  public void register(DelegateExecution execution) {
    String applicationId = (String) execution.getVariable("applicationId");
    ApplicationView application =
        applicationId == null
            ? service.applyFromProcess(
                new ApplicationRequest(
                    text(execution, "orderNumber"),
                    text(execution, "use"),
                    text(execution, "reason"),
                    text(execution, "urgency")),
                text(execution, "applicant"))
            : service.application(applicationId, SYSTEM_VIEWER, true);

    execution.setProcessBusinessKey(application.id());
    // The reason is the application's now (sealed there); the engine keeps ids only.
    execution.removeVariable("reason");
    execution.removeVariable("urgency");
    execution.setVariable("applicationId", application.id());
    execution.setVariable("firstApprover", application.firstApprover());
    execution.setVariable("secondApprover", application.secondApprover());
    execution.setVariable("applicationStatus", application.status());
    execution.setVariable("reminderAfter", reminderAfter.toString());
    execution.setVariable("lapseAfter", lapseAfter.toString());
    // What Tasklist's list shows (issue 17): the order, the use and the applicant — a member of
    // staff, named as the directory names them — and when the application lapses (the due date).
    // No customer's data: the order number is an id, the rest is about staff.
    execution.setVariable("orderNumber", application.orderNumber());
    execution.setVariable("use", application.use());
    execution.setVariable("applicantName", staffName(application.applicant()));
    execution.setVariable(
        "decisionDue", iso(ClockUtil.getCurrentTime().toInstant().plus(lapseAfter)));
  }

  /** "显示名 (部门)" of a member of staff, or their login when the directory does not know them. */
  public String staffName(String username) {
    return StaffNames.of(directory, username);
  }

  /** The label of an allowed use, for task descriptions and forms. */
  public String useLabelOf(String use) {
    return useLabel(use);
  }

  /**
   * Complete listener of both decision tasks: records the decision of the person completing the
   * task (the authenticated user, or the assignee when the engine runs without one). A refusal by
   * the service fails the completion, so the task stays open.
   */
  public void decide(DelegateTask task, String step) {
    ApprovalStep approvalStep = ApprovalStep.valueOf(step);
    String prefix =
        approvalStep == ApprovalStep.DEPARTMENT_HEAD ? "departmentHead" : "securityHead";
    Object approved = task.getVariable(prefix + "Approved");
    if (!(approved instanceof Boolean)) {
      throw DomainException.invalid(
          prefix + "Approved", "The decision must be given as approve (true) or reject (false).");
    }
    ApplicationView application =
        service.decide(
            applicationId(task.getVariable("applicationId")),
            approvalStep,
            approverOf(task),
            (Boolean) approved,
            (String) task.getVariable(prefix + "Comment"));
    task.setVariable("applicationStatus", application.status());
  }

  /** The application as its routed approver reads it (the recording context checks who may). */
  @Override
  public Map<String, Object> load(DelegateTask task, String user, Set<String> groups) {
    boolean reviewer =
        URGENT_REVIEW_TASK.equals(task.getTaskDefinitionKey())
            && groups.contains(StaffGroups.PRIVACY_OFFICER);
    String id = applicationId(task.getVariable("applicationId"));
    Map<String, Object> facts = facts(service.application(id, user, reviewer));
    facts.put("recordings", recordingsLabel(service.recordingsToHear(id, user, reviewer)));
    return facts;
  }

  /** Whether there is anything to hear: heads once approved an order that had no recording. */
  static String recordingsLabel(int count) {
    return count == 0
        ? "此订单没有可收听的录音 This order has no recording to hear"
        : "此订单有 "
            + count
            + " 段录音 This order has "
            + count
            + (count == 1 ? " recording" : " recordings");
  }

  /**
   * Complete listener of the urgent-access review (REC-7): records the privacy office's finding of
   * the person completing the task; not justified revokes the grant if it is still open.
   */
  public void reviewUrgentAccess(DelegateTask task) {
    Object justified = task.getVariable("reviewJustified");
    if (!(justified instanceof Boolean)) {
      throw DomainException.invalid(
          "reviewJustified",
          "The finding must be given as justified (true) or not justified (false).");
    }
    ApplicationView application =
        service.reviewUrgentAccess(
            applicationId(task.getVariable("applicationId")),
            approverOf(task),
            (Boolean) justified,
            (String) task.getVariable("reviewComment"));
    task.setVariable(
        "reviewState",
        application.condition() == null ? null : application.condition().reviewState());
  }

  Map<String, Object> facts(ApplicationView application) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("orderNumber", application.orderNumber());
    facts.put("useLabel", useLabel(application.use()));
    facts.put("reason", application.reason());
    facts.put("applicant", staffName(application.applicant()));
    facts.put("appliedAt", ChinaTime.of(application.appliedAt()));
    // REC-7: which condition of the use is met, and what it rests on
    facts.put("conditionLabel", conditionLabel(application));
    facts.put("conditionDetail", conditionDetail(application));
    if (application.decisions() != null) {
      application.decisions().stream()
          .filter(decision -> ApprovalStep.SECURITY_HEAD.name().equals(decision.step()))
          .findFirst()
          .ifPresent(
              decision -> {
                facts.put("securityHeadDecidedBy", staffName(decision.approver()));
                facts.put("securityHeadDecidedAt", ChinaTime.of(decision.decidedAt()));
              });
    }
    facts.put(
        "grantState",
        application.grantId() == null
            ? "未授权 No grant"
            : "已授权 Granted (" + application.grantId() + ")");
    if (application.decisions() != null) {
      application.decisions().stream()
          .filter(decision -> ApprovalStep.DEPARTMENT_HEAD.name().equals(decision.step()))
          .findFirst()
          .ifPresent(
              decision -> {
                facts.put("departmentHeadApproved", decision.approved());
                facts.put("departmentHeadComment", decision.comment());
                facts.put("departmentHeadDecidedBy", staffName(decision.approver()));
                facts.put("departmentHeadDecidedAt", ChinaTime.of(decision.decidedAt()));
              });
    }
    return facts;
  }

  /** The condition met, as approvers read it (REC-7). */
  static String conditionLabel(ApplicationView application) {
    return application.condition() == null
        ? "此用途无额外条件，须两级审批 No condition beyond the two approvals for this use"
        : application.condition().label();
  }

  /** What the condition rests on: the consent entry, the complaint or the urgency (REC-7). */
  static String conditionDetail(ApplicationView application) {
    ApplicationView.ConditionView condition = application.condition();
    if (condition == null) {
      return null;
    }
    return switch (condition.condition()) {
      case "CUSTOMER_CONSENT", "BEAUTICIAN_CONSENT" ->
          "同意记录 Consent record #"
              + condition.consentEntry()
              + "（批准前再次核对 checked again before the head of security approves）";
      case "COMPLAINT" -> "投诉 Complaint " + condition.complaintNumber();
      case "URGENCY_RECORDED" ->
          "紧急情况 Urgency: "
              + condition.urgency()
              + (condition.reviewState() == null
                  ? ""
                  : " · 事后复核 Review afterwards: " + condition.reviewState());
      default -> null;
    };
  }

  /** "Remind …": a decision task was left untouched for {@code reminderAfter}. */
  public void remind(DelegateExecution execution, String step) {
    service.remind(
        applicationId(execution.getVariable("applicationId")), ApprovalStep.valueOf(step));
  }

  /** "Lapse application": the final deadline passed before both heads decided. */
  public void lapse(DelegateExecution execution) {
    ApplicationView application =
        service.lapse(applicationId(execution.getVariable("applicationId")));
    execution.setVariable("applicationStatus", application.status());
  }

  /** "Issue time-limited grant": both heads approved. */
  public void grant(DelegateExecution execution) {
    GrantView grant = service.issueGrant(applicationId(execution.getVariable("applicationId")));
    execution.setVariable("grantId", grant.id());
    execution.setVariable("grantExpiresAt", iso(grant.expiresAt()));
    // REC-7: an urgent access is reviewed afterwards by the privacy office
    ApplicationView application =
        service.application(
            applicationId(execution.getVariable("applicationId")), SYSTEM_VIEWER, true);
    boolean review =
        application.condition() != null && "PENDING".equals(application.condition().reviewState());
    execution.setVariable("reviewAfterwards", review);
    if (review) {
      execution.setVariable(
          "reviewDue", iso(ClockUtil.getCurrentTime().toInstant().plus(lapseAfter)));
    }
  }

  /**
   * The label approvers read for one of the allowed uses (REC-7); unknown codes stay as they are.
   */
  static String useLabel(String use) {
    return AllowedUses.label(use);
  }

  private static String approverOf(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : task.getAssignee();
  }

  private static String applicationId(Object value) {
    if (!(value instanceof String id) || id.isBlank()) {
      throw new IllegalStateException("The process has no applicationId");
    }
    return id;
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** ISO-8601 in UTC to the second: what approvers read in the forms. */
  private static String iso(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static Duration positive(Duration duration, String property) {
    if (duration == null || duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(property + " must be a positive ISO-8601 duration");
    }
    return duration;
  }
}
