package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.AccountLookup;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import com.meike.privacy.identity.domain.account.PhoneNumber;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link AccountLookup}: the audit entry commits with the look-up, also when nothing matched (the
 * empty answer is not a refusal, so nothing rolls it back).
 */
@Stateless
@ValidateOnExecution // or the server skips the interface's constraints (README, "Typed ids")
public class DefaultAccountLookup implements AccountLookup {

  static final String ACTION = "identity.account-looked-up";
  static final String NO_MATCH = "none";

  private static final Pattern PHONE_LIKE = Pattern.compile("\\+?(86)?1[3-9][0-9]{9}");

  @Inject AppAccountRepository accounts;

  @Inject
  @Key("meike.identity.phone-key")
  KeyedHash phoneHash;

  @Inject AuditTrail auditTrail;

  /** For the container. */
  public DefaultAccountLookup() {}

  /** Outside a container (tests). */
  public DefaultAccountLookup(
      AppAccountRepository accounts, KeyedHash phoneHash, AuditTrail auditTrail) {
    this.accounts = accounts;
    this.phoneHash = phoneHash;
    this.auditTrail = auditTrail;
  }

  @Override
  public Optional<SubjectView> byPhone(String phone, String viewer) {
    PhoneNumber number = PhoneNumber.of(phone);
    Optional<AppAccount> found = accounts.withPhoneHash(phoneHash.hash(number.e164()));
    audit(viewer, found, NO_MATCH, "by phone");
    return found.map(DefaultAccountLookup::view);
  }

  @Override
  public Optional<SubjectView> byId(SubjectId subject, String viewer) {
    String id = subject.value(); // its format is validated on the interface (Bean Validation)
    if (PHONE_LIKE.matcher(id).matches()) {
      throw DomainException.invalid(
          "subject", "must be an account id, not a phone number; look phones up with ?phone=");
    }
    Optional<AppAccount> found = accounts.account(id);
    audit(viewer, found, id, "by id");
    return found.map(DefaultAccountLookup::view);
  }

  @Override
  public long peopleWithAccounts() {
    return accounts.count();
  }

  private void audit(String viewer, Optional<AppAccount> found, String asked, String how) {
    auditTrail.record(
        new AuditEvent(
            viewer,
            ACTION,
            DefaultAppUserRegistration.ACCOUNT,
            found.map(AppAccount::id).orElse(asked),
            how + (found.isPresent() ? ", found" : ", no match")));
  }

  private static SubjectView view(AppAccount account) {
    return new SubjectView(
        account.id(),
        account.role().name(),
        account.extraVerification().name(),
        account.registeredAt());
  }
}
