package com.meike.privacy.bpmn.recording;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.recording.application.RecordingAccessRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts {@code recording-access-approval} when an application is made through the API — in the
 * applying transaction, so an application never exists without its process, nor the reverse.
 */
@ApplicationScoped
public class RecordingAccessProcessStarter {

  public static final String PROCESS_KEY = "recording-access-approval";

  @Inject RuntimeService runtime;

  void onRequested(@Observes RecordingAccessRequested requested) {
    EngineDoors.asApplication(
        () ->
            runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                requested.applicationId(),
                Map.of("applicationId", requested.applicationId())));
  }
}
