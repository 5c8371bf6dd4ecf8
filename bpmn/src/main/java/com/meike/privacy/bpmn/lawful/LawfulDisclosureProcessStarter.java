package com.meike.privacy.bpmn.lawful;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.lawful.application.LawfulDisclosureRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts {@code lawful-disclosure} when a request is registered — in the registering transaction,
 * so a request never exists without its review, nor the reverse. Screening runs at once: the API's
 * answer already says whether a request was refused without review.
 */
@ApplicationScoped
public class LawfulDisclosureProcessStarter {

  public static final String PROCESS_KEY = "lawful-disclosure";

  @Inject RuntimeService runtime;

  void onRequested(@Observes LawfulDisclosureRequested requested) {
    EngineDoors.asApplication(
        () ->
            runtime.startProcessInstanceByKey(
                PROCESS_KEY, requested.requestId(), Map.of("requestId", requested.requestId())));
  }
}
