package com.meike.privacy.bpmn.breach;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.incidents.application.IncidentRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts {@code breach-notification} when an incident is registered — in the registering
 * transaction, so an incident never exists without its process, nor the reverse.
 */
@ApplicationScoped
public class BreachProcessStarter {

  public static final String PROCESS_KEY = "breach-notification";

  @Inject RuntimeService runtime;

  void onRegistered(@Observes IncidentRegistered registered) {
    EngineDoors.asApplication(() -> runtime.startProcessInstanceByKey(PROCESS_KEY,
        registered.incidentId(), Map.of("incidentId", registered.incidentId())));
  }
}
