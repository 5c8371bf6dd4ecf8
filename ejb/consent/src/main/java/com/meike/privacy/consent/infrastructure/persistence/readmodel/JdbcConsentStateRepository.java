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
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * {@link ConsentStateRepository} as one primary-key read (the same SQL on H2 and PostgreSQL): the
 * row of {@code consent_current} for the person and purpose, which carries the entry in force (or
 * nothing, for a purpose the person has not acted on yet) together with the person's child status
 * and latest re-consent requirement, both kept in that row in the same transaction as every change
 * to them ({@code JpaConsentEntryRepository}, {@code JpaChildStatusRepository}, {@code
 * JpaReconsentRequirementRepository}). A person's first act, and marking a child, write a row for
 * every purpose of the catalogue, so a check normally finds its row; only without one (a person
 * nothing was ever recorded for, or a purpose catalogued after their first act) a second
 * primary-key read asks the child register whether they are a child — the one fact that counts
 * without an entry.
 *
 * <p>Plain JDBC outside a transaction (the REST resource, most callers): a pooled connection from
 * the datasource, given back at once — the check is the hottest read of the system and needs
 * neither entities nor a persistence context. Inside a caller's transaction the same statement runs
 * as a native query of the consent unit, on its connection and after its flush, so that it sees
 * what that transaction wrote: a consent given earlier in the same business change counts.
 */
@ApplicationScoped
public class JdbcConsentStateRepository implements ConsentStateRepository {

  static final String STATE =
      "select sequence, policy_version, action, channel, actor, acted_as, recorded_by, occurred_at,"
          + " child_guardian_id, child_basis, child_marked_at, child_marked_by,"
          + " reconsent_version, reconsent_marked_at, reconsent_satisfied_at, reconsent_transfer_id"
          + " from consent_current where subject_id = ? and purpose_code = ?";

  /**
   * The row under the pair's key ({@link ConsentCheckKeys}): its own pair first, to tell it from
   * another pair's row under the same key.
   */
  static final String STATE_BY_KEY =
      "select subject_id, purpose_code, sequence, policy_version, action, channel, actor,"
          + " acted_as, recorded_by, occurred_at, child_guardian_id, child_basis, child_marked_at,"
          + " child_marked_by, reconsent_version, reconsent_marked_at, reconsent_satisfied_at,"
          + " reconsent_transfer_id from consent_current where check_key = ?";

  static final String CHILD =
      "select guardian_id, basis, marked_at, marked_by from consent_child_status"
          + " where subject_id = ?";

  @PersistenceContext(unitName = "consent")
  private EntityManager entityManager;

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transactions;

  private BooleanSupplier inTransaction;

  /** For the container. */
  public JdbcConsentStateRepository() {}

  /**
   * Outside a container (tests, tools): {@code inTransaction} tells whether a transaction of {@code
   * entityManager} is active.
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
      List<Object[]> keyed =
          entityManager
              .createNativeQuery(STATE_BY_KEY)
              .setParameter(1, ConsentCheckKeys.key(subjectId, purposeCode))
              .getResultList();
      if (!keyed.isEmpty()
          && subjectId.equals(keyed.get(0)[0])
          && purposeCode.equals(keyed.get(0)[1])) {
        return state(subjectId, purposeCode, java.util.Arrays.copyOfRange(keyed.get(0), 2, 18));
      }
      // Another pair's row under the key, or none: by the pair.
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          entityManager
              .createNativeQuery(STATE)
              .setParameter(1, subjectId)
              .setParameter(2, purposeCode)
              .getResultList();
      if (!rows.isEmpty()) {
        return state(subjectId, purposeCode, rows.get(0));
      }
      @SuppressWarnings("unchecked")
      List<Object[]> child =
          entityManager.createNativeQuery(CHILD).setParameter(1, subjectId).getResultList();
      return withoutRow(subjectId, child.isEmpty() ? null : child.get(0));
    }
    try (Connection connection = dataSource.getConnection()) {
      return read(connection, subjectId, purposeCode);
    } catch (SQLException e) {
      throw new PersistenceException("reading the consent state failed", e);
    }
  }

  /** How many people one {@code IN (…)} read of {@link #readAll} asks for. */
  static final int CHUNK = 500;

