package com.meike.privacy.bpmn.rights;

import com.meike.privacy.bpmn.engine.FormFacts;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.rights.application.DataSubjectRequests;
import com.meike.privacy.rights.application.RefusalGrounds;
import com.meike.privacy.rights.application.RequestView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The expressions of {@code data-subject-request} (DSR-1..7, ID-7). Variables hold ids, kinds,
 * states and dates only: {@code requestId}, {@code kind}, {@code channel}, {@code verification}
 * (PHONE_CODE | STAFF), {@code requestState}, {@code handlerGroups}, the timer dates {@code
 * remindAt}, {@code escalateAt}, {@code dueAt}, {@code feeAcceptBy} (ISO-8601) and {@code lastDay}.
 * What the person wrote and what a handler answers is read from and written to the rights context,
 * sealed there ({@link FormFacts}).
 *
 * <p>Form fields read: {@code verified} (true/false) and {@code verificationMethod} on "Verify
 * identity"; {@code decision} (FULFIL | REFUSE | CHARGE), {@code refusalGround}, {@code feeAmount}
 * (CNY) and the personal inputs {@code answerText} and {@code feeReason} on "Answer the request". A
 * refusal leaves {@code refusalGroundLabel} (the ground as people read it) in place of the ground's
 * code.
 */
@Named("dataSubjectRequestProcess")
@ApplicationScoped
public class DataSubjectRequestProcess implements FormFacts {

  static final String SYSTEM = "system";

  static final Set<String> GROUPS =
      Set.of(StaffGroups.CUSTOMER_SERVICE, StaffGroups.PRIVACY_OFFICER);
  static final Set<String> FACTS =
      Set.of(
          "kindLabel",
          "channelLabel",
          "subject",
          "receivedAt",
          "deadline",
          "deletionGroundLabel",
          "details",
          "earlier",
          "fee",
          "automatedDecisions");
  static final Set<String> PERSONAL_INPUTS =
      Set.of("answerText", "verificationMethod", "feeReason");

  private final DataSubjectRequests service;

  protected DataSubjectRequestProcess() {
    this.service = null;
  }

