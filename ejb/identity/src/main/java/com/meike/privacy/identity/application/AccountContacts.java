package com.meike.privacy.identity.application;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * The contact points of an app account for telling the person something (the notification context's
 * SMS channel): the phone number, decrypted only for that. The caller audits the notice it sends;
 * nothing here is shown to staff.
 */
@Local
public interface AccountContacts {

  /** The account's phone number in E.164, or empty for an unknown or malformed account id. */
  Optional<String> phoneOf(String accountId);
}
