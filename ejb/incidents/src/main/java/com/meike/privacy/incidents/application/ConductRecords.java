package com.meike.privacy.incidents.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * Conduct records (RET-3): legal or the privacy office record that the holder of an account
 * seriously violated laws or the platform agreement, or the platform credit record that follows.
 * They are kept permanently, with the reason stated on each (privacy policy Part 2 §IV(二)3): no
 * retention rule deletes them, and a person's deletion or cancellation names them as kept. Every
 * call is one transaction with its audit entry.
 */
@Local
public interface ConductRecords {

  /**
   * Records one finding about an existing account.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming {@code account}
   *     (also for an unknown account), {@code kind}, {@code complaintNumber} (also for an unknown
   *     complaint), {@code rule} or {@code finding}
   */
  ConductRecordView record(ConductInput input, String recordedBy);

  /**
   * The account's records, oldest first, with their findings (audited as a read by {@code viewer}).
   */
  List<ConductRecordView> of(String account, String viewer);

  /** What staff enter. */
  record ConductInput(
      String account, String kind, String complaintNumber, String rule, String finding) {}

  /** A conduct record as staff and the person see it, with its permanence and the reason. */
  record ConductRecordView(
      String id,
      String account,
      String kind,
      String kindLabel,
      String complaintNumber,
      String rule,
      String finding,
      String recordedBy,
      Instant recordedAt,
      String retention,
      String retentionReason) {}
}
