package com.meike.privacy.consent.infrastructure.persistence.jpa;

import com.meike.privacy.consent.domain.assessment.AssessmentConclusion;
import com.meike.privacy.consent.domain.assessment.ImpactAssessment;
import com.meike.privacy.consent.domain.assessment.ImpactAssessmentRepository;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * {@link ImpactAssessmentRepository} on JPA (unit {@code consent}); joins the caller's transaction.
 * {@link #allows}, which the consent check asks for every check of a sensitive or automated
 * purpose, runs outside a transaction as one plain JDBC statement on a pooled connection (as the
 * check's own read, {@code JdbcConsentStateRepository}): a JPQL query there costs a persistence
 * context and an entity per check, more than the check itself (issue 11).
 */
@ApplicationScoped
public class JpaImpactAssessmentRepository implements ImpactAssessmentRepository {

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transactions;

  private BooleanSupplier inTransaction;

  static final String CONCLUSION_IN_FORCE =
      "select conclusion from consent_impact_assessment where processing_key = ?"
          + " and withdrawn_at is null order by registered_at desc, id desc fetch first 1 rows only";

  /** For the container. */
  public JpaImpactAssessmentRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaImpactAssessmentRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Outside a container, with {@link #allows} on {@code dataSource} when {@code inTransaction} says
   * no transaction is active.
   */
  public JpaImpactAssessmentRepository(
      EntityManager entityManager, DataSource dataSource, BooleanSupplier inTransaction) {
    this.entityManager = entityManager;
    this.dataSource = dataSource;
    this.inTransaction = inTransaction;
  }

  @Override
  public boolean allows(String key) {
    if (dataSource == null || inTransaction()) {
      return ImpactAssessmentRepository.super.allows(key);
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(CONCLUSION_IN_FORCE)) {
      statement.setString(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && AssessmentConclusion.ACCEPTABLE.name().equals(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new PersistenceException("reading the impact assessment in force failed", e);
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
  public Optional<ImpactAssessment> find(String id) {
    return Optional.ofNullable(entityManager.find(ImpactAssessment.class, id));
  }

  @Override
  public List<ImpactAssessment> all() {
    return entityManager
        .createQuery(
            "select a from ImpactAssessment a order by a.registeredAt desc, a.id",
            ImpactAssessment.class)
        .getResultList();
  }

  @Override
  public void store(ImpactAssessment assessment) {
    entityManager.persist(assessment);
  }

  @Override
  public Optional<ImpactAssessment> inForce(String key) {
    return entityManager
        .createQuery(
            "select a from ImpactAssessment a where a.processingKey = :key and a.withdrawnAt is null"
                + " order by a.registeredAt desc, a.id desc",
            ImpactAssessment.class)
        .setParameter("key", key)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int deleteWithdrawnKeptUntilBefore(LocalDate today, int limit) {
    List<String> due =
        entityManager
            .createQuery(
                "select a.id from ImpactAssessment a where a.withdrawnAt is not null and a.keepUntil < :today"
                    + " order by a.keepUntil, a.id",
                String.class)
            .setParameter("today", today)
            .setMaxResults(limit)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    return entityManager
        .createQuery(
            "delete from ImpactAssessment a where a.id in :ids and a.withdrawnAt is not null and a.keepUntil < :today")
        .setParameter("ids", due)
        .setParameter("today", today)
        .executeUpdate();
  }
}