  /**
   * Many people's rows for one purpose with one {@code subject_id IN (…)} read per {@value #CHUNK}
   * (issue 14: a notice campaign's batch); the few without a row are read one by one as {@link
   * #read} does.
   */
  @Override
  public java.util.Map<String, ConsentState> readAll(
      java.util.Collection<String> subjectIds, String purposeCode) {
    List<String> ids = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(subjectIds));
    java.util.Map<String, ConsentState> states = new java.util.HashMap<>();
    boolean transacted = inTransaction();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String sql =
          STATE
              .replace(" subject_id = ?", " subject_id in (" + "?,".repeat(chunk.size() - 1) + "?)")
              .replace("select sequence,", "select subject_id, sequence,");
      if (transacted) {
        jakarta.persistence.Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < chunk.size(); i++) {
          query.setParameter(i + 1, chunk.get(i));
        }
        query.setParameter(chunk.size() + 1, purposeCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
          String subject = (String) row[0];
          states.put(
              subject,
              state(subject, purposeCode, java.util.Arrays.copyOfRange(row, 1, row.length)));
        }
      } else {
        try (Connection connection = dataSource.getConnection();
            PreparedStatement statement = connection.prepareStatement(sql)) {
          for (int i = 0; i < chunk.size(); i++) {
            statement.setString(i + 1, chunk.get(i));
          }
          statement.setString(chunk.size() + 1, purposeCode);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              Object[] row = new Object[COLUMNS];
              for (int i = 0; i < COLUMNS; i++) {
                row[i] =
                    TIMESTAMPS[i]
                        ? rows.getObject(i + 2, OffsetDateTime.class)
                        : rows.getObject(i + 2);
              }
              String subject = rows.getString(1);
              states.put(subject, state(subject, purposeCode, row));
            }
          }
        } catch (SQLException e) {
          throw new PersistenceException("reading the consent states failed", e);
        }
      }
    }
    List<String> missing = ids.stream().filter(id -> !states.containsKey(id)).toList();
    for (int from = 0; from < missing.size(); from += CHUNK) {
      List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
      Map<String, Object[]> children = children(chunk, transacted);
      for (String id : chunk) {
        states.put(id, withoutRow(id, children.get(id)));
      }
    }
    return states;
  }

  /**
   * The child register's rows of people without a row for the purpose (only that counts for them,
   * as in {@link #read}), with one {@code IN (…)} read; keyed by subject id, columns of {@link
   * #CHILD}.
   */
  private Map<String, Object[]> children(List<String> subjectIds, boolean transacted) {
    String sql =
        CHILD
            .replace(
                " subject_id = ?", " subject_id in (" + "?,".repeat(subjectIds.size() - 1) + "?)")
            .replace("select guardian_id,", "select subject_id, guardian_id,");
    Map<String, Object[]> found = new java.util.HashMap<>();
    if (transacted) {
      jakarta.persistence.Query query = entityManager.createNativeQuery(sql);
      for (int i = 0; i < subjectIds.size(); i++) {
        query.setParameter(i + 1, subjectIds.get(i));
      }
      @SuppressWarnings("unchecked")
      List<Object[]> rows = query.getResultList();
      for (Object[] row : rows) {
        found.put((String) row[0], java.util.Arrays.copyOfRange(row, 1, row.length));
      }
      return found;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < subjectIds.size(); i++) {
        statement.setString(i + 1, subjectIds.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          found.put(
              rows.getString(1),
              new Object[] {
                rows.getString(2),
                rows.getString(3),
                rows.getObject(4, OffsetDateTime.class),
                rows.getString(5)
              });
        }
      }
      return found;
    } catch (SQLException e) {
      throw new PersistenceException("reading the child register failed", e);
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
    try (PreparedStatement statement = connection.prepareStatement(STATE_BY_KEY)) {
      statement.setLong(1, ConsentCheckKeys.key(subjectId, purposeCode));
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next()
            && subjectId.equals(rows.getString(1))
            && purposeCode.equals(rows.getString(2))) {
          return state(subjectId, purposeCode, row(rows, 2));
        }
      }
    }
    // Another pair's row under the key (a collision, or a row from before the key), or none.
    try (PreparedStatement statement = connection.prepareStatement(STATE)) {
      statement.setString(1, subjectId);
      statement.setString(2, purposeCode);
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next()) {
          Object[] row = row(rows, 0);
          return state(subjectId, purposeCode, row);
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(CHILD)) {
      statement.setString(1, subjectId);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return withoutRow(subjectId, null);
        }
        return withoutRow(
            subjectId,
            new Object[] {
              rows.getString(1),
              rows.getString(2),
              rows.getObject(3, OffsetDateTime.class),
              rows.getString(4)
            });
      }
    }
  }

  /** The state's columns of the current row, starting after {@code skip} columns. */
  private static Object[] row(ResultSet rows, int skip) throws SQLException {
    Object[] row = new Object[COLUMNS];
    for (int i = 0; i < COLUMNS; i++) {
      // The child's and the requirement's other columns only when there is one.
      if ((i > 8 && i < 12 && row[8] == null) || (i > 12 && row[12] == null)) {
        continue;
      }
      row[i] =
          TIMESTAMPS[i]
              ? rows.getObject(skip + i + 1, OffsetDateTime.class)
              : rows.getObject(skip + i + 1);
    }
    return row;
  }

  private static final int COLUMNS = 16;

  /** Which columns of {@link #STATE} are timestamps (read as OffsetDateTime on both databases). */
  private static final boolean[] TIMESTAMPS = new boolean[COLUMNS];

  static {
    for (int column : new int[] {8, 11, 14, 15}) {
      TIMESTAMPS[column - 1] = true;
    }
  }

  /** The state from the person's row for the purpose (columns of {@link #STATE}). */
  private static ConsentState state(String subjectId, String purposeCode, Object[] row) {
    ConsentEntry latest =
        row[0] == null
            ? null
            : ConsentEntry.stored(
                ((Number) row[0]).longValue(),
                subjectId,
                purposeCode,
                (String) row[1],
                ConsentAction.valueOf((String) row[2]),
                ConsentChannel.valueOf((String) row[3]),
                (String) row[4],
                ActedAs.valueOf((String) row[5]),
                (String) row[6],
                instant(row[7]));
    ChildStatus child =
        row[8] == null
            ? null
            : ChildStatus.stored(
                subjectId,
                (String) row[8],
                ChildBasis.valueOf((String) row[9]),
                instant(row[10]),
                (String) row[11]);
    ReconsentRequirement reconsent =
        row[12] == null
            ? null
            : ReconsentRequirement.stored(
                subjectId, (String) row[12], instant(row[13]), instant(row[14]), (String) row[15]);
    return new ConsentState(
        Optional.ofNullable(latest), Optional.ofNullable(child), Optional.ofNullable(reconsent));
  }

  /**
   * No row for the purpose: no entry, so only the child status counts (a re-consent requirement
   * outdates entries, and there is none); {@code child} is the child register's row or null.
   */
  private static ConsentState withoutRow(String subjectId, Object[] child) {
    return new ConsentState(
        Optional.empty(),
        child == null
            ? Optional.empty()
            : Optional.of(
                ChildStatus.stored(
                    subjectId,
                    (String) child[0],
                    ChildBasis.valueOf((String) child[1]),
                    instant(child[2]),
                    (String) child[3])),
        Optional.empty());
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
