package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.application.AccountContacts;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@link AccountContacts}: opens the stored phone ciphertext with the identity phone key. A phone
 * that cannot be opened (sealed under a key this server no longer has) is no contact point: the
 * caller skips the channel rather than failing a whole batch of notices on one person.
 */
@Stateless
public class DefaultAccountContacts implements AccountContacts {

  private static final Logger LOG = Logger.getLogger(DefaultAccountContacts.class.getName());

  @Inject AppAccountRepository accounts;

  @Inject
  @Key("meike.identity.phone-encryption-key")
  FieldCipher phoneCipher;

  /** For the container. */
  public DefaultAccountContacts() {}

  /** Outside a container (tests). */
  public DefaultAccountContacts(AppAccountRepository accounts, FieldCipher phoneCipher) {
    this.accounts = accounts;
    this.phoneCipher = phoneCipher;
  }

  @Override
  public Optional<String> phoneOf(String accountId) {
    // kept a predicate, not a typed parameter: a malformed id is "no phone" (the notice is
    // skipped), never a refusal that would roll the caller back (issue 13, known-limits)
    if (!SubjectId.matches(accountId)) {
      return Optional.empty();
    }
    return accounts.account(accountId).flatMap(this::open);
  }

  private Optional<String> open(AppAccount account) {
    try {
      return Optional.of(
          phoneCipher.open(
              account.phoneCiphertext(),
              DefaultAppUserRegistration.phoneBinding(account.phoneHash())));
    } catch (FieldCipher.TamperedException e) {
      // the account id is a pseudonym; the phone and ciphertext never reach the log
      LOG.warning(
          "an account's phone cannot be opened with the configured phone key: " + e.getMessage());
      return Optional.empty();
    }
  }
}
