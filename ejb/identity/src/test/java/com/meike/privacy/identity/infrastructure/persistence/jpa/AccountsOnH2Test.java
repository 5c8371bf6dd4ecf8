package com.meike.privacy.identity.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppRole;
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

/** V2__accounts.sql, the account and verification mappings ({@code validate}) and their queries on H2. */
class AccountsOnH2Test {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private EntityManagerFactory emf;

  @BeforeEach
  void migratedDatabase() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    SchemaMigration.migrate(ds, "identity", getClass().getClassLoader());
    Configuration configuration =
        new Configuration().addAnnotatedClass(AppAccount.class).addAnnotatedClass(PhoneVerification.class);
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
  void accountsAreFoundByPhoneHashAndThePhoneHashIsUnique() {
    AppAccount account = AppAccount.register("a".repeat(64), "k1:cipher", AppRole.MERCHANT, NOW);
    inTransaction(em -> { new JpaAppAccountRepository(em).add(account); return null; });
    java.util.Optional<AppAccount> found =
        inTransaction(em -> new JpaAppAccountRepository(em).withPhoneHash("a".repeat(64)));
    assertThat(found)
        .get().satisfies(a -> {
          assertThat(a.id()).isEqualTo(account.id());
          assertThat(a.role()).isEqualTo(AppRole.MERCHANT);
          assertThat(a.registeredAt()).isEqualTo(NOW);
        });
    assertThatThrownBy(() -> inTransaction(em -> {
      new JpaAppAccountRepository(em).add(AppAccount.register("a".repeat(64), "k1:x", AppRole.CUSTOMER, NOW));
      em.flush();
      return null;
    })).isInstanceOf(PersistenceException.class);
  }

  @Test
  void verificationsAreCountedPerPhoneAndClientAndTheLatestWins() {
    CodeRules rules = CodeRules.defaults();
    PhoneVerification first = PhoneVerification.issue("p", "c", "h1", NOW, rules);
    PhoneVerification second = PhoneVerification.issue("p", "c2", "h2", NOW.plusSeconds(60), rules);
    inTransaction(em -> {
      JpaPhoneVerificationRepository repo = new JpaPhoneVerificationRepository(em);
      repo.add(first);
      repo.add(second);
      return null;
    });
    inTransaction(em -> {
      JpaPhoneVerificationRepository repo = new JpaPhoneVerificationRepository(em);
      assertThat(repo.latestFor("p")).get().extracting(PhoneVerification::id).isEqualTo(second.id());
      assertThat(repo.issuedForPhoneSince("p", NOW.minusSeconds(1))).isEqualTo(2);
      assertThat(repo.issuedForPhoneSince("p", NOW)).isEqualTo(1);
      assertThat(repo.issuedForClientSince("c", NOW.minusSeconds(1))).isEqualTo(1);
      repo.verification(first.id()).orElseThrow().failedAttempt();
      return null;
    });
    int failed = inTransaction(
        em -> new JpaPhoneVerificationRepository(em).verification(first.id()).orElseThrow().failedAttempts());
    assertThat(failed).isEqualTo(1);
  }
}
