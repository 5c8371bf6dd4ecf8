package com.meike.privacy.audit.infrastructure.persistence.jpa;

import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditCheckpoint;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditLink;
import com.meike.privacy.audit.domain.trail.AuditTrailRepository;
import com.meike.privacy.audit.domain.trail.UnchainedEntry;
import com.meike.privacy.kernel.audit.StoredCheckpoint;
import com.meike.privacy.kernel.audit.StoredLink;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link AuditTrailRepository} on JPA (unit {@code audit}); joins the caller's transaction.
 *
 * <p>Appending an entry, the one write every audited transaction of the system makes, is plain JDBC
 * on the caller's transaction's connection — the entry and its marker in the chainer's queue, on
 * PostgreSQL in one statement (one round trip), on H2 in two — with the entry's id from a block of
 * {@value #ID_BLOCK} taken from {@code audit_entry_id_seq} once per block (issue 11): no
 * persistence context, no flush at commit, no entity state for an entry that is never read back in
 * the transaction. Everything else (the chainer's step, verification) stays on JPA.
 */
@ApplicationScoped
public class JpaAuditTrailRepository implements AuditTrailRepository {

  @PersistenceContext(unitName = "audit")
  private EntityManager entityManager;

  /** Ids per sequence value: the sequence's increment (V2), as Hibernate's pooled optimizer. */
  static final int ID_BLOCK = 50;

  private static final String INSERT_ENTRY =
      "insert into audit_entry (id, occurred_at, actor, action, subject_type, subject_id, detail)"
          + " values (?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_MARKER = "insert into audit_unchained (entry_id) values (?)";

  /**
   * PostgreSQL: the entry and its marker in one statement (a data-modifying WITH runs to completion
   * whether or not the outer insert reads it), so an audited transaction pays one round trip to the
   * database for its entry rather than two.
   */
  private static final String INSERT_ENTRY_AND_MARKER_POSTGRESQL =
      "with entry as (" + INSERT_ENTRY + ") " + INSERT_MARKER;

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  private DataSource dataSource;

  /** The next id to give and the last of the current block (next > last: take a new block). */
  private long nextId = 1;

  private long lastId = 0;

  /** Whether the datasource is PostgreSQL; asked once, at the first append. */
  private volatile Boolean postgres;

  /** For the container. */
  public JpaAuditTrailRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaAuditTrailRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Outside a container (tests, tools): on the given entity manager, appending entries by JDBC on
   * connections of {@code dataSource} as the container does (each append then commits on its own).
   */
  public JpaAuditTrailRepository(EntityManager entityManager, DataSource dataSource) {
    this.entityManager = entityManager;
    this.dataSource = dataSource;
  }

  @Override
  public void add(AuditEntry entry) {
    if (dataSource == null) {
      // Outside a container without a datasource (tests, tools): as entities, in the entity
      // manager's transaction.
      entityManager.persist(entry);
      entityManager.persist(new UnchainedEntry(entry.id()));
      return;
    }
    // In the container the datasource hands out the connection enlisted in the caller's JTA
    // transaction (the same one its JPA units use), so the entry commits or rolls back with it.
    try (Connection connection = dataSource.getConnection()) {
      insert(connection, entry);
    } catch (SQLException e) {
      throw new PersistenceException("appending the audit entry failed", e);
    }
  }

  private void insert(Connection connection, AuditEntry entry) throws SQLException {
    boolean onPostgres = isPostgres(connection);
    long id = nextId(connection, onPostgres);
    try (PreparedStatement insert =
        connection.prepareStatement(
            onPostgres ? INSERT_ENTRY_AND_MARKER_POSTGRESQL : INSERT_ENTRY)) {
      insert.setLong(1, id);
      insert.setObject(2, entry.occurredAt().atOffset(ZoneOffset.UTC));
      insert.setString(3, entry.actor());
      insert.setString(4, entry.action());
      insert.setString(5, entry.subjectType());
      insert.setString(6, entry.subjectId());
      insert.setString(7, entry.detail());
      if (onPostgres) {
        insert.setLong(8, id);
      }
      insert.executeUpdate();
    }
    if (!onPostgres) {
      try (PreparedStatement marker = connection.prepareStatement(INSERT_MARKER)) {
        marker.setLong(1, id);
        marker.executeUpdate();
      }
    }
  }

  private boolean isPostgres(Connection connection) throws SQLException {
    Boolean known = postgres;
    if (known == null) {
      known = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      postgres = known;
    }
    return known;
  }

  /**
   * The next entry id: from the current block, or from a new one — sequence value {@code hi} stands
   * for the ids {@code hi - 49 … hi} (never below 1: ids of entries from before the sequence are
   * negative), so blocks taken by several nodes never overlap.
   */
  private synchronized long nextId(Connection connection, boolean onPostgres) throws SQLException {
    if (nextId > lastId) {
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  onPostgres
                      ? "select nextval('audit_entry_id_seq')"
                      : "select next value for audit_entry_id_seq")) {
        rows.next();
        long hi = rows.getLong(1);
        lastId = hi;
        nextId = Math.max(1, hi - ID_BLOCK + 1);
      }
    }
    return nextId++;
  }

  @Override
  public AuditChainHead lockHead() {
    return requirePresent(
        entityManager.find(
            AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public AuditChainHead head() {
    return requirePresent(entityManager.find(AuditChainHead.class, AuditChainHead.ID));
  }

  @Override
  public List<AuditEntry> unchained(int limit) {
    return entityManager
        .createQuery(
            // ordered by the queue's own key, not the entry's (the same ids): so the database walks
            // the queue's primary key and stops after the step's entries; ordered by e.id, H2 read
            // and joined the whole queue and sorted it, every step (issue 11)
            "select e from UnchainedEntry u join AuditEntry e on e.id = u.entryId"
                + " order by u.entryId",
            AuditEntry.class)
        // read only: entries never change, so no snapshot to compare at the step's flush
        .setHint("org.hibernate.readOnly", true)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void chained(List<AuditLink> links) {
    if (links.isEmpty()) {
      return;
    }
    List<Long> ids = links.stream().map(AuditLink::entryId).toList();
    links.forEach(entityManager::persist);
    // the look-up by subject, written here in one statement per step rather than as an index that
    // every audited transaction would update (V3_60); a row someone inserted already is kept, so
    // it cannot stop the chain
    entityManager
        .createNativeQuery(
            "insert into audit_subject (subject_type, subject_id, entry_id)"
                + " select e.subject_type, e.subject_id, e.id from audit_entry e"
                + " where e.id in (:ids) and not exists (select 1 from audit_subject s"
                + " where s.subject_type = e.subject_type and s.subject_id = e.subject_id"
                + " and s.entry_id = e.id)")
        .setParameter("ids", ids)
        .executeUpdate();
    entityManager
        .createQuery("delete from UnchainedEntry u where u.entryId in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }

  @Override
  public Optional<AuditCheckpoint> lastCheckpoint() {
    return entityManager
        .createQuery(
            "select c from AuditCheckpoint c order by c.sequence desc", AuditCheckpoint.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(AuditCheckpoint checkpoint) {
    entityManager.persist(checkpoint);
  }

  @Override
  public List<StoredLink> links(long afterSequence, long upToSequence, int limit) {
    return entityManager
        .createQuery(
            "select new com.meike.privacy.kernel.audit.StoredLink("
                + "l.sequence, e.occurredAt, e.actor, e.action, e.subjectType, e.subjectId,"
                + " e.detail, l.previousHash, l.hash)"
                + " from AuditLink l join AuditEntry e on e.id = l.entryId"
                + " where l.sequence > :after and l.sequence <= :upTo"
                + " order by l.sequence",
            StoredLink.class)
        .setParameter("after", afterSequence)
        .setParameter("upTo", upToSequence)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<StoredCheckpoint> checkpoints(long afterSequence, long upToSequence, int limit) {
    return entityManager
        .createQuery(
            "select new com.meike.privacy.kernel.audit.StoredCheckpoint("
                + "c.sequence, c.hash, c.sealedAt, c.keyId, c.previousMac, c.mac)"
                + " from AuditCheckpoint c"
                + " where c.sequence > :after and c.sequence <= :upTo"
                + " order by c.sequence",
            StoredCheckpoint.class)
        .setParameter("after", afterSequence)
        .setParameter("upTo", upToSequence)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Backlog backlog() {
    Object[] row =
        entityManager
            .createQuery(
                "select count(e), min(e.occurredAt) from AuditEntry e"
                    + " where not exists (select 1 from AuditLink l where l.entryId = e.id)",
                Object[].class)
            .getSingleResult();
    return new Backlog(((Number) row[0]).longValue(), (Instant) row[1]);
  }

  private static AuditChainHead requirePresent(AuditChainHead head) {
    if (head == null) {
      throw new IllegalStateException(
          "The audit chain head row is missing: has the audit migration run?");
    }
    return head;
  }
}
