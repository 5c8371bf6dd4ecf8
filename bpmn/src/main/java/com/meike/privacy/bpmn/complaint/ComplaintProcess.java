package com.meike.privacy.bpmn.complaint;

import com.meike.privacy.bpmn.engine.FormFacts;
import com.meike.privacy.bpmn.engine.FormLinks;
import com.meike.privacy.bpmn.engine.ShapedFormFacts;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintView;
import com.meike.privacy.incidents.domain.complaint.ComplaintTier;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.time.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The expressions of the {@code complaint-escalation} process (CMP-1): each method reads process
 * variables, calls {@link ComplaintService} and writes back what the timers and the handlers' forms
 * need. Deadlines are the service's (working-day calendar); the process only waits for them.
 *
 * <p>Process variables written here — ids, states and dates only, nothing about the complainant:
 * {@code complaintNumber}, {@code about}, {@code orderNumber}, {@code tier}, {@code
 * complaintState}, {@code decision} (ANSWER | ESCALATE | REQUEST_INFO), the timer dates {@code
 * customerServiceDue}, {@code customerServiceReminder}, {@code supervisorDue}, {@code
 * supervisorReminder}, {@code finalDue}, {@code finalReminder}, {@code informationDue} (ISO-8601
 * instants) and, for people, {@code customerServiceLastDay}, {@code supervisorLastDay}, {@code
 * finalLastDay} (dates in China), {@code pausedWorkingDays}, {@code overdue}.
 *
 * <p>Form facts ({@link FormFacts}, read from the incidents context as the handler opens the form,
 * never stored): {@code aboutLabel}, {@code filedAt}, {@code complaintText}, {@code history}, the
 * evidence {@code recordingAccess} (the recording-access applications made from the complaint with
 * their current state), {@code attachments} and {@code attachmentLinks} (links that open each with
 * the Tasklist sign-in).
 *
 * <p>Form fields read: {@code customerServiceOutcome} (ANSWER | ESCALATE | REQUEST_INFO |
 * REQUEST_RECORDING), {@code supervisorOutcome} (ANSWER | ESCALATE | REQUEST_RECORDING), {@code
 * privacyOfficeOutcome} (ANSWER | REQUEST_RECORDING; none means ANSWER), {@code resolution}, and
 * the personal inputs {@code answerText}, {@code customerServiceEscalationReason}, {@code
 * supervisorEscalationReason}, {@code informationQuestion} (taken into the complaint, sealed there)
 * and {@code recordingReason} (taken into the recording-access application) — never kept by the
 * engine.
 */
@Named("complaintProcess")
@ApplicationScoped
public class ComplaintProcess extends ShapedFormFacts {

  /** Who reads and changes a complaint when the process acts on its own. */
  static final String SYSTEM = "system";

  private static final Map<String, String> ABOUT_LABELS =
      Map.of(
          "ORDER", "订单 Order",
          "SERVICE", "服务 Service",
          "RECORDING", "录音 Recording",
          "PRIVACY_REQUEST", "个人信息请求 Privacy request",
          "ANSWER", "对答复不满 Unhappy with an answer");

  /** What each tier may decide, and the form field it decides in (none: it can only answer). */
  private static final Map<ComplaintTier, List<String>> DECISIONS =
      Map.of(
          ComplaintTier.CUSTOMER_SERVICE,
              List.of("ANSWER", "ESCALATE", "REQUEST_INFO", "REQUEST_RECORDING"),
          ComplaintTier.SUPERVISOR, List.of("ANSWER", "ESCALATE", "REQUEST_RECORDING"),
          ComplaintTier.PRIVACY_OFFICE_LEGAL, List.of("ANSWER", "REQUEST_RECORDING"));

  /**
   * A handler's decision to hear the order's visit recording as dispute evidence (REC-7), at any
   * tier: the incidents context applies for recording access for the complaint's own order (never
   * an order the process holds) with the deciding handler as applicant; the
   * recording-access-approval process starts in the same transaction, and the task comes back to
   * the same handler at the same tier.
   */
  static final String REQUEST_RECORDING = "REQUEST_RECORDING";

  /** The groups that handle complaints (the privacy officer reads every tier). */
  static final Set<String> HANDLER_GROUPS =
      Set.of(
          StaffGroups.CUSTOMER_SERVICE,
          StaffGroups.CS_SUPERVISOR,
          StaffGroups.PRIVACY_OFFICER,
          StaffGroups.LEGAL);

  static final Set<String> FACTS =
      Set.of(
          "aboutLabel",
          "filedAt",
          "complaintText",
          "history",
          "recordingAccess",
          "attachments",
          "attachmentLinks");

  static final Set<String> PERSONAL_INPUTS =
      Set.of(
          "answerText",
          "customerServiceEscalationReason",
          "supervisorEscalationReason",
          "informationQuestion",
          "recordingReason");

