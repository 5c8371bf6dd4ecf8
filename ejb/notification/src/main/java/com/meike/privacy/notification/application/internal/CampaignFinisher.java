package com.meike.privacy.notification.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.notification.application.NoticeCampaignFinished;
import com.meike.privacy.notification.domain.campaign.Campaign;
import com.meike.privacy.notification.domain.campaign.CampaignRepository;
import com.meike.privacy.notification.domain.campaign.CampaignState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Finishes a running campaign, in the caller's transaction: audited, {@link NoticeCampaignFinished}
 * raised.
 */
@ApplicationScoped
public class CampaignFinisher {

  @Inject CampaignRepository campaigns;
  @Inject AuditTrail auditTrail;
  @Inject Event<NoticeCampaignFinished> finished;

  /**
   * @return false when the campaign was not running (finished already, or paused)
   */
  public boolean finish(String campaignId, Instant now) {
    // people may be added to a running campaign (an uploaded list): under the campaign's lock, one
    // added since the caller looked keeps it running
    if (!campaigns.lockUnlessFinished(campaignId) || campaigns.anyPending(campaignId)) {
      return false;
    }
    if (!campaigns.changeState(
        campaignId, CampaignState.RUNNING, CampaignState.FINISHED, "system", now)) {
      return false;
    }
    Campaign c = campaigns.find(campaignId).orElseThrow();
    auditTrail.record(
        new AuditEvent(
            "system",
            "notification.campaign-finished",
            DefaultNoticeCampaigns.RESOURCE,
            c.id(),
            c.purpose()
                + " "
                + c.reference()
                + ": "
                + c.sent()
                + " sent, "
                + c.unreached()
                + " unreached of "
                + c.selected()));
    finished.fire(
        new NoticeCampaignFinished(c.id(), c.purpose(), c.reference(), c.sent(), c.unreached()));
    return true;
  }
}
