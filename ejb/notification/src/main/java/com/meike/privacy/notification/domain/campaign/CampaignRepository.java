package com.meike.privacy.notification.domain.campaign;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Campaigns and their recipient table. Nothing here loads a campaign's recipients all at once: they
 * are selected into the table by one statement and claimed a batch at a time.
 */
public interface CampaignRepository {

  void insert(Campaign campaign);

  Optional<Campaign> find(String id);

  Optional<Campaign> findByReference(String purpose, String reference);

  /**
   * Selects the people whose personal information of the given categories (purpose codes) was held
   * at {@code heldAt} — everyone with a consent record for one of them by then — into the
   * campaign's recipient table; a child's notice goes to the guardian.
   *
   * @return how many people were selected
   */
  long selectHolders(String campaignId, Set<String> categories, Instant heldAt);

  /** Adds the listed people (after the ones already there; people already listed are skipped). */
  long addSubjects(String campaignId, Collection<String> subjectIds);

  /** Running campaigns' ids, oldest first. */
  List<String> running();

  /**
   * Claims up to {@code max} pending recipients of the campaign, in order, locking their rows and
   * skipping rows another transaction holds ({@code FOR UPDATE SKIP LOCKED}).
   */
  List<CampaignRecipient> claim(String campaignId, int max);

  /** Records what became of the claimed recipients and adds them to the counters. */
  void record(String campaignId, List<RecipientOutcome> outcomes, Instant at);

  boolean anyPending(String campaignId);

  /**
   * Locks the campaign's row for this transaction unless the campaign is finished: people added and
   * the finishing never pass each other. @return false when it is finished (or unknown)
   */
  boolean lockUnlessFinished(String campaignId);

  /** Moves the campaign to {@code to} if it is in {@code from}; false when it was not. */
  boolean changeState(
      String campaignId, CampaignState from, CampaignState to, String by, Instant at);

  /** The unreached people (subject ids) with their reasons, in order, from {@code afterSeq}. */
  List<CampaignRecipientResult> unreached(String campaignId, long afterSeq, int max);

  /**
   * How many of the campaign's sent notices the partners reported per status (SENT, DELIVERED,
   * FAILED…).
   */
  java.util.Map<String, Long> deliveryCounts(String campaignId);

  /** One unreached person. */
  record CampaignRecipientResult(long seq, String subjectId, boolean forChild, String reason) {}
}
