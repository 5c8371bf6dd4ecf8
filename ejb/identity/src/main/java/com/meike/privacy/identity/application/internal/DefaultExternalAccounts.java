package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.ExternalAccounts;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import com.meike.privacy.identity.domain.external.ExternalAccountBinding;
import com.meike.privacy.identity.domain.external.ExternalAccountBindingRepository;
import com.meike.privacy.identity.domain.external.ExternalProvider;
import com.meike.privacy.identity.domain.external.ProfileFields;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ExternalAccounts} as one container-managed transaction per call, the binding and its audit
 * entry together. Audit entries name the provider and which profile fields were kept, never their
 * values or the external id.
 */
@Stateless
public class DefaultExternalAccounts implements ExternalAccounts {

  static final String BINDING = "external-account-binding";

  @Inject ExternalAccountBindingRepository bindings;
  @Inject AppAccountRepository accounts;

  @Inject
  @Key("meike.identity.evidence-key")
  KeyedHash evidenceHash;

  /**
   * Seals the external account id; sealed before the binding has an id, so bound to the account.
   */
  @Inject
  @Key(value = "meike.identity.evidence-encryption-key", defaultId = "e1")
  FieldCipher evidenceCipher;

  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  /** For the container. */
  public DefaultExternalAccounts() {}

  /** Outside a container (tests). */
  public DefaultExternalAccounts(
      ExternalAccountBindingRepository bindings,
      AppAccountRepository accounts,
      KeyedHash evidenceHash,
      FieldCipher evidenceCipher,
      AuditTrail auditTrail,
      Clock clock) {
    this.bindings = bindings;
    this.accounts = accounts;
    this.evidenceHash = evidenceHash;
    this.evidenceCipher = evidenceCipher;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  @Override
  public Binding bind(String accountId, BindingInput input) {
    if (input == null || !input.consent()) {
      throw DomainException.invalid(
          "consent", "must be true: a third-party account is bound only with the person's consent");
    }
    ExternalProvider provider = ExternalProvider.parse(input.provider());
    String externalId = ProfileFields.externalId(input.externalId());
    String nickname = ProfileFields.nickname(input.nickname());
    String avatarUrl = ProfileFields.avatarUrl(input.avatarUrl());
    accounts
        .account(accountId)
        .orElseThrow(() -> DomainException.notFound("The account of this token no longer exists."));
    String hash = evidenceHash.hash(provider + ":" + externalId);
    bindings
        .withExternalIdHash(hash)
        .ifPresent(
            existing -> {
              throw DomainException.conflict(
                  existing.accountId().equals(accountId)
                      ? "This " + provider + " account is already bound to your account."
                      : "This " + provider + " account is bound to another account.");
            });
    if (bindings.ofAccount(accountId, provider).isPresent()) {
      throw DomainException.conflict(
          "Your account is already bound to a " + provider + " account; unbind it first.");
    }
    ExternalAccountBinding binding =
        ExternalAccountBinding.bind(
            accountId,
            provider,
            hash,
            evidenceCipher.seal(
                externalId,
                SealBinding.of("external_account_binding", "external_id_ciphertext", accountId)),
            nickname,
            avatarUrl,
            clock.instant());
    bindings.add(binding);
    List<String> kept = new ArrayList<>();
    if (nickname != null) {
      kept.add("nickname");
    }
    if (avatarUrl != null) {
      kept.add("avatarUrl");
    }
    auditTrail.record(
        new AuditEvent(
            accountId,
            "identity.external-account-bound",
            BINDING,
            binding.id(),
            "account "
                + accountId
                + ", provider "
                + provider
                + ", with consent; profile fields kept: "
                + (kept.isEmpty() ? "none" : String.join(", ", kept))));
    return view(binding);
  }

  @Override
  public List<Binding> bindings(String accountId) {
    return bindings.ofAccount(accountId).stream().map(DefaultExternalAccounts::view).toList();
  }

  @Override
  public void unbind(String accountId, String provider) {
    ExternalProvider which = ExternalProvider.parse(provider);
    ExternalAccountBinding binding =
        bindings
            .ofAccount(accountId, which)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "Your account is not bound to a " + which + " account."));
    bindings.remove(binding);
    auditTrail.record(
        new AuditEvent(
            accountId,
            "identity.external-account-unbound",
            BINDING,
            binding.id(),
            "account " + accountId + ", provider " + which + "; stored fields erased"));
  }

  private static Binding view(ExternalAccountBinding b) {
    return new Binding(b.provider().name(), b.nickname(), b.avatarUrl(), b.boundAt());
  }
}