  private final ComplaintService service;

  private static Shape shape() {
    return new Shape(ComplaintProcessStarter.PROCESS_KEY, HANDLER_GROUPS, FACTS, PERSONAL_INPUTS);
  }

  /** For the CDI proxy only. */
  protected ComplaintProcess() {
    super(shape());
    this.service = null;
  }

  @Inject
  public ComplaintProcess(ComplaintService service) {
    super(shape());
    this.service = Objects.requireNonNull(service, "service");
  }

  /** The label of what a complaint is about, for Tasklist's list and descriptions (issue 17). */
  public String aboutLabelOf(String about) {
    return about == null ? null : ABOUT_LABELS.getOrDefault(about, about);
  }

  /** A value, or a dash when there is none (a complaint that names no order). */
  public String orDash(Object value) {
    return value == null || value.toString().isBlank() ? "—" : value.toString();
  }

  /** "Register complaint": loads the filed complaint and sets the facts and the timer dates. */
  public void register(DelegateExecution execution) {
    String number = (String) execution.getVariable("complaintNumber");
    if (number == null) {
      number = execution.getProcessBusinessKey();
    }
    ComplaintView complaint = service.complaint(number(number), SYSTEM);
    execution.setProcessBusinessKey(complaint.number());
    execution.setVariable("complaintNumber", complaint.number());
    execution.setVariable("about", complaint.about());
    execution.setVariable("orderNumber", complaint.orderNumber());
    apply(execution, complaint);
  }

  /**
   * The complaint as its handler reads it (audited by the incidents context, which checks the tier
   * again).
   */
  @Override
  public Map<String, Object> load(DelegateTask task, String user, Set<String> groups) {
    return facts(
        service.complaintForHandler(number(task.getVariable("complaintNumber")), user, groups));
  }

