package com.meike.privacy.identity.domain.verification;

import java.time.Instant;
import java.util.Optional;

/** Storage of verification codes (their hashes). */
public interface PhoneVerificationRepository {

  Optional<PhoneVerification> verification(String id);

  /** The most recently issued code for the phone: the only one that can still be accepted. */
  Optional<PhoneVerification> latestFor(String phoneHash);

  /** Codes issued for the phone since {@code since}. */
  long issuedForPhoneSince(String phoneHash, Instant since);

  /** Codes issued to the client address since {@code since}. */
  long issuedForClientSince(String clientHash, Instant since);

  void add(PhoneVerification verification);

  /**
   * Deletes at most {@code limit} codes issued before {@code cutoff}, oldest first (RET-1); how
   * many.
   */
  default int deleteIssuedBefore(Instant cutoff, int limit) {
    return 0;
  }
}
