package com.meike.privacy.bpmn.complaint;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.incidents.application.ComplaintFiled;
import com.meike.privacy.incidents.application.ComplaintInformationProvided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts {@code complaint-escalation} when a complaint is filed, and moves it on when the
 * complainant replies to a request for information — both in the caller's transaction, so a
 * complaint never exists without its process, nor a recorded reply without the process resuming.
 * The evidence the task forms show (attachments, recording-access applications and their state) is
 * read when a form opens ({@link ComplaintProcess#load}), so it is always current.
 */
@ApplicationScoped
public class ComplaintProcessStarter {

  public static final String PROCESS_KEY = "complaint-escalation";

  /**
   * Message the receive task "Await the complainant's reply" waits for, correlated by business key.
   */
  public static final String INFORMATION_RECEIVED = "ComplaintInformationReceived";

  @Inject RuntimeService runtime;

  void onFiled(@Observes ComplaintFiled filed) {
    EngineDoors.asApplication(
        () ->
            runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                filed.complaintNumber(),
                Map.of("complaintNumber", filed.complaintNumber())));
  }

  /**
   * Correlates with whichever instance waits (none when the wait limit passed in the same moment:
   * the reply is recorded all the same and customer service sees it in the history).
   */
  void onInformationProvided(@Observes ComplaintInformationProvided provided) {
    runtime
        .createMessageCorrelation(INFORMATION_RECEIVED)
        .processInstanceBusinessKey(provided.complaintNumber())
        .correlateAllWithResult();
  }
}
