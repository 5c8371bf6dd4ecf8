package com.meike.privacy.bpmn.shutdown;

import com.meike.privacy.bpmn.engine.StaffNames;
import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.rights.application.DisposalReport;
import com.meike.privacy.rights.application.ShutdownRequest;
import com.meike.privacy.rights.application.ShutdownView;
import com.meike.privacy.rights.application.Shutdowns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The expressions of {@code shutdown-data-disposal} (SHUT-1). Variables hold the shutdown's id, its
 * state, the timer date and what the forms show about the service — names, dates, purpose codes,
 * counts; no person's data (a shutdown concerns a service, the people are reached by id in the
 * rights context, a batch at a time). Decisions are read from the form fields {@code decision}
 * (APPROVE | REJECT) with {@code decisionComment}, and {@code signOffComment}.
 */
@Named("shutdownProcess")
@ApplicationScoped
public class ShutdownProcess {

  static final String SYSTEM = "system";

  /**
   * People per batch: one transaction (one job) each, so a crash loses at most one batch's work,
   * which is redone.
   */
  static final int BATCH = 200;

  /**
   * People per disposal batch: one transaction (one job) each, as {@link #BATCH}; larger, since the
   * contexts dispose of a batch with a few set-based statements and one audit entry each (issue
   * 16's benchmark), so a batch of 2,000 takes about a second.
   */
  static final int DISPOSAL_BATCH = 2000;

  private final Shutdowns service;
  private final StaffDirectory directory;

  protected ShutdownProcess() {
    this.service = null;
    this.directory = null;
  }

  @Inject
  public ShutdownProcess(Shutdowns service, StaffDirectory directory) {
    this.service = Objects.requireNonNull(service, "service");
    this.directory = directory;
  }

  /**
   * "Register the shutdown": the facts the forms show and the shutdown date's timer. Started from
   * Tasklist's start form (no {@code shutdownId}), it first asks for the shutdown exactly as {@code
   * POST /api/shutdowns} does — the same checks of the service, the date and the starter's groups —
   * with the form's {@code service}, {@code shutdownDate} and {@code reason}.
   */
  public void register(DelegateExecution execution) {
    if (execution.getVariable("shutdownId") == null) {
      ShutdownView requested =
          service.requestFromProcess(
              new ShutdownRequest(
                  text(execution.getVariable("service")),
                  date(execution.getVariable("shutdownDate")),
                  text(execution.getVariable("reason"))),
              text(execution.getVariable("requestedBy")),
              groupsOfStarter(execution));
      execution.removeVariable("service");
      execution.setProcessBusinessKey(requested.id());
      execution.setVariable("shutdownId", requested.id());
    }
    ShutdownView view = service.shutdown(id(execution), SYSTEM);
    execution.setVariable("serviceCode", view.service().code());
    execution.setVariable("serviceName", view.service().name());
    execution.setVariable("serviceKind", view.service().kindLabel());
    execution.setVariable(
        "serviceCity", view.service().city() == null ? "—" : view.service().city());
    execution.setVariable("purposes", String.join(", ", view.service().purposes()));
    execution.setVariable(
        "partners",
        view.service().partners().isEmpty() ? "—" : String.join(", ", view.service().partners()));
    execution.setVariable(
        "financial", view.service().financial() ? "是，另发短信 Yes: notices by SMS as well" : "否 No");
    execution.setVariable("shutdownDate", view.shutdownDate().toString());
    execution.setVariable("earliestDate", view.earliestDate().toString());
    execution.setVariable("reason", view.reason());
    execution.setVariable("requestedBy", view.requestedBy());
    execution.setVariable("requestedByName", StaffNames.of(directory, view.requestedBy()));
    execution.setVariable("requestedAt", ChinaTime.of(view.requestedAt()));
    execution.setVariable(
        "disposeAt",
        WorkingDayCalendar.startOf(view.shutdownDate(), WorkingDayCalendar.CHINA).toString());
    apply(execution, view);
  }

  /** Complete listener of "Approve the shutdown": approving stops collection at once. */
  public void decide(DelegateTask task) {
    Object decision = task.getVariable("decision");
    Object comment = task.getVariable("decisionComment");
    boolean approve;
    if ("APPROVE".equals(decision)) {
      approve = true;
    } else if ("REJECT".equals(decision)) {
      approve = false;
    } else {
      throw DomainException.invalid("decision", "choose APPROVE or REJECT");
    }
    apply(
        task,
        service.decide(
            id(task), approve, comment == null ? null : comment.toString(), actorOf(task)));
  }

  /**
   * "Notify the affected people" (its own job): starts or follows the notice campaign; 0 when it is
   * finished.
   */
  public void noticeBatch(DelegateExecution execution) {
    int told = service.noticeBatch(id(execution), BATCH);
    execution.setVariable("lastBatch", told);
    execution.setVariable("noticesSent", service.shutdown(id(execution), SYSTEM).noticesSent());
  }

