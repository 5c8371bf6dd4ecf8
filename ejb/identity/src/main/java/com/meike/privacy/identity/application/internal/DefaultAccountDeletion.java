package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.AccountDeletion;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import com.meike.privacy.identity.domain.evidence.AccountVerificationRepository;
import com.meike.privacy.identity.domain.external.ExternalAccountBinding;
import com.meike.privacy.identity.domain.external.ExternalAccountBindingRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * {@link AccountDeletion} as one container-managed transaction: dependants, account, audit entry.
 */
@Stateless
public class DefaultAccountDeletion implements AccountDeletion {

  @Inject AppAccountRepository accounts;
  @Inject AccountVerificationRepository verifications;
  @Inject ExternalAccountBindingRepository bindings;
  @Inject AuditTrail auditTrail;

  @Override
  public void delete(String accountId, String deletedBy, String reason) {
    if (deletedBy == null || deletedBy.isBlank()) {
      throw DomainException.forbidden("only an identified person may delete an account");
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "is required");
    }
    AppAccount account =
        accounts
            .account(accountId == null ? "" : accountId.strip())
            .orElseThrow(() -> DomainException.notFound("no such account"));
    int evidence = verifications.removeAllOf(account.id());
    int bound = 0;
    for (ExternalAccountBinding binding : bindings.ofAccount(account.id())) {
      bindings.remove(binding);
      bound++;
    }
    accounts.remove(account);
    auditTrail.record(
        new AuditEvent(
            deletedBy.strip(),
            "identity.account-deleted",
            "app-account",
            account.id(),
            reason.strip()
                + "; with "
                + evidence
                + " verification(s) and "
                + bound
                + " third-party binding(s)"));
  }
}
