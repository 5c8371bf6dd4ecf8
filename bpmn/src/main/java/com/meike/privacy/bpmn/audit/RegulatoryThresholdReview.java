package com.meike.privacy.bpmn.audit;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.rights.application.RegulatoryCounters;
import com.meike.privacy.rights.application.RegulatoryCounters.CountersView;
import com.meike.privacy.rights.application.RegulatoryCounters.ThresholdView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The expressions of {@code regulatory-threshold-review} (AUD-4). Every morning the counters are
 * read from the records; when a threshold is near or reached in a standing the privacy office has
 * not reviewed yet, the privacy officer gets a task showing them. The standing (year and each
 * threshold's state, no personal data) is the business key, set here and never by a person, so a
 * standing is reviewed once: "already reviewed" is read from the engine's history of completed
 * review tasks with that key, not from a variable anyone could submit.
 *
 * <p>Variables written (counts, no personal data): {@code countersAsOf}, {@code peopleAbroad},
 * {@code sensitivePeopleAbroad}, {@code childrenUnder14}, {@code totalPeople}, {@code attention},
 * {@code needsReview}, {@code reviewDue}. Form fields read: {@code reviewNote}.
 */
@Named("regulatoryThresholdReview")
@ApplicationScoped
public class RegulatoryThresholdReview {

  public static final String PROCESS = "regulatory-threshold-review";
  static final String REVIEW_TASK = "UserTask_ReviewThresholds";
  static final String SYSTEM = "system";
  static final int MAX_NOTE = 2000;

  private final RegulatoryCounters counters;

  /** For the CDI proxy only. */
  protected RegulatoryThresholdReview() {
    this.counters = null;
  }

  @Inject
  public RegulatoryThresholdReview(RegulatoryCounters counters) {
    this.counters = Objects.requireNonNull(counters, "counters");
  }

  /** "Count from the records". */
  public void count(DelegateExecution execution) {
    CountersView view = counters.counters(SYSTEM);
    List<ThresholdView> attention = view.needingAttention();
    String standing =
        view.abroadSince().getYear()
            + ":"
            + view.thresholds().stream()
                .map(t -> t.code() + "=" + t.state())
                .collect(Collectors.joining(","));
    execution.setProcessBusinessKey(standing);
    execution.setVariable("countersAsOf", ChinaTime.of(view.asOf()));
    execution.setVariable("peopleAbroad", view.peopleAbroad());
    execution.setVariable("sensitivePeopleAbroad", view.sensitivePeopleAbroad());
    execution.setVariable("childrenUnder14", view.childrenUnder14());
    execution.setVariable("totalPeople", view.totalPeople());
    execution.setVariable(
        "attention",
        attention.stream()
            .map(
                t ->
                    "· "
                        + t.label()
                        + ": "
                        + t.count()
                        + " / "
                        + t.threshold()
                        + " — "
                        + t.stateLabel()
                        + "\n  → "
                        + t.consequence())
            .collect(Collectors.joining("\n")));
    boolean reviewed =
        execution
                .getProcessEngineServices()
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(standing)
                .taskDefinitionKey(REVIEW_TASK)
                .taskDeleteReason("completed")
                .count()
            > 0;
    execution.setVariable("needsReview", !attention.isEmpty() && !reviewed);
    execution.setVariable("reviewDue", java.util.Date.from(view.asOf().plus(7, ChronoUnit.DAYS)));
  }

  /** Complete listener of the review: what the privacy office will do is required. */
  public void reviewed(DelegateTask task) {
    Object note = task.getVariable("reviewNote");
    if (!(note instanceof String text) || text.strip().length() < 5) {
      throw DomainException.invalid(
          "reviewNote",
          "请写明隐私办公室将采取的措施 Say what the privacy office will do (at least 5 characters)");
    }
    if (text.length() > MAX_NOTE) {
      throw DomainException.invalid("reviewNote", "at most " + MAX_NOTE + " characters");
    }
  }
}
