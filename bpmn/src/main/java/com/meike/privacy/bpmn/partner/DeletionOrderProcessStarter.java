package com.meike.privacy.bpmn.partner;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.partner.application.DeletionOrderPlaced;
import com.meike.privacy.partner.application.DeletionOrderReplied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts {@code partner-deletion-order} when an order is written and moves it on with the partners'
 * answers — in the caller's transaction, so an order never exists without its process, and an
 * answer is recorded exactly when the process hears of it. The partner context knows nothing of
 * Camunda: it raises CDI events, this bean translates them.
 */
@ApplicationScoped
public class DeletionOrderProcessStarter {

  public static final String PROCESS_KEY = "partner-deletion-order";
  public static final String COMPLETED = "DeletionOrderCompleted";
  public static final String FAILED = "DeletionOrderFailed";

  @Inject RuntimeService runtime;

  @Inject
  @ConfigProperty(name = "meike.partner.ack-timeout", defaultValue = "PT24H")
  Duration ackTimeout;

  void onPlaced(@Observes DeletionOrderPlaced placed) {
    EngineDoors.asApplication(
        () ->
            runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                placed.orderId(),
                Map.of("orderId", placed.orderId(), "ackTimeout", ackTimeout.toString())));
  }

  /**
   * Correlates with whichever instance waits for it; none waits while operations hold the task for
   * a failure.
   */
  void onReplied(@Observes DeletionOrderReplied replied) {
    String message =
        replied.complete() ? COMPLETED : "FAILED".equals(replied.status()) ? FAILED : null;
    if (message != null) {
      runtime
          .createMessageCorrelation(message)
          .processInstanceBusinessKey(replied.orderId())
          .correlateAllWithResult();
    }
  }
}
