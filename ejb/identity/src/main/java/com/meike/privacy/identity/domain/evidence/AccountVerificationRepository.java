package com.meike.privacy.identity.domain.evidence;

import java.util.List;
import java.util.Optional;

/** Storage of verification submissions. */
public interface AccountVerificationRepository {

  Optional<AccountVerification> verification(String id);

  /** The account's most recent submission. */
  Optional<AccountVerification> latestOf(String accountId);

  /** The pending or passed submission that holds the document with this keyed hash. */
  Optional<AccountVerification> claiming(String evidenceHash);

  /** Submissions in {@code state}, oldest first, at most {@code limit}. */
  List<AccountVerification> inState(VerificationState state, int limit);

  void add(AccountVerification verification);

  /**
   * Deletes every verification of the account, evidence included.
   *
   * @return how many there were
   */
  int removeAllOf(String accountId);
}
