package com.meike.privacy.bpmn.breach;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.incidents.application.IncidentGradeRaised;
import com.meike.privacy.incidents.application.IncidentRegistered;
import com.meike.privacy.notification.application.NoticeCampaignFinished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Starts {@code breach-notification} when an incident is registered — in the registering
 * transaction, so an incident never exists without its process, nor the reverse.
 */
@ApplicationScoped
public class BreachProcessStarter {

  public static final String PROCESS_KEY = "breach-notification";
  static final String CAMPAIGN_FINISHED = "BreachNoticeCampaignFinished";
  static final String GRADE_RAISED = "BreachGradeRaised";

  @Inject RuntimeService runtime;

  /**
   * A breach campaign told everyone it could: the incident's process, waiting at "Notices sent",
   * carries on (in the transaction of the campaign's last batch).
   */
  void onCampaignFinished(@Observes NoticeCampaignFinished finished) {
    if (BreachProcess.CAMPAIGN_PURPOSE.equals(finished.purpose())) {
      runtime
          .createMessageCorrelation(CAMPAIGN_FINISHED)
          .processInstanceBusinessKey(finished.reference())
          .correlateAllWithResult();
    }
  }

  /**
   * A grade raised after registration (INC-4) — through the API, or in a task of the incident's own
   * process: the process hears it ("grade raised later") in the raising transaction; the
   * subprocess's first step is asynchronous, so the correlation only leaves a job behind. Inside a
   * task's completion the engine's command runs for the person completing it, who may not correlate
   * messages (TaskDoors): the incidents service has checked who raised the grade, and the
   * application tells its process on their behalf.
   */
  void onGradeRaised(@Observes IncidentGradeRaised raised) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      correlateGradeRaised(raised.incidentId());
    } else {
      context.runWithoutAuthorization(() -> correlateGradeRaised(raised.incidentId()));
    }
  }

  private Object correlateGradeRaised(String incidentId) {
    return runtime
        .createMessageCorrelation(GRADE_RAISED)
        .processInstanceBusinessKey(incidentId)
        .correlateAllWithResult();
  }

  void onRegistered(@Observes IncidentRegistered registered) {
    EngineDoors.asApplication(
        () ->
            runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                registered.incidentId(),
                Map.of("incidentId", registered.incidentId())));
  }
}
