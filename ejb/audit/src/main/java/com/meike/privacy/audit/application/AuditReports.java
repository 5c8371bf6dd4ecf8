package com.meike.privacy.audit.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * What the audit trail says about a period, for the security-risk report (AUD-3): how often each
 * action was recorded and by how many people, who did the most of each, and the refusals. Counts of
 * actions and staff ids only, never a subject's data; producing it is itself audited.
 */
@Local
public interface AuditReports {

  /**
   * Entries that occurred in [from, to).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code to} when not
   *     after {@code from}, or the period is longer than 366 days
   */
  Activity activity(Instant from, Instant to, String viewer);

  /** One period's activity. */
  record Activity(
      Instant from,
      Instant to,
      long entries,
      List<ActionCount> actions,
      List<ActorCount> busiestActors,
      List<ActionCount> refusals) {}

  /** How often one action was recorded, and by how many different actors. */
  record ActionCount(String action, long entries, long actors) {}

  /** How often one actor recorded one action (the busiest first). */
  record ActorCount(String actor, String action, long entries) {}
}
