package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import com.meike.privacy.identity.domain.verification.PhoneVerification;
import com.meike.privacy.identity.domain.verification.PhoneVerificationRepository;
import com.meike.privacy.identity.domain.verification.VerificationCodeSender;
import com.meike.privacy.kernel.audit.AuditEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory stand-ins for the registration's storage, SMS gateway, audit trail and time. */
final class RegistrationFakes {

  private RegistrationFakes() {}

  static final class Accounts implements AppAccountRepository {
    final Map<String, AppAccount> byId = new LinkedHashMap<>();

    @Override
    public Optional<AppAccount> account(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<AppAccount> withPhoneHash(String phoneHash) {
      return byId.values().stream().filter(a -> a.phoneHash().equals(phoneHash)).findFirst();
    }

    @Override
    public void add(AppAccount account) {
      byId.put(account.id(), account);
    }

    @Override
    public void remove(AppAccount account) {
      byId.remove(account.id());
    }

    @Override
    public long count() {
      return byId.size();
    }
  }

  static final class Verifications implements PhoneVerificationRepository {
    final List<PhoneVerification> all = new ArrayList<>();

    @Override
    public Optional<PhoneVerification> verification(String id) {
      return all.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    @Override
    public Optional<PhoneVerification> latestFor(String phoneHash) {
      return all.stream()
          .filter(v -> v.phoneHash().equals(phoneHash))
          .max(Comparator.comparing(PhoneVerification::issuedAt));
    }

    @Override
    public long issuedForPhoneSince(String phoneHash, Instant since) {
      return all.stream()
          .filter(v -> v.phoneHash().equals(phoneHash) && v.issuedAt().isAfter(since))
          .count();
    }

    @Override
    public long issuedForClientSince(String clientHash, Instant since) {
      return all.stream()
          .filter(v -> v.clientHash().equals(clientHash) && v.issuedAt().isAfter(since))
          .count();
    }

    @Override
    public void add(PhoneVerification verification) {
      all.add(verification);
    }
  }

  record Sms(String phone, String code) {}

  static final class Gateway implements VerificationCodeSender {
    final List<Sms> sent = new ArrayList<>();

    @Override
    public void send(String e164Phone, String code) {
      sent.add(new Sms(e164Phone, code));
    }

    String lastCode() {
      return sent.get(sent.size() - 1).code();
    }
  }

  static final class Trail implements AuditTrail {
    final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
      events.add(event);
    }

    @Override
    public ChainVerification verify() {
      throw new UnsupportedOperationException();
    }
  }
}
