package com.meike.privacy.notification.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Notice campaigns (INC-2): one approved notice to many people. The people are selected into a
 * recipient table when the campaign starts; a timer then claims them in batches, each batch its own
 * transaction, and tells each through {@link Notifications} under a message id named after campaign
 * and person, so a batch repeated after a crash never sends twice and loses nobody. One audit entry
 * per batch names the campaign and the count. Raises {@link NoticeCampaignFinished}.
 */
@Local
public interface NoticeCampaigns {

  /**
   * Starts a campaign, or returns the one already started for the purpose and reference. A campaign
   * that selects nobody is finished at once.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code
   *     templateId}, {@code params} or {@code subjects} (more than 10,000); a malformed purpose,
   *     reference or listed subject is refused by the container (400 naming the field)
   */
  CampaignView start(@NotNull @Valid CampaignStart start, String actor);

  /**
   * Prepares a campaign whose people the caller names page by page ({@link #addRecipients}) before
   * it sends anything ({@link #open}) — for a selection no single query of this context can make,
   * such as the people a shutting service concerns, which every context names for itself (SHUT-1).
   * Returns the one already prepared or started for the purpose and reference.
   */
  CampaignView prepare(@NotNull @Valid CampaignStart start, String actor);

  /**
   * Adds people (account ids, at most 10,000 per call; a child's notice goes to the guardian) to a
   * campaign that is not finished — prepared, or sending (an uploaded list, issue 14: the workers
   * take them up) or paused; a person already in it is not added twice. Answers how many were
   * added.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT when the campaign is
   *     finished; INVALID_INPUT naming {@code subjects} (more than 10,000); a malformed one is
   *     refused by the container (400 naming {@code subjects})
   */
  long addRecipients(
      String campaignId,
      @NotNull(message = "is required")
          List<@NotNull(message = "is required") @Valid SubjectId> subjects);

  /**
   * As {@link #addRecipients}, for a list of account ids a person uploaded (the security team's
   * list of people an incident concerns, issue 14): audited, naming the campaign and the counts.
   */
  long addListed(
      String campaignId,
      @NotNull(message = "is required")
          List<@NotNull(message = "is required") @Valid SubjectId> subjects,
      String actor);

  /**
   * Opens a prepared campaign for sending; one that names nobody is finished at once. A campaign
   * already open is returned as it is.
   */
  CampaignView open(String campaignId, String actor);

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown campaign
   */
  CampaignView progress(String campaignId);

  Optional<CampaignView> forReference(String purpose, String reference);

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT unless running
   */
  CampaignView pause(String campaignId, String actor);

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT unless paused
   */
  CampaignView resume(String campaignId, String actor);

  /**
   * Up to {@code max} (1..1000) unreached people after {@code afterSeq}, in order (for the
   * announcement); the reading is audited with the actor and the count.
   */
  List<UnreachedPerson> unreached(String campaignId, long afterSeq, int max, String actor);
}
