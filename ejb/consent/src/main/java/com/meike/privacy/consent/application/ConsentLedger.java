package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The consent ledger (CON-1, CON-2, ID-6): accepting the policy, giving and withdrawing separate
 * consent, and reading a person's entries. Append-only: nothing here changes or removes an entry.
 * Every call that records something is one transaction with its audit entry. {@code recordedBy} is
 * the authenticated caller: in the app the actor themselves, otherwise the staff member or
 * beautician who took the consent. Refusals are {@link
 * com.meike.privacy.kernel.problem.DomainException}s (invalid fields are named: {@code subject},
 * {@code purpose}, {@code channel}, {@code actedAs}, {@code actor}).
 */
@Local
public interface ConsentLedger {

  /**
   * Accepts the policy in force: consent to its necessary, non-sensitive purposes and nothing else;
   * satisfies any open re-consent requirement of the person.
   *
   * @return the entries that now cover those purposes (new or already recorded under this version)
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT before any policy is
   *     published; FORBIDDEN when the actor may not act for the person (for a child: only the
   *     recorded guardian)
   */
  List<ConsentEntryView> acceptPolicy(
      @NotNull(message = "is required") @Valid PolicyAcceptance acceptance, String recordedBy);

  /**
   * Gives separate consent to one purpose under the policy in force. Giving again what is in force
   * records nothing and returns the entry in force.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code purpose} when
   *     it is unknown or not part of the policy in force; FORBIDDEN when the actor may not act for
   *     the person, or a child's consent does not come from their recorded guardian
   */
  ConsentEntryView give(
      @NotNull(message = "is required") @Valid ConsentRequest request, String recordedBy);

  /**
   * Withdraws consent to one optional purpose; the next consent check refuses it. Withdrawing what
   * is already withdrawn records nothing and returns the entry in force. Raises {@link
   * ConsentWithdrawn}.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException CONFLICT when the purpose is necessary
   *     (the way out is account cancellation) or there is no consent to withdraw; INVALID_INPUT on
   *     {@code purpose} when unknown; FORBIDDEN when the actor may not act for the person
   */
  ConsentEntryView withdraw(
      @NotNull(message = "is required") @Valid ConsentRequest request, String recordedBy);

  /**
   * Every entry about the person, oldest first: for the person, their recorded guardian, or a
   * member of an oversight group ({@code oversight}, checked by the caller). Reads by anyone but
   * the person are audited.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException FORBIDDEN for anyone else
   */
  List<ConsentEntryView> history(
      @NotNull(message = "is required") @Valid SubjectId subject, String viewer, boolean oversight);

  /**
   * What the consent check answers now for each purpose of the policy in force; viewers as for
   * {@link #history}.
   */
  List<PurposeConsentState> state(
      @NotNull(message = "is required") @Valid SubjectId subject, String viewer, boolean oversight);
}
