package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.domain.evidence.AccountVerification;
import com.meike.privacy.identity.domain.evidence.AccountVerificationRepository;
import com.meike.privacy.identity.domain.evidence.VerificationState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory stand-in for the verification submissions' storage. */
final class VerificationFakes {

  private VerificationFakes() {}

  static final class Submissions implements AccountVerificationRepository {
    final List<AccountVerification> all = new ArrayList<>();

    @Override
    public Optional<AccountVerification> verification(String id) {
      return all.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    @Override
    public Optional<AccountVerification> latestOf(String accountId) {
      return all.stream()
          .filter(v -> v.accountId().equals(accountId))
          .reduce((first, second) -> second);
    }

    @Override
    public Optional<AccountVerification> claiming(String evidenceHash) {
      return all.stream().filter(v -> evidenceHash.equals(v.claimedHash())).findFirst();
    }

    @Override
    public List<AccountVerification> inState(VerificationState state, int limit) {
      return all.stream()
          .filter(v -> v.state() == state)
          .sorted(Comparator.comparing(AccountVerification::submittedAt))
          .limit(limit)
          .toList();
    }

    @Override
    public void add(AccountVerification verification) {
      all.add(verification);
    }

    @Override
    public int removeAllOf(String accountId) {
      int before = all.size();
      all.removeIf(v -> v.accountId().equals(accountId));
      return before - all.size();
    }
  }
}