  @Inject
  public DataSubjectRequestProcess(DataSubjectRequests service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  @Override
  public String processKey() {
    return DataSubjectRequestProcessStarter.PROCESS_KEY;
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
    DataSubjectRequests.HandlerFacts facts =
        service.forHandler(id(task.getVariable("requestId")), user, groups);
    RequestView request = facts.request();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kindLabel", request.kindLabel());
    out.put("channelLabel", request.channelLabel());
    out.put("subject", request.subject());
    out.put("receivedAt", ChinaTime.of(request.receivedAt()));
    out.put(
        "deadline",
        request.lastDay() == null
            ? "身份验证后开始计算 Starts when identity is verified"
            : request.lastDay()
                + (request.escalated() ? "  已升级至隐私官 escalated to the privacy officer" : "")
                + (request.overdue() ? "  已逾期 OVERDUE" : ""));
    out.put(
        "deletionGroundLabel",
        request.deletionGroundLabel() == null ? "—" : request.deletionGroundLabel());
    out.put("details", facts.details() == null ? "—" : facts.details());
    out.put(
        "earlier",
        facts.earlierRequests()
            + (request.repeated() ? " (repeated: may be refused or charged, DSR-6)" : ""));
    out.put("fee", feeFact(request.fee()));
    out.put("automatedDecisions", String.join("\n", facts.automatedDecisions()));
    return out;
  }

  /** The fee a returning answer task was charged with, as the handler reads it (DSR-6). */
  static String feeFact(RequestView.FeeView fee) {
    if (fee == null) {
      return "—";
    }
    String amount = fee.amount().toPlainString() + " 元 CNY";
    return fee.acceptedAt() != null
        ? amount + "，申请人已于 " + ChinaTime.of(fee.acceptedAt()) + " 确认 accepted by the person"
        : amount + "，待申请人确认 awaiting the person's acceptance until " + ChinaTime.of(fee.acceptBy());
  }

  /** "Register the request". */
  public void register(DelegateExecution execution) {
    Object value = execution.getVariable("requestId");
    String id = value == null ? execution.getProcessBusinessKey() : value.toString();
    RequestView request = service.request(id(id), SYSTEM);
    execution.setProcessBusinessKey(request.id());
    execution.setVariable("requestId", request.id());
    execution.setVariable("kind", request.kind());
    execution.setVariable("channel", request.channel());
    execution.setVariable("verification", request.verification());
    // ACCESS and CORRECTION: customer service; the rest: the privacy office (the privacy officer
    // sees all).
    execution.setVariable(
        "handlerGroups",
        "ACCESS".equals(request.kind()) || "CORRECTION".equals(request.kind())
            ? StaffGroups.CUSTOMER_SERVICE + "," + StaffGroups.PRIVACY_OFFICER
            : StaffGroups.PRIVACY_OFFICER);
    apply(execution, request);
  }

  /** Complete listener of "Verify identity": customer service's finding. */
  public void verify(DelegateTask task) {
    Object verified = task.getVariable("verified");
    if (!(verified instanceof Boolean) && !(verified instanceof String)) {
      throw DomainException.invalid("verified", "say whether identity was verified");
    }
    boolean yes = Boolean.parseBoolean(verified.toString());
    Object method = task.getVariable("verificationMethod");
    apply(
        task,
        service.verifyByStaff(
            id(task.getVariable("requestId")),
            handlerOf(task),
            yes,
            method == null ? null : method.toString()));
    task.removeVariable("verificationMethod");
  }

  /** "Reload after the code": the clock's dates for the timers. */
  public void refresh(DelegateExecution execution) {
    apply(execution, service.request(id(execution.getVariable("requestId")), SYSTEM));
  }

  /** "Close unverified": nobody verified within the window. */
  public void lapse(DelegateExecution execution) {
    apply(execution, service.verificationLapsed(id(execution.getVariable("requestId"))));
  }

  /**
   * Complete listener of "Answer the request": fulfil (carried out across contexts) or refuse on a
   * ground.
   */
  public void answer(DelegateTask task) {
    Object decision = task.getVariable("decision");
    String id = id(task.getVariable("requestId"));
    Object text = task.getVariable("answerText");
    String answer = text == null ? null : text.toString();
    RequestView view;
    if ("FULFIL".equals(decision)) {
      java.util.Map<String, String> corrections = new java.util.LinkedHashMap<>();
      for (String field : java.util.List.of("contactName", "contactPhone", "serviceAddress")) {
        Object value = task.getVariable("corrected_" + field);
        if (value != null && !value.toString().isBlank()) {
          corrections.put(field, value.toString());
        }
      }
      view = service.fulfil(id, handlerOf(task), answer, corrections);
    } else if ("REFUSE".equals(decision)) {
      Object ground = task.getVariable("refusalGround");
      String code = ground == null ? null : ground.toString();
      view = service.refuse(id, handlerOf(task), code, answer);
      // Cockpit shows variables to people: the ground's label stays, not its code.
      task.setVariable("refusalGroundLabel", RefusalGrounds.label(code));
      task.removeVariable("refusalGround");
    } else if ("CHARGE".equals(decision)) {
      Object reason = task.getVariable("feeReason");
      view =
          service.chargeFee(
              id, handlerOf(task), feeAmount(task), reason == null ? null : reason.toString());
    } else {
      throw DomainException.invalid("decision", "choose FULFIL, REFUSE or CHARGE");
    }
    apply(task, view);
    task.removeVariable("answerText");
    task.removeVariable("feeReason");
    for (String field : java.util.List.of("contactName", "contactPhone", "serviceAddress")) {
      task.removeVariable("corrected_" + field);
    }
  }

  /** "Close: fee not accepted": the acceptance deadline passed (DSR-6). */
  public void feeLapsed(DelegateExecution execution) {
    apply(execution, service.feeLapsed(id(execution.getVariable("requestId"))));
  }

  /** The form's number field arrives as a number or, through the REST API, as text. */
  private static BigDecimal feeAmount(DelegateTask task) {
    Object value = task.getVariable("feeAmount");
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("feeAmount", "an amount in CNY (yuan), e.g. 20 or 15.50");
    }
  }

  /** "Remind the handler". */
  public void remind(DelegateExecution execution) {
    service.remind(id(execution.getVariable("requestId")));
  }

  /**
   * "Escalate to the privacy officer": recorded, and the open task offered to the privacy officer.
   */
  public void escalate(DelegateExecution execution) {
    String id = id(execution.getVariable("requestId"));
    apply(execution, service.escalate(id));
    var tasks = execution.getProcessEngineServices().getTaskService();
    tasks
        .createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .list()
        .forEach(t -> tasks.addCandidateGroup(t.getId(), StaffGroups.PRIVACY_OFFICER));
  }

  /** "Mark overdue". */
  public void markOverdue(DelegateExecution execution) {
    apply(execution, service.markOverdue(id(execution.getVariable("requestId"))));
  }

  private static void apply(VariableScope scope, RequestView request) {
    scope.setVariable("requestState", request.state());
    scope.setVariable("remindAt", iso(request.remindAt()));
    scope.setVariable("escalateAt", iso(request.escalateAt()));
    scope.setVariable("dueAt", iso(request.dueAt()));
    scope.setVariable("lastDay", request.lastDay() == null ? null : request.lastDay().toString());
    scope.setVariable("feeAcceptBy", request.fee() == null ? null : iso(request.fee().acceptBy()));
  }

  private static String handlerOf(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : task.getAssignee();
  }

  private static String id(Object value) {
    if (!(value instanceof String id) || id.isBlank()) {
      throw new IllegalStateException("The process has no requestId");
    }
    return id;
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
