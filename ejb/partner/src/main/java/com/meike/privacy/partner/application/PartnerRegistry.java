package com.meike.privacy.partner.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The partner and SDK registry (PTN-1): read by anyone (the policy publishes the SDK list); the
 * privacy office suspends or reactivates a partner and sets the fields it may receive per purpose.
 * Every change is audited in the same transaction.
 */
@Local
public interface PartnerRegistry {

  /** Every partner with its purposes and fields, by id. */
  List<PartnerView> partners();

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown id
   */
  PartnerView partner(String id);

  /**
   * Suspends ({@code SUSPENDED}) or reactivates ({@code ACTIVE}) a partner. A suspended partner
   * receives nothing: sending to it is refused.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown partner;
   *     INVALID_INPUT on {@code status} for any other value
   */
  PartnerView changeStatus(String id, String status, String actor);

  /**
   * Sets the exact fields the partner may receive for {@code purpose}; an empty list removes the
   * purpose from the partner.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown partner;
   *     INVALID_INPUT on {@code purpose} when it is not a purpose of the catalogue, on {@code
   *     fields} for a malformed name or an identifying field for a de-identified partner
   */
  PartnerView changeScope(String id, String purpose, List<String> fields, String actor);

  /**
   * Records where the partner receives what it is sent ({@code country}, ISO 3166-1 alpha-2) and,
   * for a partner abroad, the transfer abroad registered with the consent context that covers it
   * (DATA-4). Sending a person's information to a partner abroad is then refused unless that
   * transfer's impact assessment is acceptable and the person's separate consent to it is in force.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unknown partner;
   *     INVALID_INPUT on {@code country}, or on {@code crossBorderTransfer} when it is not a
   *     registered transfer to that country, or is named for a partner in the PRC
   */
  PartnerView changeDestination(
      String id, String country, String crossBorderTransfer, String actor);
}