  static Map<String, Object> facts(ComplaintView complaint) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("aboutLabel", ABOUT_LABELS.getOrDefault(complaint.about(), complaint.about()));
    facts.put("filedAt", ChinaTime.of(complaint.filedAt()));
    facts.put("complaintText", complaint.text());
    facts.put("history", history(complaint));
    facts.put("recordingAccess", recordingAccess(complaint));
    facts.put("attachments", attachments(complaint));
    facts.put("attachmentLinks", attachmentLinks(complaint));
    return facts;
  }

  /**
   * Complete listener of the three handling tasks: records the handler's decision (the
   * authenticated user, or the assignee without one). A refusal by the service fails the
   * completion, so the task stays open and nothing changes.
   */
  public void handle(DelegateTask task, String tierName) {
    ComplaintTier tier = ComplaintTier.valueOf(tierName);
    String field = outcomeField(tier);
    String decision = text(task, field);
    if (decision == null && tier == ComplaintTier.PRIVACY_OFFICE_LEGAL) {
      // The privacy office's form had no choice before it could request the recording: a
      // completion without one (an older client) still answers.
      decision = "ANSWER";
    }
    if (decision == null || !DECISIONS.get(tier).contains(decision)) {
      throw DomainException.invalid(
          field, "choose one of " + String.join(", ", DECISIONS.get(tier)));
    }
    String number = number(task.getVariable("complaintNumber"));
    String handler = handlerOf(task);
    if (REQUEST_RECORDING.equals(decision)) {
      requestRecording(task, number, handler, field);
      return;
    }
    ComplaintView complaint =
        switch (decision) {
          case "ANSWER" ->
              service.answer(number, handler, text(task, "answerText"), text(task, "resolution"));
          case "ESCALATE" ->
              service.escalate(
                  number, next(tier), handler, text(task, escalationReasonField(tier)));
          default -> service.requestInformation(number, handler, text(task, "informationQuestion"));
        };
    task.setVariable("decision", decision);
    // Whoever asked the complainant gets the task back with the reply (issue 17, item 6): the
    // process records the asker itself, from the authentication; a completion cannot name one.
    if ("REQUEST_INFO".equals(decision)) {
      task.setVariable(ASKED_BY, handler);
    } else {
      task.removeVariable(ASKED_BY);
    }
    apply(task, complaint);
    // The next handler (or the same tier after the complainant's reply) starts with an empty
    // choice.
    task.removeVariable(field);
    task.removeVariable("informationQuestion");
    if (escalationReasonField(tier) != null) {
      task.removeVariable(escalationReasonField(tier));
    }
  }

  /**
   * "Request the recording as evidence": applies through the incidents context (which checks that
   * the handler works on the complaint's tier, takes the order from the complaint and audits); the
   * task then returns to the handler, whose form shows the application and its state.
   */
  private void requestRecording(DelegateTask task, String number, String handler, String field) {
    if (task.getVariable("orderNumber") == null) {
      throw DomainException.invalid(field, NO_ORDER);
    }
    service.applyForRecordingAccess(
        number, handler, groupsOf(task, handler), text(task, "recordingReason"));
    task.setVariable("decision", REQUEST_RECORDING);
    task.setVariable(ASKED_BY, handler);
    task.removeVariable(field);
    task.removeVariable("recordingReason");
  }

  static final String NO_ORDER =
      "this complaint names no order, so there is no recording to request";

  /** The groups of the person deciding (their sign-in's, or the directory's for the assignee). */
  private static Set<String> groupsOf(DelegateTask task, String handler) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null
        && handler.equals(authentication.getUserId())
        && authentication.getGroupIds() != null) {
      return Set.copyOf(authentication.getGroupIds());
    }
    return task
        .getProcessEngineServices()
        .getIdentityService()
        .createGroupQuery()
        .groupMember(handler)
        .list()
        .stream()
        .map(org.camunda.bpm.engine.identity.Group::getId)
        .collect(Collectors.toSet());
  }

  /**
   * The agent who asked the complainant for information, or the handler who applied for the
   * recording, while the task is away.
   */
  static final String ASKED_BY = "informationAskedBy";

  /**
   * Create listener of the handling tasks: after the complainant's reply (or the end of the wait),
   * or after a request for the recording, the task returns to whoever asked, not to the whole
   * group; colleagues still see it in the shared filter with who holds it.
   */
  public void returnToAsker(DelegateTask task) {
    if (task.getVariable(ASKED_BY) instanceof String asker && !asker.isBlank()) {
      task.setAssignee(asker);
      task.removeVariable(ASKED_BY);
    }
  }

  /** "Escalate to …": the current tier's deadline passed without an answer. */
  public void escalateOnDeadline(DelegateExecution execution, String to) {
    ComplaintTier target = ComplaintTier.valueOf(to);
    String passed = target == ComplaintTier.SUPERVISOR ? "customer service" : "the supervisor";
    apply(
        execution,
        service.escalate(
            number(execution.getVariable("complaintNumber")),
            target,
            SYSTEM,
            "The deadline of " + passed + " passed without an answer."));
  }

  /** "Remind …": the tier's last working day has begun. */
  public void remind(DelegateExecution execution, String tier) {
    service.remind(number(execution.getVariable("complaintNumber")), ComplaintTier.valueOf(tier));
  }

  /** "Mark complaint overdue": the final deadline passed without an answer. */
  public void markDeadlineMissed(DelegateExecution execution) {
    apply(execution, service.markDeadlineMissed(number(execution.getVariable("complaintNumber"))));
  }

  /** "Resume the clock": the reply moved the deadlines; reload them for the timers. */
  public void refresh(DelegateExecution execution) {
    apply(execution, service.complaint(number(execution.getVariable("complaintNumber")), SYSTEM));
  }

  /**
   * "Resume without a reply": the wait limit passed; the service moves the deadlines by the whole
   * wait.
   */
  public void informationNotReceived(DelegateExecution execution) {
    apply(
        execution,
        service.informationNotReceived(number(execution.getVariable("complaintNumber"))));
  }

  /** "Close complaint". */
  public void close(DelegateExecution execution) {
    apply(execution, service.close(number(execution.getVariable("complaintNumber"))));
  }

  private static void apply(VariableScope scope, ComplaintView complaint) {
    ComplaintView.Deadlines deadlines = complaint.deadlines();
    scope.setVariable("tier", complaint.tier());
    scope.setVariable("complaintState", complaint.state());
    scope.setVariable("customerServiceDue", iso(deadlines.customerServiceDue()));
    scope.setVariable("customerServiceReminder", iso(deadlines.customerServiceReminder()));
    scope.setVariable("supervisorDue", iso(deadlines.supervisorDue()));
    scope.setVariable("supervisorReminder", iso(deadlines.supervisorReminder()));
    scope.setVariable("finalDue", iso(deadlines.finalDue()));
    scope.setVariable("finalReminder", iso(deadlines.finalReminder()));
    scope.setVariable("informationDue", iso(deadlines.informationDue()));
    scope.setVariable("customerServiceLastDay", String.valueOf(deadlines.customerServiceLastDay()));
    scope.setVariable("supervisorLastDay", String.valueOf(deadlines.supervisorLastDay()));
    scope.setVariable("finalLastDay", String.valueOf(deadlines.finalLastDay()));
    scope.setVariable("pausedWorkingDays", complaint.pausedWorkingDays());
    scope.setVariable("overdue", complaint.overdue());
  }

  /**
   * The recording-access applications made from the complaint as the forms show them: state,
   * application id, who applied and when (China time), and the grant once approved.
   */
  static String recordingAccess(ComplaintView complaint) {
    if (complaint.orderNumber() == null) {
      return "投诉未涉及订单，没有可调取的录音。 Not about an order: there is no recording to apply for.";
    }
    if (complaint.recordingAccess() == null || complaint.recordingAccess().isEmpty()) {
      return "尚无申请。如需上门录音作为争议证据，请在下方选择“申请调取录音作为证据”并写明理由。"
          + " None yet. To hear the visit as dispute evidence, choose \"Request the recording as"
          + " evidence\" below and say why.";
    }
    return complaint.recordingAccess().stream()
        .map(
            link ->
                STATUS_LABELS.getOrDefault(link.status(), link.status())
                    + "  application "
                    + link.applicationId()
                    + ", applied by "
                    + link.appliedBy()
                    + " at "
                    + ChinaTime.of(link.appliedAt())
                    + (link.grantId() == null ? "" : ", grant " + link.grantId()))
        .collect(Collectors.joining("\n"));
  }

  /** The recording-access application's states, as the forms name them. */
  static final Map<String, String> STATUS_LABELS =
      Map.of(
          "AWAITING_DEPARTMENT_HEAD", "待部门负责人审批 Awaiting the department head",
          "AWAITING_SECURITY_HEAD", "待安全负责人审批 Awaiting the head of security",
          "APPROVED", "已批准 Approved",
          "REJECTED", "已驳回 Rejected",
          "LAPSED", "已过期 Lapsed");

  /**
   * The attachments as the forms list them: name, type, size and when (the links follow, {@link
   * #attachmentLinks}).
   */
  static String attachments(ComplaintView complaint) {
    if (complaint.attachments() == null || complaint.attachments().isEmpty()) {
      return "None.";
    }
    return complaint.attachments().stream()
        .map(
            attachment ->
                attachment.name()
                    + "  ("
                    + attachment.contentType()
                    + ", "
                    + attachment.size()
                    + " bytes, "
                    + ChinaTime.of(attachment.addedAt())
                    + ")")
        .collect(Collectors.joining("\n"));
  }

  /**
   * The attachments as links the form shows (Markdown, one per line): each opens with the Tasklist
   * sign-in (issue 17; the EAR's modules share the session and {@code /api} accepts it for
   * reading). A file name is the complainant's text: Markdown's characters in it are escaped.
   */
  static String attachmentLinks(ComplaintView complaint) {
    if (complaint.attachments() == null || complaint.attachments().isEmpty()) {
      return "无附件 No attachments.";
    }
    return complaint.attachments().stream()
        .map(
            attachment ->
                "- "
                    + FormLinks.link(
                        attachment.name(),
                        "/api/complaints/"
                            + FormLinks.segment(complaint.number())
                            + "/attachments/"
                            + FormLinks.segment(attachment.id()))
                    + " "
                    + FormLinks.text(
                        "("
                            + attachment.contentType()
                            + ", "
                            + attachment.size()
                            + " bytes, "
                            + ChinaTime.of(attachment.addedAt())
                            + ")"))
        .collect(Collectors.joining("\n"));
  }

  /** The history as handlers read it in the forms: one line per fact, China time. */
  static String history(ComplaintView complaint) {
    return complaint.history().stream()
        .map(
            entry ->
                ChinaTime.of(entry.at())
                    + "  "
                    + entry.kind()
                    + "  ["
                    + entry.tier()
                    + "]  "
                    + entry.actor()
                    + (entry.note() == null ? "" : ": " + entry.note()))
        .collect(Collectors.joining("\n"));
  }

  private static String outcomeField(ComplaintTier tier) {
    return switch (tier) {
      case CUSTOMER_SERVICE -> "customerServiceOutcome";
      case SUPERVISOR -> "supervisorOutcome";
      case PRIVACY_OFFICE_LEGAL -> "privacyOfficeOutcome";
    };
  }

  private static String escalationReasonField(ComplaintTier tier) {
    return switch (tier) {
      case CUSTOMER_SERVICE -> "customerServiceEscalationReason";
      case SUPERVISOR -> "supervisorEscalationReason";
      case PRIVACY_OFFICE_LEGAL -> null;
    };
  }

  private static ComplaintTier next(ComplaintTier tier) {
    return tier == ComplaintTier.CUSTOMER_SERVICE
        ? ComplaintTier.SUPERVISOR
        : ComplaintTier.PRIVACY_OFFICE_LEGAL;
  }

  private static String handlerOf(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : task.getAssignee();
  }

  private static String number(Object value) {
    if (!(value instanceof String number) || number.isBlank()) {
      throw new IllegalStateException("The process has no complaintNumber");
    }
    return number;
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** ISO-8601 in UTC to the second: what the timers parse. */
  private static String iso(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
