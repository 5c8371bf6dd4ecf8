package com.meike.privacy.identity.application.internal;

import com.meike.privacy.identity.infrastructure.persistence.jpa.JpaAccountVerificationRepository;
import com.meike.privacy.identity.infrastructure.persistence.jpa.JpaAppAccountRepository;
import com.meike.privacy.identity.infrastructure.persistence.jpa.JpaExternalAccountBindingRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppRole;
import com.meike.privacy.identity.domain.account.ExtraVerification;
import com.meike.privacy.identity.domain.evidence.AccountVerification;
import com.meike.privacy.identity.domain.evidence.VerificationKind;
import com.meike.privacy.identity.domain.evidence.VerificationState;
import com.meike.privacy.identity.domain.verification.CodeRules;
import com.meike.privacy.identity.domain.verification.PhoneVerification;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import com.meike.privacy.kernel.persistence.SchemaMigration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V2__accounts.sql and V3__account_verifications.sql, the account, phone-verification and
 * account-verification mappings ({@code validate}) and their queries on H2.
 */
class AccountDeletionOnH2Test {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigration.migrate(ds, "identity", getClass().getClassLoader());
    Configuration configuration =
        new Configuration().addAnnotatedClass(AppAccount.class).addAnnotatedClass(PhoneVerification.class)
            .addAnnotatedClass(AccountVerification.class)
            .addAnnotatedClass(com.meike.privacy.identity.domain.external.ExternalAccountBinding.class);
    configuration.getProperties().put("hibernate.connection.datasource", ds);
    configuration.setProperty("hibernate.hbm2ddl.auto", "validate");
    emf = configuration.buildSessionFactory();
  }

  @AfterEach
  void close() {
    emf.close();
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      try {
        T result = work.apply(em);
        em.getTransaction().commit();
        return result;
      } catch (RuntimeException e) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        throw e;
      }
    }
  }

  @Test
  void deletingAnAccountTakesItsEvidenceAndBindingsAndFreesThePhone() {
    AppAccount child = AppAccount.register("c".repeat(64), "k1:x", AppRole.CUSTOMER, NOW);
    inTransaction(em -> {
      new JpaAppAccountRepository(em).add(child);
      new JpaAccountVerificationRepository(em).add(submission(child.id(), "d".repeat(64), NOW));
      new JpaExternalAccountBindingRepository(em).add(
          com.meike.privacy.identity.domain.external.ExternalAccountBinding.bind(child.id(),
              com.meike.privacy.identity.domain.external.ExternalProvider.WECHAT, "h".repeat(64),
              "e1:c", "小美", null, NOW));
      return null;
    });
    java.util.List<com.meike.privacy.kernel.audit.AuditEvent> audited = new java.util.ArrayList<>();
    com.meike.privacy.audit.application.AuditTrail audit = new com.meike.privacy.audit.application.AuditTrail() {
      @Override
      public void record(com.meike.privacy.kernel.audit.AuditEvent event) {
        audited.add(event);
      }

      @Override
      public com.meike.privacy.audit.application.ChainVerification verify() {
        throw new UnsupportedOperationException();
      }
    };

    inTransaction(em -> {
      DefaultAccountDeletion deletion = new DefaultAccountDeletion();
      deletion.accounts = new JpaAppAccountRepository(em);
      deletion.verifications = new JpaAccountVerificationRepository(em);
      deletion.bindings = new JpaExternalAccountBindingRepository(em);
      deletion.auditTrail = audit;
      deletion.delete(child.id(), "u-mother", "guardian request");
      return null;
    });

    java.util.Optional<AppAccount> account = inTransaction(em -> new JpaAppAccountRepository(em).account(child.id()));
    java.util.Optional<AccountVerification> evidence =
        inTransaction(em -> new JpaAccountVerificationRepository(em).latestOf(child.id()));
    java.util.List<com.meike.privacy.identity.domain.external.ExternalAccountBinding> bound =
        inTransaction(em -> new JpaExternalAccountBindingRepository(em).ofAccount(child.id()));
    assertThat(account).isEmpty();
    assertThat(evidence).isEmpty();
    assertThat(bound).isEmpty();
    inTransaction(em -> {
      new JpaAppAccountRepository(em).add(AppAccount.register("c".repeat(64), "k1:z", AppRole.CUSTOMER, NOW));
      return null;
    });
    assertThat(audited).singleElement().satisfies(event -> assertThat(event.action()).isEqualTo("identity.account-deleted"));
    assertThat(audited.get(0).detail()).contains("guardian request").contains("1 verification(s)")
        .contains("1 third-party binding(s)");
  }


  private static AccountVerification submission(String accountId, String hash, Instant at) {
    return AccountVerification.submit(accountId, VerificationKind.IDENTITY, "ID_CARD",
        new AccountVerification.Sealed(hash, "e1:n", "e1:m", null, null), at);
  }
}
