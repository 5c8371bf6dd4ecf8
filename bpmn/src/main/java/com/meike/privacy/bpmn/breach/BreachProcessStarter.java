package com.meike.privacy.bpmn.breach;

import com.meike.privacy.bpmn.engine.EngineDoors;
import com.meike.privacy.incidents.application.IncidentRegistered;
import com.meike.privacy.notification.application.NoticeCampaignFinished;
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
  static final String CAMPAIGN_FINISHED = "BreachNoticeCampaignFinished";

  @Inject RuntimeService runtime;

  /**
   * A breach campaign told everyone it could: the incident's process, waiting at "Notices sent",
   * carries on (in the transaction of the campaign's last batch).
   */
  void onCampaignFinished(@Observes NoticeCampaignFinished finished) {
    if (BreachProcess.CAMPAIGN_PURPOSE.equals(finished.purpose())) {
      runtime.createMessageCorrelation(CAMPAIGN_FINISHED).processInstanceBusinessKey(finished.reference())
          .correlateAllWithResult();
    }
  }

  void onRegistered(@Observes IncidentRegistered registered) {
    EngineDoors.asApplication(() -> runtime.startProcessInstanceByKey(PROCESS_KEY,
        registered.incidentId(), Map.of("incidentId", registered.incidentId())));
  }
}
