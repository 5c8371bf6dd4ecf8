package com.meike.privacy.identity.domain.account;

import java.util.Optional;

/** Storage of app users' accounts. */
public interface AppAccountRepository {

  Optional<AppAccount> account(String id);

  /** The account whose phone has this keyed hash. */
  Optional<AppAccount> withPhoneHash(String phoneHash);

  void add(AppAccount account);

  /** Deletes the account row (its dependants first: see the account deletion service). */
  void remove(AppAccount account);
}
