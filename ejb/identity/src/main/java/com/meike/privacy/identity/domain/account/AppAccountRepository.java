package com.meike.privacy.identity.domain.account;

import java.util.Optional;

/** Storage of app users' accounts. */
public interface AppAccountRepository {

  Optional<AppAccount> account(String id);

  /**
   * Whether the account exists — the bearer-token check on every app request (a deleted account's
   * token opens nothing, ID-6). Reads committed state, never a cached answer.
   */
  default boolean exists(String id) {
    return account(id).isPresent();
  }

  /** The account whose phone has this keyed hash. */
  Optional<AppAccount> withPhoneHash(String phoneHash);

  void add(AppAccount account);

  /** How many app accounts exist (deleted accounts are gone): the people the platform holds. */
  long count();

  /** Deletes the account row (its dependants first: see the account deletion service). */
  void remove(AppAccount account);
}
