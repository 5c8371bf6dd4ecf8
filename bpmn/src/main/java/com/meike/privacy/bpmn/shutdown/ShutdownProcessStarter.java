package com.meike.privacy.bpmn.shutdown;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.rights.application.ShutdownRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts {@code shutdown-data-disposal} when a shutdown is requested, in the request's transaction.
 */
@ApplicationScoped
public class ShutdownProcessStarter {

  public static final String PROCESS_KEY = "shutdown-data-disposal";

  @Inject RuntimeService runtime;

  void onRequested(@Observes ShutdownRequested requested) {
    EngineDoors.asApplication(
        () ->
            runtime.startProcessInstanceByKey(
                PROCESS_KEY, requested.shutdownId(), Map.of("shutdownId", requested.shutdownId())));
  }
}
