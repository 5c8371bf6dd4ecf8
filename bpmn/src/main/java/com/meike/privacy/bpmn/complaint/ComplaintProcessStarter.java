package com.meike.privacy.bpmn.complaint;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.bpmn.recording.RecordingAccessStateChanged;
import com.meike.privacy.incidents.application.ComplaintEvidenceChanged;
import com.meike.privacy.incidents.application.ComplaintFiled;
import com.meike.privacy.incidents.application.ComplaintInformationProvided;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Starts {@code complaint-escalation} when a complaint is filed, and moves it on when the
 * complainant replies to a request for information — both in the caller's transaction, so a
 * complaint never exists without its process, nor a recorded reply without the process resuming.
 * Keeps the evidence the task forms show (attachments, recording-access applications and their
 * state) current when it changes.
 */
@ApplicationScoped
public class ComplaintProcessStarter {

  public static final String PROCESS_KEY = "complaint-escalation";

  /** Message the receive task "Await the complainant's reply" waits for, correlated by business key. */
  public static final String INFORMATION_RECEIVED = "ComplaintInformationReceived";

  @Inject RuntimeService runtime;
  @Inject ComplaintService complaints;
  @Inject IdentityService identity;

  void onFiled(@Observes ComplaintFiled filed) {
    EngineDoors.asApplication(() -> runtime.startProcessInstanceByKey(
        PROCESS_KEY, filed.complaintNumber(), Map.of("complaintNumber", filed.complaintNumber())));
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

  /** An attachment or a recording-access application was added: the open task's form shows it. */
  void onEvidenceChanged(@Observes ComplaintEvidenceChanged changed) {
    refreshEvidence(changed.complaintNumber());
  }

  /**
   * An approver decided, the application lapsed or the grant was issued: if the application was
   * made from a complaint, that complaint's form shows the new state.
   */
  void onRecordingAccessStateChanged(@Observes RecordingAccessStateChanged changed) {
    complaints.complaintOfRecordingAccess(changed.applicationId()).ifPresent(this::refreshEvidence);
  }

  /**
   * Writes the evidence into the complaint's process as the system: the person whose action changed
   * it (an approver of the recording-access application, authenticated in the engine) has no right
   * on the complaint's process, and must not need one for this.
   */
  private void refreshEvidence(String complaintNumber) {
    ComplaintView complaint = complaints.complaint(complaintNumber, ComplaintProcess.SYSTEM);
    Authentication caller = identity == null ? null : identity.getCurrentAuthentication();
    if (caller != null) {
      identity.clearAuthentication();
    }
    try {
      runtime.createProcessInstanceQuery()
          .processDefinitionKey(PROCESS_KEY)
          .processInstanceBusinessKey(complaintNumber)
          .active()
          .list()
          .forEach(instance -> runtime.setVariables(instance.getId(), Map.of(
              "recordingAccess", ComplaintProcess.recordingAccess(complaint),
              "attachments", ComplaintProcess.attachments(complaint))));
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
