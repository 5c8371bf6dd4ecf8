package com.meike.privacy.identity.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Optional;

/**
 * Staff look a person up (customer service, privacy office): by phone number, found through its
 * keyed hash and never by reading stored numbers, or by account id. Every look-up is audited with
 * the viewer, found or not, and without the phone number.
 */
@Local
public interface AccountLookup {

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code phone} unless
   *     a mainland mobile number in E.164 form
   */
  Optional<SubjectView> byPhone(String phone, String viewer);

  /**
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code subject}
   *     unless an account id (a phone number is refused: people are referred to by id)
   */
  Optional<SubjectView> byId(String accountId, String viewer);

  /**
   * How many people hold an app account now (customers, beauticians, merchants): the total the
   * regulator's counters start from (AUD-4). A count, not personal data; not audited.
   */
  long peopleWithAccounts();

  /** A person as staff see them: never the phone number or verification evidence. */
  record SubjectView(
      String accountId, String role, String extraVerification, Instant registeredAt) {}
}
