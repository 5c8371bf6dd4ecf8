package com.meike.privacy.bpmn.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Who may start which process, with which variables, and who may work on which task — one place for
 * every way into the engine (Tasklist, {@code /engine-rest}, {@code /api}). Issue 12, items 1, 2, 4
 * and 6.
 *
 * <p>Starts: the application's own code starts processes inside {@link #asApplication}; every other
 * start (a person through Tasklist or {@code /engine-rest}) is allowed only for a process whose
 * {@link StartRule} says staff may start it, only at its start event, and only with the variables
 * the rule lists. The starter variable (the applicant) is always the authenticated person. A
 * refusal is an {@link AuthorizationException}: Camunda's REST layers (ours and Tasklist's) answer
 * it with 403 and its message, never 500.
 *
 * <p>Tasks: see {@link TaskDoors}.
 */
public class EngineDoors extends AbstractProcessEnginePlugin {

  /**
   * What a start may carry.
   *
   * @param staffMayStart whether a person (Tasklist, {@code /engine-rest}) may start it at all
   * @param staffVariables the variables a person's start may give
   * @param applicationVariables the variables the application's start gives
   * @param starterVariable the variable that names the starter (set from the authentication), or
   *     null
   * @param onSchedule whether the engine's own timer starts it (a timer start event, run by the job
   *     executor without a signed-in person); a person — also one who runs the timer's job by hand
   *     in Cockpit — is refused like any other start of a process staff may not start
   */
  public record StartRule(
      boolean staffMayStart,
      Set<String> staffVariables,
      Set<String> applicationVariables,
      String starterVariable,
      boolean onSchedule) {

    public StartRule(
        boolean staffMayStart,
        Set<String> staffVariables,
        Set<String> applicationVariables,
        String starterVariable) {
      this(staffMayStart, staffVariables, applicationVariables, starterVariable, false);
    }

    static StartRule applicationOnly(String... variables) {
      return new StartRule(false, Set.of(), Set.of(variables), null);
    }

    /** Started by the engine's own timer only (and by the application), with no variables. */
    static StartRule scheduled() {
      return new StartRule(false, Set.of(), Set.of(), null, true);
    }

    /** Whether this start is the timer's: a scheduled process, no signed-in person. */
    boolean startedOnSchedule() {
      return onSchedule && Context.getCommandContext().getAuthenticatedUserId() == null;
    }
  }

  /**
   * Every process of ours. A process missing here is started by the application only, with any
   * variables; nobody starts it from outside.
   */
  public static final Map<String, StartRule> START_RULES =
      Map.of(
          // REC-8: staff apply from Tasklist's start form (the form's three fields); the API starts
          // it for an application it has just registered (its id) — never for an existing one.
          "recording-access-approval",
          new StartRule(
              true, Set.of("orderNumber", "use", "reason"), Set.of("applicationId"), "applicant"),
          "complaint-escalation",
          StartRule.applicationOnly("complaintNumber"),
          "lawful-disclosure",
          StartRule.applicationOnly("requestId"),
          "partner-deletion-order",
          StartRule.applicationOnly("orderId", "ackTimeout"),
          // INC-1: the security team and the privacy office register an incident from Tasklist's
          // start
          // form (its fields, checked as POST /api/incidents checks them); the API starts it for an
          // incident it has just registered (its id) — never for an existing one.
          "breach-notification",
          new StartRule(
              true,
              Set.of(
                  "discoveredAt",
                  "description",
                  "systems",
                  "categories",
                  "estimatedPeople",
                  "childrenAffected",
                  "grade"),
              Set.of("incidentId"),
              "registeredBy"),
          // SHUT-1: the privacy officer or the head of operations asks for a shutdown from
          // Tasklist's
          // start form (checked as POST /api/shutdowns checks it); the API starts it for a shutdown
          // it
          // has just registered (its id).
          "shutdown-data-disposal",
          new StartRule(
              true,
              Set.of("service", "shutdownDate", "reason"),
              Set.of("shutdownId"),
              "requestedBy"),
          // AUD-4: the daily review of the regulatory thresholds. (INC-3's incident-drill is not
          // here: the application's yearly check starts it, nobody else.)
          "regulatory-threshold-review",
          StartRule.scheduled());

  private static final ThreadLocal<Boolean> APPLICATION = ThreadLocal.withInitial(() -> false);

  /**
   * Runs a process start of the application's own code (after its own checks and in its
   * transaction): the start door lets it through with the application's variables.
   */
  public static <T> T asApplication(Supplier<T> start) {
    boolean outer = APPLICATION.get();
    APPLICATION.set(true);
    try {
      return start.get();
    } finally {
      APPLICATION.set(outer);
    }
  }

  static boolean startedByApplication() {
    return APPLICATION.get();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners =
        configuration.getCustomPreBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new StartListenerOnEveryProcess());
    configuration.setCustomPreBPMNParseListeners(listeners);
    // The engine adds its default checkers only when none are set: ours replaces the
    // authorization checker (it extends it), the tenant checker stays.
    configuration.setCommandCheckers(
        new ArrayList<>(List.of(new TenantCommandChecker(), new TaskDoors())));
  }

  /** A built-in listener: a start with {@code skipCustomListeners} cannot skip it. */
  static final class StartListenerOnEveryProcess extends AbstractBpmnParseListener {
    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      processDefinition.addBuiltInListener(
          ExecutionListener.EVENTNAME_START, new StartVariablesCheck());
    }
  }

  /** Runs at the process instance's start, after the starter's variables are set. */
  static final class StartVariablesCheck implements ExecutionListener {
    @Override
    public void notify(DelegateExecution execution) {
      if (!execution.getId().equals(execution.getProcessInstanceId())) {
        return;
      }
      String key = ((ExecutionEntity) execution).getProcessDefinition().getKey();
      StartRule rule = START_RULES.get(key);
      boolean application = startedByApplication() || startedOnSchedule(key);
      if (rule == null) {
        if (!application) {
          throw refused("The process '" + key + "' is started by the application only.");
        }
        return;
      }
      Set<String> given = new TreeSet<>(execution.getVariableNamesLocal());
      if (rule.starterVariable() != null) {
        given.remove(rule.starterVariable());
      }
      Set<String> allowed = application ? rule.applicationVariables() : rule.staffVariables();
      given.removeAll(allowed);
      if (!given.isEmpty()) {
        throw refused(
            "A start of '"
                + key
                + "' may give only "
                + new TreeSet<>(allowed)
                + "; the process sets "
                + given
                + " itself.");
      }
      if (rule.starterVariable() != null && !application) {
        String user = Context.getCommandContext().getAuthenticatedUserId();
        if (user == null) {
          throw refused(
              "The process '" + key + "' is started by a signed-in person or by the application.");
        }
        Object claimed = execution.getVariableLocal(rule.starterVariable());
        if (claimed != null && !user.equals(claimed)) {
          throw refused(
              "'" + rule.starterVariable() + "' is always the person who starts the process.");
        }
        execution.setVariableLocal(rule.starterVariable(), user);
      }
    }
  }

  /**
   * Whether this start is the engine's own timer starting a process whose {@link StartRule} says it
   * starts {@link StartRule#onSchedule on schedule}.
   */
  static boolean startedOnSchedule(String key) {
    StartRule rule = START_RULES.get(key);
    return rule != null && rule.startedOnSchedule();
  }

  static AuthorizationException refused(String message) {
    return new AuthorizationException(message);
  }
}
