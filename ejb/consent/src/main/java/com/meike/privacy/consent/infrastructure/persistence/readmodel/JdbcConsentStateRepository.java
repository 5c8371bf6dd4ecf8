package com.meike.privacy.consent.infrastructure.persistence.readmodel;

import com.meike.privacy.consent.domain.child.ChildBasis;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.ledger.ActedAs;
import com.meike.privacy.consent.domain.ledger.ConsentAction;
import com.meike.privacy.consent.domain.ledger.ConsentChannel;
import com.meike.privacy.consent.domain.ledger.ConsentEntry;
import com.meike.privacy.consent.domain.ledger.ConsentState;
import com.meike.privacy.consent.domain.ledger.ConsentStateRepository;
import com.meike.privacy.consent.domain.policy.ReconsentRequirement;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * {@link ConsentStateRepository} as one SQL statement (the same on H2 and PostgreSQL): the row of
 * {@code consent_current} for the person and purpose (primary key), the person's child status
 * (primary key) and re-consent requirements (primary-key prefix), and the highest published policy
 * ordinal (unique index), joined onto that one-row aggregate so that a person with nothing recorded
 * still gets their answer.
 *
 * <p>Plain JDBC outside a transaction (the REST resource, most callers): a pooled connection from
 * the datasource, given back at once — the check is the hottest read of the system and needs
 * neither entities nor a persistence context. Inside a caller's transaction the same statement
 * runs as a native query of the consent unit, on its connection and after its flush, so that it
 * sees what that transaction wrote: a consent given earlier in the same business change counts.
 */
@ApplicationScoped
public class JdbcConsentStateRepository implements ConsentStateRepository {

  static final String STATE =
      "select v.publications,"
          + " c.sequence, c.policy_version, c.action, c.channel, c.actor, c.acted_as,"
          + " c.recorded_by, c.occurred_at,"
          + " ch.guardian_id, ch.basis, ch.marked_at, ch.marked_by,"
          + " r.policy_version, r.marked_at, r.satisfied_at, r.data_holder_transfer_id"
          + " from (select coalesce(max(p.ordinal), 0) as publications"
          + " from consent_policy_version p) v"
          + " left join consent_current c on c.subject_id = ? and c.purpose_code = ?"
          + " left join consent_child_status ch on ch.subject_id = ?"
          + " left join consent_reconsent_requirement r on r.subject_id = ?";

  /** {@code latestFor}'s order: the latest marked, then the highest version. */
  private static final Comparator<ReconsentRequirement> LATEST =
      Comparator.comparing(ReconsentRequirement::markedAt)
          .thenComparing(ReconsentRequirement::policyVersion);

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transactions;

  private BooleanSupplier inTransaction;

  /** For the container. */
  public JdbcConsentStateRepository() {}

  /**
   * Outside a container (tests, tools): {@code inTransaction} tells whether a transaction of
   * {@code entityManager} is active.
   */
  public JdbcConsentStateRepository(
      EntityManager entityManager, DataSource dataSource, BooleanSupplier inTransaction) {
    this.entityManager = entityManager;
    this.dataSource = dataSource;
    this.inTransaction = inTransaction;
  }

  @Override
  public ConsentState read(String subjectId, String purposeCode) {
    if (inTransaction()) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          entityManager
              .createNativeQuery(STATE)
              .setParameter(1, subjectId)
              .setParameter(2, purposeCode)
              .setParameter(3, subjectId)
              .setParameter(4, subjectId)
              .getResultList();
      State state = new State(subjectId, purposeCode);
      rows.forEach(state::add);
      return state.result();
    }
    try (Connection connection = dataSource.getConnection()) {
      return read(connection, subjectId, purposeCode);
    } catch (SQLException e) {
      throw new PersistenceException("reading the consent state failed", e);
    }
  }

  private boolean inTransaction() {
    if (inTransaction != null) {
      return inTransaction.getAsBoolean();
    }
    int status = transactions.getTransactionStatus();
    return status != Status.STATUS_NO_TRANSACTION;
  }

  static ConsentState read(Connection connection, String subjectId, String purposeCode)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(STATE)) {
      statement.setString(1, subjectId);
      statement.setString(2, purposeCode);
      statement.setString(3, subjectId);
      statement.setString(4, subjectId);
      State state = new State(subjectId, purposeCode);
      try (ResultSet rows = statement.executeQuery()) {
        Object[] row = new Object[COLUMNS];
        while (rows.next()) {
          for (int i = 0; i < COLUMNS; i++) {
            row[i] =
                TIMESTAMPS[i]
                    ? rows.getObject(i + 1, OffsetDateTime.class)
                    : rows.getObject(i + 1);
          }
          state.add(row);
        }
      }
      return state.result();
    }
  }

  private static final int COLUMNS = 17;

  /** Which columns of {@link #STATE} are timestamps (read as OffsetDateTime on both databases). */
  private static final boolean[] TIMESTAMPS = new boolean[COLUMNS];

  static {
    for (int column : new int[] {9, 12, 15, 16}) {
      TIMESTAMPS[column - 1] = true;
    }
  }

  /** Folds the statement's rows (one, or one per re-consent requirement) into the state. */
  private static final class State {
    private final String subjectId;
    private final String purposeCode;
    private long publications;
    private ConsentEntry latest;
    private ChildStatus child;
    private ReconsentRequirement reconsent;

    State(String subjectId, String purposeCode) {
      this.subjectId = subjectId;
      this.purposeCode = purposeCode;
    }

    void add(Object[] row) {
      publications = ((Number) row[0]).longValue();
      if (latest == null && row[1] != null) {
        latest =
            ConsentEntry.stored(
                ((Number) row[1]).longValue(),
                subjectId,
                purposeCode,
                (String) row[2],
                ConsentAction.valueOf((String) row[3]),
                ConsentChannel.valueOf((String) row[4]),
                (String) row[5],
                ActedAs.valueOf((String) row[6]),
                (String) row[7],
                instant(row[8]));
      }
      if (child == null && row[9] != null) {
        child =
            ChildStatus.stored(
                subjectId,
                (String) row[9],
                ChildBasis.valueOf((String) row[10]),
                instant(row[11]),
                (String) row[12]);
      }
      if (row[13] != null) {
        ReconsentRequirement requirement =
            ReconsentRequirement.stored(
                subjectId, (String) row[13], instant(row[14]), instant(row[15]), (String) row[16]);
        if (reconsent == null || LATEST.compare(requirement, reconsent) > 0) {
          reconsent = requirement;
        }
      }
    }

    ConsentState result() {
      return new ConsentState(
          publications,
          Optional.ofNullable(latest),
          Optional.ofNullable(child),
          Optional.ofNullable(reconsent));
    }
  }

  /** A timestamp as JDBC or Hibernate's native query hands it over. */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("not a timestamp with time zone: " + value.getClass());
  }
}
