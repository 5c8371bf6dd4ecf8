package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.application.ExternalAccounts.Binding;
import com.meike.privacy.identity.application.ExternalAccounts.BindingInput;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppRole;
import com.meike.privacy.identity.domain.external.ExternalAccountBinding;
import com.meike.privacy.identity.domain.external.ExternalAccountBindingRepository;
import com.meike.privacy.identity.domain.external.ExternalProvider;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.crypto.SealBinding;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.testsupport.MovableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DefaultExternalAccountsTest {

  private static final String OPENID = "oWx1-7f3a9c2e";

  private final RegistrationFakes.Accounts accounts = new RegistrationFakes.Accounts();
  private final Bindings bindings = new Bindings();
  private final RegistrationFakes.Trail audit = new RegistrationFakes.Trail();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final KeyedHash hash = KeyedHash.fromSecret("e1de".repeat(16));
  private final FieldCipher cipher = new FieldCipher("e1", new byte[32]);
  private final DefaultExternalAccounts service =
      new DefaultExternalAccounts(bindings, accounts, hash, cipher, audit, clock);

  @Test
  void aConsentedBindingKeepsOnlyTheConsentedFieldsAndUnbindingErasesThem() {
    AppAccount account = account();

    Binding bound =
        service.bind(account.id(), new BindingInput("WECHAT", OPENID, true, "小美", null));

    assertThat(bound).isEqualTo(new Binding("WECHAT", "小美", null, clock.instant()));
    ExternalAccountBinding stored = bindings.all.get(0);
    assertThat(stored.externalIdHash()).isEqualTo(hash.hash("WECHAT:" + OPENID));
    assertThat(stored.externalIdCiphertext()).doesNotContain(OPENID);
    assertThat(
            cipher.open(
                stored.externalIdCiphertext(),
                SealBinding.of(
                    "external_account_binding", "external_id_ciphertext", stored.accountId())))
        .isEqualTo(OPENID);
    assertThat(stored.avatarUrl()).isNull();
    assertThat(service.bindings(account.id())).containsExactly(bound);

    service.unbind(account.id(), "WECHAT");

    assertThat(bindings.all).isEmpty();
    assertThat(service.bindings(account.id())).isEmpty();
    assertThat(audit.events)
        .extracting(AuditEvent::action)
        .containsExactly("identity.external-account-bound", "identity.external-account-unbound");
    assertThat(audit.events.get(0).detail())
        .contains("WECHAT")
        .contains("nickname")
        .doesNotContain("avatarUrl");
    assertThat(audit.events)
        .allSatisfy(e -> assertThat(e.detail()).doesNotContain(OPENID).doesNotContain("小美"));
    assertThatThrownBy(() -> service.unbind(account.id(), "WECHAT"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }

  @Test
  void withoutConsentNothingIsBoundAndBadFieldsAreNamed() {
    AppAccount account = account();
    refused(
        () -> service.bind(account.id(), new BindingInput("WECHAT", OPENID, false, null, null)),
        "consent");
    refused(
        () -> service.bind(account.id(), new BindingInput("QQ", OPENID, true, null, null)),
        "provider");
    refused(
        () -> service.bind(account.id(), new BindingInput("ALIPAY", "", true, null, null)),
        "externalId");
    refused(
        () -> service.bind(account.id(), new BindingInput("ALIPAY", "a b", true, null, null)),
        "externalId");
    refused(
        () ->
            service.bind(
                account.id(), new BindingInput("ALIPAY", OPENID, true, "x".repeat(65), null)),
        "nickname");
    refused(
        () ->
            service.bind(
                account.id(),
                new BindingInput("ALIPAY", OPENID, true, null, "http://cdn.example/a.png")),
        "avatarUrl");
    refused(
        () ->
            service.bind(account.id(), new BindingInput("ALIPAY", OPENID, true, null, "not a url")),
        "avatarUrl");
    refused(() -> service.unbind(account.id(), "QQ"), "provider");
    assertThat(bindings.all).isEmpty();
    assertThat(audit.events).isEmpty();
  }

  @Test
  void oneExternalAccountBindsOneAppAccountAndOneProviderOneBinding() {
    AppAccount first = account();
    AppAccount second = account();
    service.bind(
        first.id(), new BindingInput("ALIPAY", OPENID, true, null, "https://cdn.example/a.png"));

    conflict(() -> service.bind(second.id(), new BindingInput("ALIPAY", OPENID, true, null, null)));
    conflict(() -> service.bind(first.id(), new BindingInput("ALIPAY", OPENID, true, null, null)));
    conflict(
        () -> service.bind(first.id(), new BindingInput("ALIPAY", "another-id", true, null, null)));
    // the same id at another provider is another external account
    service.bind(second.id(), new BindingInput("WECHAT", OPENID, true, null, null));
    assertThat(bindings.all).hasSize(2);
  }

  private AppAccount account() {
    AppAccount account =
        AppAccount.register("h" + accounts.byId.size(), "k1:x", AppRole.CUSTOMER, clock.instant());
    accounts.add(account);
    return account;
  }

  private static void conflict(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
  }

  private static void refused(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  static final class Bindings implements ExternalAccountBindingRepository {
    final List<ExternalAccountBinding> all = new ArrayList<>();

    @Override
    public List<ExternalAccountBinding> ofAccount(String accountId) {
      return all.stream().filter(b -> b.accountId().equals(accountId)).toList();
    }

    @Override
    public Optional<ExternalAccountBinding> ofAccount(String accountId, ExternalProvider provider) {
      return all.stream()
          .filter(b -> b.accountId().equals(accountId) && b.provider() == provider)
          .findFirst();
    }

    @Override
    public Optional<ExternalAccountBinding> withExternalIdHash(String externalIdHash) {
      return all.stream().filter(b -> b.externalIdHash().equals(externalIdHash)).findFirst();
    }

    @Override
    public void add(ExternalAccountBinding binding) {
      all.add(binding);
    }

    @Override
    public void remove(ExternalAccountBinding binding) {
      all.remove(binding);
    }
  }
}
