package com.meike.privacy.identity.infrastructure.persistence.jpa;

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
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V2__accounts.sql and V3__account_verifications.sql, the account, phone-verification and
 * account-verification mappings ({@code validate}) and their queries on H2.
 */
class AccountsOnH2Test {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private ContextDatabase db;
  private EntityManagerFactory emf;
  private DataSource ds;

  @BeforeEach
  void migratedDatabase() {
    db =
        ContextDatabase.of(
            "identity", AppAccount.class, PhoneVerification.class, AccountVerification.class);
    emf = db.emf();
    ds = db.dataSource();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  @Test
  void accountsAreFoundByPhoneHashAndThePhoneHashIsUnique() {
    AppAccount account = AppAccount.register("a".repeat(64), "k1:cipher", AppRole.MERCHANT, NOW);
    inTransaction(
        em -> {
          new JpaAppAccountRepository(em).add(account);
          return null;
        });
    java.util.Optional<AppAccount> found =
        inTransaction(em -> new JpaAppAccountRepository(em).withPhoneHash("a".repeat(64)));
    assertThat(found)
        .get()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo(account.id());
              assertThat(a.role()).isEqualTo(AppRole.MERCHANT);
              assertThat(a.registeredAt()).isEqualTo(NOW);
            });
    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      new JpaAppAccountRepository(em)
                          .add(AppAccount.register("a".repeat(64), "k1:x", AppRole.CUSTOMER, NOW));
                      em.flush();
                      return null;
                    }))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "ID-6: the bearer check's account read (JDBC outside a transaction) finds an account until it is deleted")
  void existsReadsTheCommittedAccountByJdbcOutsideATransaction() {
    AppAccount account = AppAccount.register("b".repeat(64), "k1:cipher", AppRole.CUSTOMER, NOW);
    inTransaction(
        em -> {
          new JpaAppAccountRepository(em).add(account);
          return null;
        });
    try (EntityManager em = emf.createEntityManager()) {
      JpaAppAccountRepository outside = new JpaAppAccountRepository(em, ds, () -> false);
      assertThat(outside.exists(account.id())).isTrue();
      assertThat(outside.exists("no-such-account")).isFalse();
      assertThat(outside.exists(null)).isFalse();
    }
    inTransaction(
        em -> {
          new JpaAppAccountRepository(em).remove(em.find(AppAccount.class, account.id()));
          return null;
        });
    try (EntityManager em = emf.createEntityManager()) {
      assertThat(new JpaAppAccountRepository(em, ds, () -> false).exists(account.id())).isFalse();
    }
    inTransaction(
        em ->
            assertThat(new JpaAppAccountRepository(em, ds, () -> true).exists(account.id()))
                .isFalse());
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "RET-1: verification codes issued before the cutoff are deleted in batches, exactly those")
  void oldVerificationCodesAreDeletedInBatches() {
    CodeRules rules = CodeRules.defaults();
    inTransaction(
        em -> {
          JpaPhoneVerificationRepository repo = new JpaPhoneVerificationRepository(em);
          for (int i = 0; i < 5; i++) {
            repo.add(
                PhoneVerification.issue(
                    "old", "c", "h" + i, NOW.minusSeconds(8 * 86_400L + i), rules));
          }
          repo.add(PhoneVerification.issue("new", "c", "hn", NOW, rules));
          return null;
        });
    long deleted =
        com.meike.privacy.kernel.rights.RetentionRun.run(
            2,
            100,
            size ->
                inTransaction(
                    em ->
                        new JpaPhoneVerificationRepository(em)
                            .deleteIssuedBefore(NOW.minusSeconds(7 * 86_400L), size)));
    assertThat(deleted).isEqualTo(5);
    long left =
        inTransaction(
            em ->
                new JpaPhoneVerificationRepository(em)
                    .issuedForPhoneSince("new", NOW.minusSeconds(1)));
    assertThat(left).isEqualTo(1);
  }

  @Test
  void verificationsAreCountedPerPhoneAndClientAndTheLatestWins() {
    CodeRules rules = CodeRules.defaults();
    PhoneVerification first = PhoneVerification.issue("p", "c", "h1", NOW, rules);
    PhoneVerification second = PhoneVerification.issue("p", "c2", "h2", NOW.plusSeconds(60), rules);
    inTransaction(
        em -> {
          JpaPhoneVerificationRepository repo = new JpaPhoneVerificationRepository(em);
          repo.add(first);
          repo.add(second);
          return null;
        });
    inTransaction(
        em -> {
          JpaPhoneVerificationRepository repo = new JpaPhoneVerificationRepository(em);
          assertThat(repo.latestFor("p"))
              .get()
              .extracting(PhoneVerification::id)
              .isEqualTo(second.id());
          assertThat(repo.issuedForPhoneSince("p", NOW.minusSeconds(1))).isEqualTo(2);
          assertThat(repo.issuedForPhoneSince("p", NOW)).isEqualTo(1);
          assertThat(repo.issuedForClientSince("c", NOW.minusSeconds(1))).isEqualTo(1);
          repo.verification(first.id()).orElseThrow().failedAttempt();
          return null;
        });
    int failed =
        inTransaction(
            em ->
                new JpaPhoneVerificationRepository(em)
                    .verification(first.id())
                    .orElseThrow()
                    .failedAttempts());
    assertThat(failed).isEqualTo(1);
  }

  @Test
  void aDocumentIsClaimedByOnePendingOrPassedVerificationAndReleasedWhenItFails() {
    AppAccount first = AppAccount.register("b".repeat(64), "k1:x", AppRole.BEAUTICIAN, NOW);
    AppAccount second = AppAccount.register("c".repeat(64), "k1:y", AppRole.CUSTOMER, NOW);
    String document = "d".repeat(64);
    AccountVerification pending = submission(first.id(), document, NOW);
    inTransaction(
        em -> {
          new JpaAppAccountRepository(em).add(first);
          new JpaAppAccountRepository(em).add(second);
          new JpaAccountVerificationRepository(em).add(pending);
          return null;
        });
    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      new JpaAccountVerificationRepository(em)
                          .add(submission(second.id(), document, NOW.plusSeconds(1)));
                      em.flush();
                      return null;
                    }))
        .isInstanceOf(PersistenceException.class);

    inTransaction(
        em -> {
          JpaAccountVerificationRepository repo = new JpaAccountVerificationRepository(em);
          assertThat(repo.claiming(document))
              .get()
              .extracting(AccountVerification::id)
              .isEqualTo(pending.id());
          assertThat(repo.inState(VerificationState.PENDING, 10))
              .extracting(AccountVerification::id)
              .containsExactly(pending.id());
          repo.verification(pending.id())
              .orElseThrow()
              .decide(VerificationState.FAILED, "ops.agent", "e1:r", NOW);
          new JpaAppAccountRepository(em)
              .account(first.id())
              .orElseThrow()
              .verificationDecided(false);
          return null;
        });
    AccountVerification again = submission(second.id(), document, NOW.plusSeconds(2));
    inTransaction(
        em -> {
          new JpaAccountVerificationRepository(em).add(again);
          return null;
        });
    inTransaction(
        em -> {
          JpaAccountVerificationRepository repo = new JpaAccountVerificationRepository(em);
          assertThat(repo.claiming(document))
              .get()
              .extracting(AccountVerification::id)
              .isEqualTo(again.id());
          assertThat(repo.latestOf(first.id()))
              .get()
              .extracting(AccountVerification::state)
              .isEqualTo(VerificationState.FAILED);
          assertThat(repo.inState(VerificationState.FAILED, 10)).hasSize(1);
          assertThat(
                  new JpaAppAccountRepository(em)
                      .account(first.id())
                      .orElseThrow()
                      .extraVerification())
              .isEqualTo(ExtraVerification.FAILED);
          return null;
        });
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
