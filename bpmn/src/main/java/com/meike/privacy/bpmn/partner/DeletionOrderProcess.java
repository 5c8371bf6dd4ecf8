package com.meike.privacy.bpmn.partner;

import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.time.ChinaTime;
import com.meike.privacy.partner.application.DeletionOrderView;
import com.meike.privacy.partner.application.PartnerDeletionOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The expressions of {@code partner-deletion-order}. Variables written: {@code orderId}, {@code
 * orderedAt}, {@code complete}, {@code partnersOutstanding}, {@code partnersAcknowledged} (partner
 * ids, comma-separated) and {@code partnersFailed} (one line per partner: id and its reason). The
 * person is not copied into the process: operations chase partners, not people. Form field read:
 * {@code chaseOutcome} (CHASED | ESCALATED), {@code chaseNote}.
 */
@Named("deletionOrderProcess")
@ApplicationScoped
public class DeletionOrderProcess {

  static final String SYSTEM = "system";
  static final List<String> OUTCOMES = List.of("CHASED", "ESCALATED");
  static final List<String> ESCALATION_OUTCOMES = List.of("WAIT_AGAIN", "CLOSED");
  private final PartnerDeletionOrders orders;

  /** For the CDI proxy only. */
  protected DeletionOrderProcess() {
    this.orders = null;
  }

  @Inject
  public DeletionOrderProcess(PartnerDeletionOrders orders) {
    this.orders = Objects.requireNonNull(orders, "orders");
  }

  /** "Read the order's standing" and "Read the order for operations". */
  public void load(DelegateExecution execution) {
    Object id = execution.getVariable("orderId");
    String orderId =
        id instanceof String text && !text.isBlank() ? text : execution.getProcessBusinessKey();
    DeletionOrderView order = orders.order(orderId, SYSTEM);
    execution.setVariable("orderId", order.id());
    execution.setVariable("orderedAt", ChinaTime.of(order.orderedAt()));
    execution.setVariable("complete", order.complete());
    execution.setVariable("partnersOutstanding", String.join(", ", order.outstanding()));
    execution.setVariable("partnersAcknowledged", String.join(", ", order.acknowledged()));
    execution.setVariable(
        "partnersFailed",
        order.recipients().stream()
            .filter(r -> "FAILED".equals(r.status()))
            .map(r -> r.partner() + ": " + (r.reason() == null ? "(no reason given)" : r.reason()))
            .collect(Collectors.joining("\n")));
    // A new round starts with an empty choice.
    execution.removeVariable("chaseOutcome");
    execution.removeVariable("escalationOutcome");
  }

  /** Complete listener of "Chase the partners": the outcome must be one of the two. */
  public void decide(DelegateTask task) {
    Object outcome = task.getVariable("chaseOutcome");
    if (!(outcome instanceof String value) || !OUTCOMES.contains(value)) {
      throw DomainException.invalid("chaseOutcome", "choose CHASED or ESCALATED");
    }
  }

  /**
   * Complete listener of "Privacy office handles the escalation" (issue 17): wait for the partners
   * again or close the escalation, with a note of what was done.
   */
  public void decideEscalation(DelegateTask task) {
    Object outcome = task.getVariable("escalationOutcome");
    if (!(outcome instanceof String value) || !ESCALATION_OUTCOMES.contains(value)) {
      throw DomainException.invalid("escalationOutcome", "choose WAIT_AGAIN or CLOSED");
    }
    Object note = task.getVariable("escalationNote");
    if (!(note instanceof String text) || text.isBlank()) {
      throw DomainException.invalid("escalationNote", "is required");
    }
  }
}
