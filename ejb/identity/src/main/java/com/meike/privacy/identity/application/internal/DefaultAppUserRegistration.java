package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.AccessTokens;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import com.meike.privacy.identity.domain.account.AppRole;
import com.meike.privacy.identity.domain.account.PhoneNumber;
import com.meike.privacy.identity.domain.verification.CodeCheck;
import com.meike.privacy.identity.domain.verification.CodeRules;
import com.meike.privacy.identity.domain.verification.PhoneVerification;
import com.meike.privacy.identity.domain.verification.PhoneVerificationRepository;
import com.meike.privacy.identity.domain.verification.VerificationCodeSender;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link AppUserRegistration} as one container-managed transaction per call: the stored code hash,
 * its audit entry and the SMS message commit together; so do the used code, the account and its
 * audit entry. Refusals roll back, so wrong attempts and rate-limit refusals are counted and
 * audited by {@link CodeAttempts} in a transaction of their own.
 *
 * <p>Never logged, audited or stored: the code and the phone number (only keyed hashes and the
 * phone's ciphertext are stored; audit entries name verification and account ids).
 *
 * <p>Configuration (ISO-8601 durations, integers): {@value #CODE_VALIDITY} (PT5M), {@value
 * #CODE_MAX_ATTEMPTS} (5), {@value #CODES_PER_PHONE} (5), {@value #CODES_PER_CLIENT} (20), {@value
 * #CODE_RATE_WINDOW} (PT1H); keys: {@code meike.identity.code-key}, {@code phone-key}, {@code
 * phone-encryption-key}.
 */
@Stateless
public class DefaultAppUserRegistration implements AppUserRegistration {

  public static final String CODE_VALIDITY = "meike.identity.code-validity";
  public static final String CODE_MAX_ATTEMPTS = "meike.identity.code-max-attempts";
  public static final String CODES_PER_PHONE = "meike.identity.codes-per-phone";
  public static final String CODES_PER_CLIENT = "meike.identity.codes-per-client";
  public static final String CODE_RATE_WINDOW = "meike.identity.code-rate-window";

  static final String VERIFICATION = "phone-verification";
  static final String ACCOUNT = "app-account";
  static final String ANONYMOUS = "anonymous";

  /** One answer for every refused code, so a caller learns nothing about the phone. */
  static final String CODE_REFUSED =
      "The code is wrong, expired or already used; request a new one.";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PhoneVerificationRepository verifications;
  @Inject AppAccountRepository accounts;
  @Inject VerificationCodeSender sender;
  @Inject AccessTokens tokens;

  /** Keyed hash of verification codes and client addresses. */
  @Inject
  @Key("meike.identity.code-key")
  KeyedHash codeHash;

  /** Keyed hash of phone numbers, for look-up (DATA-3). */
  @Inject
  @Key("meike.identity.phone-key")
  KeyedHash phoneHash;

  /**
   * Seals phone numbers at rest, bound to the account's phone hash (the account id comes later).
   */
  @Inject
  @Key("meike.identity.phone-encryption-key")
  FieldCipher phoneCipher;

  @Inject CodeAttempts attempts;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = CODE_VALIDITY, defaultValue = "PT5M")
  Duration codeValidity;

  @Inject
  @ConfigProperty(name = CODE_MAX_ATTEMPTS, defaultValue = "5")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = CODES_PER_PHONE, defaultValue = "5")
  int codesPerPhone;

  @Inject
  @ConfigProperty(name = CODES_PER_CLIENT, defaultValue = "20")
  int codesPerClient;

  @Inject
  @ConfigProperty(name = CODE_RATE_WINDOW, defaultValue = "PT1H")
  Duration rateWindow;

  /** For the container. */
  public DefaultAppUserRegistration() {}

  /** Outside a container (tests): everything given. */
  public DefaultAppUserRegistration(
      PhoneVerificationRepository verifications,
      AppAccountRepository accounts,
      VerificationCodeSender sender,
      AccessTokens tokens,
      KeyedHash codeHash,
      KeyedHash phoneHash,
      FieldCipher phoneCipher,
      CodeAttempts attempts,
      AuditTrail auditTrail,
      Clock clock,
      CodeRules rules) {
    this.verifications = verifications;
    this.accounts = accounts;
    this.sender = sender;
    this.tokens = tokens;
    this.codeHash = codeHash;
    this.phoneHash = phoneHash;
    this.phoneCipher = phoneCipher;
    this.attempts = attempts;
    this.auditTrail = auditTrail;
    this.clock = clock;
    this.codeValidity = rules.validity();
    this.maxAttempts = rules.maxAttempts();
    this.codesPerPhone = rules.perPhone();
    this.codesPerClient = rules.perClient();
    this.rateWindow = rules.window();
  }

  @Override
  public void requestCode(String phone, String clientAddress) {
    PhoneNumber number = PhoneNumber.of(phone);
    CodeRules rules = rules();
    Instant now = clock.instant();
    String phoneHash = this.phoneHash.hash(number.e164());
    String clientHash =
        codeHash.hash("client:" + (clientAddress == null ? "unknown" : clientAddress));
    try {
      rules.checkRate(
          verifications.issuedForPhoneSince(phoneHash, rules.windowStart(now)),
          verifications.issuedForClientSince(clientHash, rules.windowStart(now)));
    } catch (DomainException refused) {
      attempts.rateLimited(refused.field() == null ? "client address" : "phone");
      throw refused;
    }
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    PhoneVerification verification =
        PhoneVerification.issue(phoneHash, clientHash, codeHash.hash(code), now, rules);
    verifications.add(verification);
    sender.send(number.e164(), code);
    auditTrail.record(
        new AuditEvent(
            ANONYMOUS,
            "registration.code-sent",
            VERIFICATION,
            verification.id(),
            "expires " + verification.expiresAt()));
  }

  @Override
  public Registered register(String phone, String code, String role) {
    PhoneNumber number = PhoneNumber.of(phone);
    AppRole requested = AppRole.parse(role);
    if (code == null || !code.matches("[0-9]{6}")) {
      attempts.rejected(null, CodeCheck.WRONG);
      throw DomainException.invalid("code", CODE_REFUSED);
    }
    Instant now = clock.instant();
    String phoneHash = this.phoneHash.hash(number.e164());
    Optional<PhoneVerification> latest = verifications.latestFor(phoneHash);
    CodeCheck check =
        latest
            .map(v -> v.check(expected -> codeHash.matches(code, expected), now))
            .orElse(CodeCheck.WRONG);
    if (!check.accepted()) {
      attempts.rejected(latest.map(PhoneVerification::id).orElse(null), check);
      throw DomainException.invalid("code", CODE_REFUSED);
    }
    PhoneVerification verification = latest.get();
    verification.use(now);
    Optional<AppAccount> existing = accounts.withPhoneHash(phoneHash);
    AppAccount account;
    if (existing.isPresent()) {
      account = existing.get();
      auditTrail.record(
          new AuditEvent(
              account.id(),
              "account.signed-in",
              ACCOUNT,
              account.id(),
              "verification " + verification.id()));
    } else {
      account =
          AppAccount.register(
              phoneHash, phoneCipher.seal(number.e164(), phoneBinding(phoneHash)), requested, now);
      accounts.add(account);
      auditTrail.record(
          new AuditEvent(
              account.id(),
              "account.registered",
              ACCOUNT,
              account.id(),
              "role " + account.role() + ", verification " + verification.id()));
    }
    AccessTokens.Issued token = tokens.issue(account.id(), account.role().name());
    return new Registered(
        account.id(), account.role().name(), existing.isEmpty(), token.token(), token.expiresAt());
  }

  @Override
  public Optional<AccountView> account(String accountId) {
    if (accountId == null || accountId.isBlank()) {
      return Optional.empty();
    }
    return accounts
        .account(accountId)
        .map(
            a ->
                new AccountView(
                    a.id(), a.role().name(), a.extraVerification().name(), a.registeredAt()));
  }

  CodeRules rules() {
    return new CodeRules(codeValidity, maxAttempts, codesPerPhone, codesPerClient, rateWindow);
  }

  /**
   * Where a phone is sealed: the account's row, named by its phone hash (unique, known before the
   * account id).
   */
  static SealBinding phoneBinding(String phoneHash) {
    return SealBinding.of("app_account", "phone_ciphertext", phoneHash);
  }
}
