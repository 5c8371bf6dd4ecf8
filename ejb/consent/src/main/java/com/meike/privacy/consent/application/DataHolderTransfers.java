package com.meike.privacy.consent.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Transfers of the data to a new holder in a merger, acquisition or bankruptcy (PTN-6, Part 2
 * §III(2) 2). The privacy officer records each one: either the new holder committed to the policy
 * in force ({@code BOUND_TO_CURRENT_POLICY}, with the commitment's reference), or everyone who
 * consented to a purpose in the affected scope must consent again ({@code REQUIRES_RECONSENT}) —
 * marked as a major policy change marks, and told by the same re-consent notices. Audited.
 */
@Local
public interface DataHolderTransfers {

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT naming the field (a
   *     scope code outside the catalogue, a bound outcome without a commitment reference); CONFLICT
   *     before any policy version is published
   */
  TransferView record(TransferInput input, String actor);

  /** Every recorded transfer, newest first; audited as a read by {@code viewer}. */
  List<TransferView> all(String viewer);

  record TransferInput(
      String kind,
      String newHolder,
      String transferDate,
      List<String> scope,
      String outcome,
      String commitmentReference) {}

  record TransferView(
      String id,
      String kind,
      String newHolder,
      LocalDate transferDate,
      List<String> scope,
      String outcome,
      String commitmentReference,
      String policyVersion,
      int peopleMarked,
      String recordedBy,
      Instant recordedAt) {}
}
