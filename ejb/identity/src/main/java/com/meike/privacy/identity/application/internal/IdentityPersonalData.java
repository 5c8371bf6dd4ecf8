package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.application.AccountDeletion;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity context's part of access and erasure (DSR-1, ID-7): the account as its owner sees
 * it (never the phone number or verification evidence in clear); an account cancellation deletes
 * the account with its evidence and bindings through {@link AccountDeletion} (audited there). A
 * deletion request leaves the account usable. Runs last of all contexts.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class IdentityPersonalData implements PersonalDataHolder {

  @Inject AppUserRegistration accounts;
  @Inject AccountDeletion deletion;

  @Override
  public String context() {
    return "identity";
  }

  @Override
  public int erasureOrder() {
    return 100;
  }

  @Override
  public Export export(String subject, String actor) {
    Map<String, Object> data = new LinkedHashMap<>();
    accounts.account(subject).ifPresent(account -> data.put("account", account));
    return new Export(context(), data);
  }

  @Override
  public Erasure erase(String subject, boolean closingAccount, String reason, String actor) {
    if (!closingAccount) {
      return new Erasure(context(), 0, 0, List.of("account kept: a deletion request leaves the account usable; cancel to close it"));
    }
    if (accounts.account(subject).isEmpty()) {
      return new Erasure(context(), 0, 0, List.of());
    }
    deletion.delete(subject, actor, reason);
    return new Erasure(context(), 1, 0, List.of());
  }
}
