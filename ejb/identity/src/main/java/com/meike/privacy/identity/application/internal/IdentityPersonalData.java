package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.application.AccountContacts;
import com.meike.privacy.identity.application.AccountDeletion;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.kernel.rights.LegalMinimum;
import com.meike.privacy.kernel.rights.PersonalDataHolder;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity context's part of access and erasure (DSR-1, ID-7): the account as its owner sees it
 * (never the phone number or verification evidence in clear); an account cancellation deletes the
 * account with its evidence and bindings through {@link AccountDeletion} (audited there). A
 * deletion request leaves the account usable. Runs last of all contexts.
 */
@Stateless
@Local(PersonalDataHolder.class)
public class IdentityPersonalData implements PersonalDataHolder {

  @Inject AppUserRegistration accounts;
  @Inject AccountDeletion deletion;
  @Inject AccountContacts contacts;
  @Inject Clock clock;

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
      return new Erasure(
          context(),
          0,
          0,
          List.of(
              "account kept: a deletion request leaves the account usable; cancel to close it"));
    }
    Optional<AppUserRegistration.AccountView> account = accounts.account(subject);
    if (account.isEmpty()) {
      return new Erasure(context(), 0, 0, List.of());
    }
    LegalMinimum networkIdentity =
        networkIdentity(account.get(), contacts.phoneOf(subject).orElse(null));
    deletion.delete(subject, actor, reason);
    return new Erasure(
        context(),
        1,
        0,
        List.of(
            "the account's network identity (id, role, phone, registration) put into"
                + " the archive vault (RET-2): sealed, isolated, opened only by a lawful disclosure"),
        List.of(networkIdentity));
  }

  /**
   * What the law requires to keep of a closed account (RET-2): who held it — the account id, role,
   * the verified phone number it was registered with (Cybersecurity Law art. 24, real identity),
   * when it was registered and closed — so that an authority can still learn, through a lawful
   * disclosure (DISC-1), whose account it was. Kept by the vault for its criminal limitation
   * period.
   */
  private LegalMinimum networkIdentity(AppUserRegistration.AccountView account, String phone) {
    Instant now = clock.instant();
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("accountId", account.accountId());
    content.put("role", account.role());
    if (phone != null) {
      content.put("phone", phone);
    }
    if (account.extraVerification() != null) {
      content.put("extraVerification", account.extraVerification());
    }
    content.put("registeredAt", account.registeredAt());
    content.put("closedAt", now);
    return new LegalMinimum(
        "account.network-identity",
        account.accountId(),
        content,
        now,
        "Cybersecurity Law art. 24 (real identity of network users); Part 2 §IV(二) of the policy: after cancellation"
            + " the legal minimum is kept encrypted and isolated for the criminal limitation period, without commercial use");
  }
}
