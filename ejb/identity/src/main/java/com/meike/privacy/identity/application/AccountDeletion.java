package com.meike.privacy.identity.application;

import jakarta.ejb.Local;

/**
 * Deleting an app account with everything the identity context holds about it (ID-6 for a child's
 * guardian; ID-7 account cancellation builds on it): verification evidence, third-party login
 * bindings and the account with its encrypted phone. From then on its bearer tokens are refused and
 * the phone may register afresh. The consent ledger keeps its entries: they prove what was
 * consented while the account existed.
 */
@Local
public interface AccountDeletion {

  /**
   * Deletes the account; one transaction with its audit entry ({@code identity.account-deleted},
   * with who and why, no personal data).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND when there is no such
   *     account; INVALID_INPUT on {@code reason} when blank; FORBIDDEN without {@code deletedBy}
   */
  void delete(String accountId, String deletedBy, String reason);
}
