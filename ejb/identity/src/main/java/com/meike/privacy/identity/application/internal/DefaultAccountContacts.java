package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.application.AccountContacts;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link AccountContacts}: opens the stored phone ciphertext with the identity phone key. */
@Stateless
public class DefaultAccountContacts implements AccountContacts {

  private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  @Inject AppAccountRepository accounts;
  @Inject IdentityKeys keys;

  /** For the container. */
  public DefaultAccountContacts() {}

  /** Outside a container (tests). */
  public DefaultAccountContacts(AppAccountRepository accounts, IdentityKeys keys) {
    this.accounts = accounts;
    this.keys = keys;
  }

  @Override
  public Optional<String> phoneOf(String accountId) {
    if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
      return Optional.empty();
    }
    return accounts.account(accountId).map(AppAccount::phoneCiphertext).map(sealed -> keys.phoneCipher().open(sealed));
  }
}
