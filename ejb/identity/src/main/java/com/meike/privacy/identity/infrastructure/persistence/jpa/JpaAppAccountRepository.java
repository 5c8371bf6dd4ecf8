package com.meike.privacy.identity.infrastructure.persistence.jpa;

import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppAccountRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * {@link AppAccountRepository} on JPA (unit {@code identity}); joins the caller's transaction.
 * {@link #exists} outside a transaction — the bearer-token check of every app request — is one
 * primary-key select on a pooled connection, without a transaction or a persistence context (as the
 * consent check's read model does); inside one it is {@code find} on the caller's context.
 */
@ApplicationScoped
public class JpaAppAccountRepository implements AppAccountRepository {

  static final String EXISTS = "select 1 from app_account where id = ?";

  @PersistenceContext(unitName = "identity")
  private EntityManager entityManager;

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transactions;

  private BooleanSupplier inTransaction;

  /** For the container. */
  public JpaAppAccountRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaAppAccountRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Outside a container (tests, tools): {@link #exists} reads {@code dataSource} by JDBC whenever
   * {@code inTransaction} says no transaction of {@code entityManager} is active.
   */
  public JpaAppAccountRepository(
      EntityManager entityManager, DataSource dataSource, BooleanSupplier inTransaction) {
    this.entityManager = entityManager;
    this.dataSource = dataSource;
    this.inTransaction = inTransaction;
  }

  @Override
  public Optional<AppAccount> account(String id) {
    return Optional.ofNullable(entityManager.find(AppAccount.class, id));
  }

  @Override
  public boolean exists(String id) {
    if (id == null || dataSource == null || inTransaction()) {
      return id != null && account(id).isPresent();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(EXISTS)) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new PersistenceException("reading the account failed", e);
    }
  }

  private boolean inTransaction() {
    if (inTransaction != null) {
      return inTransaction.getAsBoolean();
    }
    return transactions == null
        || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
  }

  @Override
  public Optional<AppAccount> withPhoneHash(String phoneHash) {
    return entityManager
        .createQuery("select a from AppAccount a where a.phoneHash = :hash", AppAccount.class)
        .setParameter("hash", phoneHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long count() {
    return entityManager
        .createQuery("select count(a) from AppAccount a", Long.class)
        .getSingleResult();
  }

  @Override
  public void add(AppAccount account) {
    entityManager.persist(account);
  }

  @Override
  public void remove(AppAccount account) {
    entityManager.remove(entityManager.contains(account) ? account : entityManager.merge(account));
  }
}
