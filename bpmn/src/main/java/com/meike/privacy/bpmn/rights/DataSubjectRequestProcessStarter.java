package com.meike.privacy.bpmn.rights;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.rights.application.DataSubjectFeeAccepted;
import com.meike.privacy.rights.application.DataSubjectIdentityVerified;
import com.meike.privacy.rights.application.DataSubjectRequestFiled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts {@code data-subject-request} when a request is made, and moves it on when the requester
 * verified with a fresh code or accepted a fee — each in the caller's transaction, so a request
 * never exists without its process.
 */
@ApplicationScoped
public class DataSubjectRequestProcessStarter {

  public static final String PROCESS_KEY = "data-subject-request";

  /** Message the event-based gateway "Await the code" waits for, correlated by business key. */
  public static final String IDENTITY_VERIFIED = "DataSubjectIdentityVerified";

  /** Message the event-based gateway "Await the person's acceptance" waits for (DSR-6). */
  public static final String FEE_ACCEPTED = "DataSubjectFeeAccepted";

  @Inject RuntimeService runtime;

  void onFiled(@Observes DataSubjectRequestFiled filed) {
    EngineDoors.asApplication(
        () ->
            runtime.startProcessInstanceByKey(
                PROCESS_KEY, filed.requestId(), Map.of("requestId", filed.requestId())));
  }

  void onVerified(@Observes DataSubjectIdentityVerified verified) {
    runtime
        .createMessageCorrelation(IDENTITY_VERIFIED)
        .processInstanceBusinessKey(verified.requestId())
        .correlateAllWithResult();
  }

  void onFeeAccepted(@Observes DataSubjectFeeAccepted accepted) {
    runtime
        .createMessageCorrelation(FEE_ACCEPTED)
        .processInstanceBusinessKey(accepted.requestId())
        .correlateAllWithResult();
  }
}
