package com.meike.privacy.consent.domain.ledger;

import java.time.Instant;

/**
 * Where the consent ledger lets go of its history (RET-1): superseded entries and closed accounts'
 * ledgers past their keeping date. Never deletes the entry in force of a person with an account.
 */
public interface ConsentHistoryRepository {

  /**
   * Deletes at most {@code limit} entries superseded by a later entry recorded before {@code
   * cutoff}; how many.
   */
  int deleteSupersededBefore(Instant cutoff, int limit);

  /**
   * Deletes at most {@code limit} entries of accounts closed before {@code cutoff}, and the notes
   * of closings with nothing left (no entry, child status or re-consent requirement); how many
   * entries.
   */
  int deleteClosedBefore(Instant cutoff, int limit);

  /**
   * Deletes the child status (ID-6) and the re-consent requirements (CON-5) of at most {@code
   * limit} accounts closed before {@code cutoff} — with the ledger, on its keeping date; how many
   * rows. A child status naming a closed account as the guardian stays: it belongs to the child's
   * account.
   */
  int deleteClosedAccountRecordsBefore(Instant cutoff, int limit);

  /**
   * Notes that {@code subject}'s account closed at {@code at} (kept if already noted) and removes
   * their check rows; how many rows.
   */
  int closed(String subject, Instant at);
}
