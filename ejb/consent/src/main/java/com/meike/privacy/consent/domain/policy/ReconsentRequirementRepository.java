package com.meike.privacy.consent.domain.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the {@link ReconsentRequirement}s are kept. */
public interface ReconsentRequirementRepository {

  /**
   * Marks everyone who has ever given a consent (any purpose, any version) as needing to consent
   * again to {@code policyVersion}, in one statement however many people that is.
   *
   * @return how many people were marked
   */
  int markEveryoneWhoConsented(String policyVersion, Instant markedAt);

  /**
   * Marks everyone who has given a consent to any of {@code purposeCodes} as needing to consent
   * again under {@code policyVersion} because of transfer {@code transferId} (PTN-6): a set-based
   * update re-opens the requirements they already have under that version, one {@code INSERT …
   * SELECT} adds the others, however many people that is.
   *
   * @return how many people were marked
   */
  int markForTransfer(
      String policyVersion, String transferId, List<String> purposeCodes, Instant markedAt);

  /** The person's most recent requirement (satisfied or not), if any. */
  Optional<ReconsentRequirement> latestFor(String subjectId);

  /**
   * Satisfies every requirement of the person still open.
   *
   * @return how many were open
   */
  int satisfyOpen(String subjectId, Instant now);

  /**
   * People still to consent again to {@code policyVersion}, by subject id, after {@code
   * afterSubjectId} (null: from the start), at most {@code limit}: for notifying them in pages.
   */
  List<String> awaiting(String policyVersion, String afterSubjectId, int limit);

  /**
   * Open requirements nobody has been told about yet, oldest first, at most {@code limit}: the next
   * batch of re-consent notices.
   */
  List<ReconsentRequirement> awaitingNotice(int limit);

  /**
   * Claims the notice of one requirement for {@code recipient}: records it as sent at {@code now}
   * unless someone (another node) already did.
   *
   * @return whether this call claimed it, and so must send it
   */
  boolean claimNotice(String subjectId, String policyVersion, String recipient, Instant now);
}
