package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppRole;
import com.meike.privacy.identity.domain.evidence.AccountVerification;
import com.meike.privacy.identity.domain.evidence.VerificationKind;
import com.meike.privacy.identity.domain.verification.PhoneVerification;
import com.meike.privacy.identity.infrastructure.persistence.jpa.JpaAccountVerificationRepository;
import com.meike.privacy.identity.infrastructure.persistence.jpa.JpaAppAccountRepository;
import com.meike.privacy.identity.infrastructure.persistence.jpa.JpaExternalAccountBindingRepository;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V2__accounts.sql and V3__account_verifications.sql, the account, phone-verification and
 * account-verification mappings ({@code validate}) and their queries on H2.
 */
class AccountDeletionOnH2Test {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "identity",
            AppAccount.class,
            PhoneVerification.class,
            AccountVerification.class,
            com.meike.privacy.identity.domain.external.ExternalAccountBinding.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  @Test
  void deletingAnAccountTakesItsEvidenceAndBindingsAndFreesThePhone() {
    AppAccount child = AppAccount.register("c".repeat(64), "k1:x", AppRole.CUSTOMER, NOW);
    inTransaction(
        em -> {
          new JpaAppAccountRepository(em).add(child);
          new JpaAccountVerificationRepository(em).add(submission(child.id(), "d".repeat(64), NOW));
          new JpaExternalAccountBindingRepository(em)
              .add(
                  com.meike.privacy.identity.domain.external.ExternalAccountBinding.bind(
                      child.id(),
                      com.meike.privacy.identity.domain.external.ExternalProvider.WECHAT,
                      "h".repeat(64),
                      "e1:c",
                      "小美",
                      null,
                      NOW));
          return null;
        });
    java.util.List<com.meike.privacy.kernel.audit.AuditEvent> audited = new java.util.ArrayList<>();
    com.meike.privacy.audit.application.AuditTrail audit =
        new com.meike.privacy.audit.application.AuditTrail() {
          @Override
          public void record(com.meike.privacy.kernel.audit.AuditEvent event) {
            audited.add(event);
          }

          @Override
          public com.meike.privacy.audit.application.ChainVerification verify() {
            throw new UnsupportedOperationException();
          }
        };

    inTransaction(
        em -> {
          DefaultAccountDeletion deletion = new DefaultAccountDeletion();
          deletion.accounts = new JpaAppAccountRepository(em);
          deletion.verifications = new JpaAccountVerificationRepository(em);
          deletion.bindings = new JpaExternalAccountBindingRepository(em);
          deletion.auditTrail = audit;
          deletion.delete(child.id(), "u-mother", "guardian request");
          return null;
        });

    java.util.Optional<AppAccount> account =
        inTransaction(em -> new JpaAppAccountRepository(em).account(child.id()));
    java.util.Optional<AccountVerification> evidence =
        inTransaction(em -> new JpaAccountVerificationRepository(em).latestOf(child.id()));
    java.util.List<com.meike.privacy.identity.domain.external.ExternalAccountBinding> bound =
        inTransaction(em -> new JpaExternalAccountBindingRepository(em).ofAccount(child.id()));
    assertThat(account).isEmpty();
    assertThat(evidence).isEmpty();
    assertThat(bound).isEmpty();
    inTransaction(
        em -> {
          new JpaAppAccountRepository(em)
              .add(AppAccount.register("c".repeat(64), "k1:z", AppRole.CUSTOMER, NOW));
          return null;
        });
    assertThat(audited)
        .singleElement()
        .satisfies(event -> assertThat(event.action()).isEqualTo("identity.account-deleted"));
    assertThat(audited.get(0).detail())
        .contains("guardian request")
        .contains("1 verification(s)")
        .contains("1 third-party binding(s)");
  }

  private static AccountVerification submission(String accountId, String hash, Instant at) {
    return AccountVerification.submit(
        accountId,
        VerificationKind.IDENTITY,
        "ID_CARD",
        new AccountVerification.Sealed(hash, "e1:n", "e1:m", null, null),
        at);
  }
}
