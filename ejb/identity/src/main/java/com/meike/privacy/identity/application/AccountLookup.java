package com.meike.privacy.identity.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
   * A missing or malformed {@code subject} is refused on this interface (Bean Validation).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code subject} for a
   *     phone number (people are referred to by id)
   */
  Optional<SubjectView> byId(
      @NotNull(message = "is required") @Valid SubjectId subject, String viewer);

  /**
   * How many people hold an app account now (customers, beauticians, merchants): the total the
   * regulator's counters start from (AUD-4). A count, not personal data; not audited.
   */
  long peopleWithAccounts();

  /** A person as staff see them: never the phone number or verification evidence. */
  record SubjectView(
      String accountId, String role, String extraVerification, Instant registeredAt) {}
}
