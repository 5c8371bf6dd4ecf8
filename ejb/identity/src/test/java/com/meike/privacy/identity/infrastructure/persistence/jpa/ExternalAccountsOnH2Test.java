package com.meike.privacy.identity.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppRole;
import com.meike.privacy.identity.domain.external.ExternalAccountBinding;
import com.meike.privacy.identity.domain.external.ExternalProvider;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V4__external_accounts.sql, the binding mapping ({@code validate}) and its queries on H2. */
class ExternalAccountsOnH2Test {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
  private ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    db = ContextDatabase.of("identity", AppAccount.class, ExternalAccountBinding.class);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  @Test
  void anExternalAccountBindsOnceAndUnbindingDeletesTheRow() {
    AppAccount first = AppAccount.register("a".repeat(64), "k1:x", AppRole.CUSTOMER, NOW);
    AppAccount second = AppAccount.register("b".repeat(64), "k1:y", AppRole.CUSTOMER, NOW);
    ExternalAccountBinding binding =
        ExternalAccountBinding.bind(
            first.id(),
            ExternalProvider.WECHAT,
            "h".repeat(64),
            "e1:c",
            "小美",
            "https://cdn.example/a.png",
            NOW);
    inTransaction(
        em -> {
          new JpaAppAccountRepository(em).add(first);
          new JpaAppAccountRepository(em).add(second);
          new JpaExternalAccountBindingRepository(em).add(binding);
          return null;
        });
    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> {
                      new JpaExternalAccountBindingRepository(em)
                          .add(
                              ExternalAccountBinding.bind(
                                  second.id(),
                                  ExternalProvider.WECHAT,
                                  "h".repeat(64),
                                  "e1:d",
                                  null,
                                  null,
                                  NOW));
                      em.flush();
                      return null;
                    }))
        .isInstanceOf(PersistenceException.class);

    inTransaction(
        em -> {
          JpaExternalAccountBindingRepository repo = new JpaExternalAccountBindingRepository(em);
          assertThat(repo.withExternalIdHash("h".repeat(64)))
              .get()
              .extracting(ExternalAccountBinding::accountId)
              .isEqualTo(first.id());
          assertThat(repo.ofAccount(first.id()))
              .singleElement()
              .satisfies(
                  b -> {
                    assertThat(b.nickname()).isEqualTo("小美");
                    assertThat(b.boundAt()).isEqualTo(NOW);
                  });
          repo.remove(repo.ofAccount(first.id(), ExternalProvider.WECHAT).orElseThrow());
          return null;
        });
    long rows =
        inTransaction(
            em ->
                (Long)
                    em.createNativeQuery(
                            "select count(*) from external_account_binding", Long.class)
                        .getSingleResult());
    assertThat(rows).isZero();
  }
}
