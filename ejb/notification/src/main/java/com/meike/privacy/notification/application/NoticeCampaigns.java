package com.meike.privacy.notification.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Notice campaigns (INC-2): one approved notice to many people. The people are selected into a
 * recipient table when the campaign starts; a timer then claims them in batches, each batch its
 * own transaction, and tells each through {@link Notifications} under a message id named after
 * campaign and person, so a batch repeated after a crash never sends twice and loses nobody. One
 * audit entry per batch names the campaign and the count. Raises {@link NoticeCampaignFinished}.
 */
@Local
public interface NoticeCampaigns {

  /**
   * Starts a campaign, or returns the one already started for the purpose and reference. A
   * campaign that selects nobody is finished at once.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code purpose},
   *     {@code reference}, {@code templateId}, {@code params} or {@code subjects}
   */
  CampaignView start(CampaignStart start, String actor);

  /** @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown campaign */
  CampaignView progress(String campaignId);

  Optional<CampaignView> forReference(String purpose, String reference);

  /** @throws com.meike.privacy.kernel.problem.DomainException CONFLICT unless running */
  CampaignView pause(String campaignId, String actor);

  /** @throws com.meike.privacy.kernel.problem.DomainException CONFLICT unless paused */
  CampaignView resume(String campaignId, String actor);

  /**
   * Up to {@code max} (1..1000) unreached people after {@code afterSeq}, in order (for the
   * announcement); the reading is audited with the actor and the count.
   */
  List<UnreachedPerson> unreached(String campaignId, long afterSeq, int max, String actor);
}