  /** "Publish the announcement": for everyone not reached one by one. */
  public void announce(DelegateExecution execution) {
    apply(execution, service.announce(id(execution)));
  }

  /** "Dispose of a batch" (its own job): how many people; 0 when the disposal is complete. */
  public void disposalBatch(DelegateExecution execution) {
    int disposed = service.disposalBatch(id(execution), DISPOSAL_BATCH);
    execution.setVariable("lastBatch", disposed);
    apply(execution, service.shutdown(id(execution), SYSTEM));
  }

  /**
   * The variables this process may hold: the shutdown's id and facts about the service, counts,
   * dates and the form fields. Anything else in its runtime or history tables is counted by the
   * verification as left in the engine (a variable that could carry a person's data).
   */
  static final java.util.Set<String> OWN_VARIABLES =
      java.util.Set.of(
          "shutdownId",
          "serviceCode",
          "serviceName",
          "serviceKind",
          "serviceCity",
          "purposes",
          "partners",
          "financial",
          "shutdownDate",
          "earliestDate",
          "reason",
          "requestedBy",
          "requestedByName",
          "requestedAt",
          "disposeAt",
          "shutdownState",
          "stateLabel",
          "collectionStoppedAt",
          "noticesSent",
          "announcedAt",
          "peopleBefore",
          "peopleDisposed",
          "deletionOrders",
          "lastBatch",
          "clean",
          "report",
          "decision",
          "decisionComment",
          "signOffComment",
          "initiator");

  /**
   * "Verify nothing is left": every context's stores through the rights context, and the engine's
   * own tables here (the contexts do not see the engine): variables of this process, runtime and
   * history, other than its own facts. The report, and whether it is clean.
   */
  public void verify(DelegateExecution execution) {
    DisposalReport report =
        service.verify(
            id(execution),
            Map.of(
                "process variables other than the shutdown's facts (runtime and history)",
                strayVariables(execution)));
    execution.setVariable("clean", report.clean());
    execution.setVariable("report", report.text());
    apply(execution, service.shutdown(id(execution), SYSTEM));
  }

  /** "Dispose again": a failed verification goes back to disposal, never to done. */
  public void disposeAgain(DelegateExecution execution) {
    apply(execution, service.disposeAgain(id(execution)));
  }

  /** Complete listener of "Sign off the disposal report". */
  public void signOff(DelegateTask task) {
    Object comment = task.getVariable("signOffComment");
    apply(
        task,
        service.signOff(id(task), actorOf(task), comment == null ? null : comment.toString()));
  }

  static long strayVariables(DelegateExecution execution) {
    var engine = execution.getProcessEngineServices();
    String instance = execution.getProcessInstanceId();
    long stray =
        engine
            .getRuntimeService()
            .createVariableInstanceQuery()
            .processInstanceIdIn(instance)
            .list()
            .stream()
            .filter(v -> !OWN_VARIABLES.contains(v.getName()))
            .count();
    stray +=
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance)
            .list()
            .stream()
            .filter(v -> !OWN_VARIABLES.contains(v.getName()))
            .count();
    return stray;
  }

  private static void apply(VariableScope scope, ShutdownView view) {
    scope.setVariable("shutdownState", view.state());
    scope.setVariable("stateLabel", view.stateLabel());
    scope.setVariable("collectionStoppedAt", at(view.collectionStoppedAt()));
    scope.setVariable("noticesSent", view.noticesSent());
    scope.setVariable("announcedAt", at(view.announcedAt()));
    scope.setVariable(
        "peopleBefore", view.peopleBefore() == null ? "—" : view.peopleBefore().toString());
    scope.setVariable("peopleDisposed", view.peopleDisposed());
    scope.setVariable("deletionOrders", view.deletionOrders());
  }

  private static String at(Instant instant) {
    return instant == null ? "—" : ChinaTime.of(instant);
  }

  private static String actorOf(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : task.getAssignee();
  }

  /** The groups of the person who started the process from Tasklist (none without one). */
  static java.util.Set<String> groupsOfStarter(DelegateExecution execution) {
    org.camunda.bpm.engine.impl.identity.Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null
        ? java.util.Set.of()
        : java.util.Set.copyOf(authentication.getGroupIds());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /**
   * A date field: form-js sends {@code 2027-04-30}; a Date (the engine's type) is read in China
   * time.
   */
  private static String date(Object value) {
    if (value instanceof java.util.Date d) {
      return java.time.LocalDate.ofInstant(d.toInstant(), WorkingDayCalendar.CHINA).toString();
    }
    return text(value);
  }

  private static String id(VariableScope scope) {
    if (!(scope.getVariable("shutdownId") instanceof String id) || id.isBlank()) {
      throw new IllegalStateException("The process has no shutdownId");
    }
    return id;
  }
}
