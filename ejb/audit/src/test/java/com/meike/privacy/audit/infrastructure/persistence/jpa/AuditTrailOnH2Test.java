package com.meike.privacy.audit.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.audit.application.internal.AuditChaining;
import com.meike.privacy.audit.application.internal.DefaultAuditTrail;
import com.meike.privacy.audit.domain.trail.AuditChainHead;
import com.meike.privacy.audit.domain.trail.AuditCheckpoint;
import com.meike.privacy.audit.domain.trail.AuditEntry;
import com.meike.privacy.audit.domain.trail.AuditLink;
import com.meike.privacy.audit.domain.trail.UnchainedEntry;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.audit.HashChain;
import com.meike.privacy.kernel.crypto.KeySet;
import com.meike.privacy.kernel.crypto.KeyedHashes;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * AUD-1 on the real migration, mapping and queries (H2): Flyway creates the schema, Hibernate (test
 * scope) maps the entities against it ({@code validate}); audited transactions record, the chainer
 * links and seals, verification finds what was changed behind the application's back.
 */
@DisplayName("AUD-1: audit trail, chainer and checkpoints on H2")
@Tag("AUD-1")
class AuditTrailOnH2Test {

  private static final String KEY =
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  private static final String KEY_2 =
      "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
  private static final KeyedHashes KEYS = keys(java.util.Map.of("meike.audit.checkpoint-key", KEY));
  private static final KeyedHashes NO_KEYS = keys(java.util.Map.of());

  /** The checkpoint key set as the kernel's facility loads it from configuration. */
  private static KeyedHashes keys(java.util.Map<String, String> config) {
    return KeySet.load(
            DefaultAuditTrail.CHECKPOINT_KEY,
            KeySet.Kind.MAC,
            "c1",
            true,
            property -> Optional.ofNullable(config.get(property)))
        .macs();
  }

  private ContextDatabase db;

  @BeforeEach
  void migratedDatabase() {
    DataSource own = newDatabase();
    db =
        own != null
            // PostgreSQL: its char(64) hash columns fail Hibernate's type check (H2 validates)
            ? ContextDatabase.migrating("audit")
                .entities(ENTITIES)
                .on(own)
                .withoutValidation()
                .open()
            // a late committer's rows are locked while the chainer reads: it waits, not fails
            : ContextDatabase.migrating("audit").entities(ENTITIES).lockTimeout(LOCK_WAIT).open();
  }

  /** The database to migrate; null for a fresh in-memory H2 (the PostgreSQL run gives its own). */
  DataSource newDatabase() {
    return null;
  }

  private static final Class<?>[] ENTITIES = {
    AuditEntry.class,
    UnchainedEntry.class,
    AuditLink.class,
    AuditCheckpoint.class,
    AuditChainHead.class
  };
  private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

  /** As the server restarts: a new persistence unit on the same database (and its migrations). */
  private void restartOn(DataSource database) {
    db.emf().close();
    db =
        ContextDatabase.migrating("audit")
            .entities(ENTITIES)
            .on(database)
            .withoutValidation()
            .open();
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Like a container-managed transaction: one entity manager, committed at the end. */
  private <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  /** The trail as the container runs it: entries appended by JDBC in the caller's transaction. */
  private static DefaultAuditTrail trail(EntityManager em) {
    return new DefaultAuditTrail(
        new JpaAuditTrailRepository(em, transactionConnection(em)), Clock.systemUTC(), KEYS);
  }

  /**
   * A datasource that hands out the entity manager's own connection (in its transaction), as the
   * container's JTA datasource hands out the connection enlisted in the caller's transaction.
   */
  private static javax.sql.DataSource transactionConnection(EntityManager em) {
    Connection connection = em.unwrap(org.hibernate.Session.class).doReturningWork(c -> c);
    Connection unclosable =
        (Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (javax.sql.DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            javax.sql.DataSource.class.getClassLoader(),
            new Class<?>[] {javax.sql.DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return unclosable;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static AuditChaining chaining(EntityManager em, KeyedHashes keys) {
    return new AuditChaining(new JpaAuditTrailRepository(em), Clock.systemUTC(), keys);
  }

  private void record(AuditEvent event) {
    inTransaction(
        em -> {
          trail(em).record(event);
          return null;
        });
  }

  /** One chainer step in its own transaction, as the container runs it. */
  private int chainNext(int limit) {
    return inTransaction(em -> chaining(em, KEYS).chainNext(limit));
  }

  private void chainAll() {
    while (chainNext(3) == 3) {
      // go on until the queue is empty
    }
  }

  private boolean seal() {
    return sealWith(KEYS, Duration.ZERO);
  }

  private boolean sealWith(KeyedHashes keys, Duration interval) {
    Boolean sealed = inTransaction(em -> chaining(em, keys).sealIfDue(interval));
    return sealed;
  }

  /** Like verify() outside a transaction: a fresh entity manager, no transaction. */
  private ChainVerification verify() {
    return verify(KEYS);
  }

  private ChainVerification verify(KeyedHashes keys) {
    try (EntityManager em = db.emf().createEntityManager()) {
      return new DefaultAuditTrail(new JpaAuditTrailRepository(em), Clock.systemUTC(), keys)
          .verify();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private List<String> subjectsInChainOrder() throws SQLException {
    List<String> subjects = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select e.subject_id from audit_link l join audit_entry e on e.id = l.entry_id"
                    + " order by l.sequence")) {
      while (rs.next()) {
        subjects.add(rs.getString(1));
      }
    }
    return subjects;
  }

  /** An investigator's look-up: the ids of a complaint's entries, linked or still queued. */
  private List<Long> entriesFoundBySubject(String complaintId) throws SQLException {
    return longs(
        "select entry_id from audit_entry_by_subject"
            + " where subject_type = 'Complaint' and subject_id = ? order by entry_id",
        complaintId);
  }

  /** The chain positions of a complaint's linked entries, found through the look-up by subject. */
  private List<Long> chainSequencesFoundBySubject(String complaintId) throws SQLException {
    return longs(
        "select l.sequence from audit_entry_by_subject s join audit_link l on l.entry_id = s.entry_id"
            + " where s.subject_type = 'Complaint' and s.subject_id = ? order by l.sequence",
        complaintId);
  }

  private List<Long> longs(String query, String parameter) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement q = c.prepareStatement(query)) {
      q.setString(1, parameter);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getLong(1));
        }
      }
    }
    return values;
  }

  private static AuditEvent event(String subjectId) {
    return new AuditEvent(
        "legal.counsel", "complaint.viewed", "Complaint", subjectId, "read for reply");
  }

  @Test
  void anEmptyTrailVerifies() {
    ChainVerification verification = verify();

    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isZero();
    assertThat(verification.unchainedEntries()).isZero();
    assertThat(verification.lastCheckpointSequence()).isNull();
  }

  @Test
  void recordedEntriesWaitUnchainedUntilTheChainerLinksThemInOrder() throws SQLException {
    record(event("C-1"));
    inTransaction(
        em -> {
          trail(em).record(event("C-2"));
          trail(em).record(event("C-3"));
          return null;
        });

    ChainVerification before = verify();
    assertThat(before.intact()).isTrue();
    assertThat(before.entriesChecked()).isZero();
    assertThat(before.unchainedEntries()).isEqualTo(3);
    assertThat(before.oldestUnchainedAt()).isNotNull();

    assertThat(chainNext(10)).isEqualTo(3);

    ChainVerification after = verify();
    assertThat(after.intact()).isTrue();
    assertThat(after.entriesChecked()).isEqualTo(3);
    assertThat(after.unchainedEntries()).isZero();
    assertThat(subjectsInChainOrder()).containsExactly("C-1", "C-2", "C-3");
  }

  @Test
  void everyEntryIsFoundByItsSubjectBeforeAndAfterTheChainerLinksIt() throws SQLException {
    record(event("C-1"));
    record(event("C-2"));
    record(event("C-1"));

    List<Long> queued = entriesFoundBySubject("C-1");
    assertThat(queued).hasSize(2);
    assertThat(entriesFoundBySubject("C-2")).hasSize(1);

    chainNext(2);
    // one of C-1's entries linked, the other still queued: both found, each once
    assertThat(entriesFoundBySubject("C-1")).isEqualTo(queued);
    assertThat(chainSequencesFoundBySubject("C-1")).containsExactly(1L);

    chainAll();

    assertThat(entriesFoundBySubject("C-1")).isEqualTo(queued);
    assertThat(chainSequencesFoundBySubject("C-1")).containsExactly(1L, 3L);
    assertThat(chainSequencesFoundBySubject("C-2")).containsExactly(2L);
    assertThat(entriesFoundBySubject("C-9")).isEmpty();
  }

  @Test
  void lookUpRowsWrittenBehindTheChainersBackNeitherMisleadNorStopIt() throws SQLException {
    record(event("C-1"));
    long entry = entriesFoundBySubject("C-1").get(0);

    // the application's user may insert look-up rows: one naming another subject, one the chainer
    // would write itself
    execute("insert into audit_subject values ('Complaint', 'C-9', " + entry + ")");
    execute("insert into audit_subject values ('Complaint', 'C-1', " + entry + ")");
    chainAll();

    assertThat(entriesFoundBySubject("C-9")).isEmpty();
    assertThat(entriesFoundBySubject("C-1")).containsExactly(entry);
    assertThat(chainSequencesFoundBySubject("C-1")).containsExactly(1L);
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void anEntryRolledBackWithItsTransactionIsNeitherChainedNorMissed() {
    record(event("C-1"));
    try {
      inTransaction(
          em -> {
            trail(em).record(event("C-2"));
            throw new IllegalStateException("the audited change failed");
          });
    } catch (IllegalStateException expected) {
      // the audited change and its entry roll back together
    }
    record(event("C-3"));
    chainAll();

    ChainVerification verification = verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(2);
    assertThat(verification.unchainedEntries()).isZero();
  }

  @Test
  void anEntryThatCommitsLateWithALowerIdIsChainedAfterTheOthersNeverSkipped() throws SQLException {
    try (EntityManager slow = db.emf().createEntityManager()) {
      slow.getTransaction().begin();
      trail(slow).record(event("slow")); // takes the lower id ...
      slow.flush(); // ... and its rows are written, not yet committed

      record(event("fast")); // a higher id, committed first
      assertThat(chainNext(10)).isEqualTo(1); // only what is committed

      slow.getTransaction().commit();
    }
    assertThat(chainNext(10)).isEqualTo(1);

    assertThat(subjectsInChainOrder()).containsExactly("fast", "slow");
    ChainVerification verification = verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(2);
    assertThat(verification.unchainedEntries()).isZero();
  }

  @Test
  void entriesCommittedBeforeACrashAreChainedAfterTheRestartAndAFailedStepLeavesThemQueued()
      throws SQLException {
    record(event("C-1"));
    record(event("C-2"));
    // a chainer step that dies half-way (after linking, before committing) changes nothing
    try {
      inTransaction(
          em -> {
            chaining(em, KEYS).chainNext(10);
            em.flush();
            throw new IllegalStateException("node killed");
          });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(verify().unchainedEntries()).isEqualTo(2);

    // the server restarts: a new persistence unit, a new chainer
    restartOn(db.dataSource());
    record(event("C-3"));
    chainAll();

    assertThat(subjectsInChainOrder()).containsExactly("C-1", "C-2", "C-3");
    ChainVerification verification = verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.unchainedEntries()).isZero();
  }

  @Test
  void writersAndChainersAtOnceProduceOneLinearChainWithNothingLeftOut() throws Exception {
    int writers = 4;
    int perWriter = 25;
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    try {
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String prefix = "W" + w + "-";
        tasks.add(
            () -> {
              for (int n = 0; n < perWriter; n++) {
                record(event(prefix + n));
              }
              return null;
            });
      }
      List<Future<Void>> chainers = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        chainers.add(
            pool.submit(
                () -> {
                  while (writing.get()) {
                    chainNext(7);
                  }
                  return null;
                }));
      }
      for (Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
      writing.set(false);
      for (Future<Void> chainer : chainers) {
        chainer.get();
      }
    } finally {
      pool.shutdown();
    }
    chainAll();

    ChainVerification verification = verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(writers * perWriter);
    assertThat(verification.unchainedEntries()).isZero();
  }

  @Test
  void checkpointsSealTheChainOnlyWhenItGrew() {
    assertThat(seal()).isFalse(); // nothing to seal
    record(event("C-1"));
    record(event("C-2"));
    chainAll();
    assertThat(seal()).isTrue();
    assertThat(seal()).isFalse(); // no new entry since
    record(event("C-3"));
    chainAll();
    assertThat(sealWith(KEYS, Duration.ofHours(1))).isFalse();
    assertThat(sealWith(NO_KEYS, Duration.ZERO)).isFalse();
    assertThat(seal()).isTrue();

    ChainVerification verification = verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.lastCheckpointSequence()).isEqualTo(3);
    assertThat(verification.lastCheckpointAt()).isNotNull();
    // a verifier without the key cannot vouch for the seals
    assertThat(verify(NO_KEYS).reason()).isEqualTo(HashChain.CHECKPOINT_KEY_UNKNOWN);
  }

  @Test
  @DisplayName(
      "AUD-1: after a rotation of the checkpoint key, checkpoints under the retired key still verify")
  void checkpointsUnderARetiredKeyStillVerifyAfterARotation() {
    record(event("R-1"));
    chainAll();
    assertThat(seal()).isTrue(); // under c1

    KeyedHashes rotated =
        keys(
            java.util.Map.of(
                "meike.audit.checkpoint-key",
                KEY_2,
                "meike.audit.checkpoint-key-id",
                "c2",
                "meike.audit.retired-checkpoint-keys",
                "c1:" + KEY));
    record(event("R-2"));
    chainAll();
    assertThat(sealWith(rotated, Duration.ZERO)).isTrue(); // under c2
    ChainVerification verification = verify(rotated);
    assertThat(verification.intact()).isTrue();
    assertThat(verification.lastCheckpointSequence()).isEqualTo(2);

    // the retired key removed too early: the older checkpoint can no longer be vouched for
    KeyedHashes withoutC1 =
        keys(
            java.util.Map.of(
                "meike.audit.checkpoint-key", KEY_2, "meike.audit.checkpoint-key-id", "c2"));
    assertThat(verify(withoutC1).reason()).isEqualTo(HashChain.CHECKPOINT_KEY_UNKNOWN);
    // a retired key alone (no current one) still verifies, but seals nothing new
    KeyedHashes retiredOnly =
        keys(java.util.Map.of("meike.audit.retired-checkpoint-keys", "c1:" + KEY + ",c2:" + KEY_2));
    assertThat(verify(retiredOnly).intact()).isTrue();
    assertThat(retiredOnly.canSign()).isFalse();
  }

  @Test
  void anEntryChangedInTheDatabaseIsFound() throws SQLException {
    record(event("C-1"));
    record(event("C-2"));
    record(event("C-3"));
    chainAll();

    execute(
        "update audit_entry set detail = 'nothing happened' where id ="
            + " (select entry_id from audit_link where sequence = 2)");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenSequence()).isEqualTo(2);
    assertThat(verification.reason()).isEqualTo(HashChain.HASH_MISMATCH);
  }

  @Test
  void aChainRewrittenWithRecomputedHashesIsFoundByItsCheckpoint() throws SQLException {
    for (int n = 1; n <= 4; n++) {
      record(event("C-" + n));
    }
    chainAll();
    seal(); // at 4
    record(event("C-5"));
    chainAll();

    // Somebody who can write the tables, but has no checkpoint key, changes entry 2 and recomputes
    // every hash from there on, and the head: the links alone look right again.
    execute(
        "update audit_entry set detail = 'nothing happened' where id ="
            + " (select entry_id from audit_link where sequence = 2)");
    recomputeChainFrom(2);

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenSequence()).isEqualTo(4);
    assertThat(verification.reason()).isEqualTo(HashChain.CHECKPOINT_MISMATCH);

    // making the checkpoint say the new hash does not help without the key
    execute(
        "update audit_checkpoint set hash = (select hash from audit_link where sequence = 4)"
            + " where sequence = 4");
    assertThat(verify().reason()).isEqualTo(HashChain.CHECKPOINT_MISMATCH);
  }

  @Test
  void anEntryDeletedFromUnderItsLinkIsFound() throws SQLException {
    record(event("C-1"));
    record(event("C-2"));
    record(event("C-3"));
    chainAll();

    // No foreign key holds the entry (V3_60): whoever deletes it leaves a hole in the chain.
    execute(
        "delete from audit_entry where id = (select entry_id from audit_link where sequence = 2)");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.reason()).isEqualTo(HashChain.SEQUENCE_GAP);
    assertThat(verification.firstBrokenSequence()).isEqualTo(3);
  }

  @Test
  void aLinkDeletedFromTheMiddleIsFoundAndItsEntryCountsAsNotChained() throws SQLException {
    record(event("C-1"));
    record(event("C-2"));
    record(event("C-3"));
    chainAll();

    execute("delete from audit_link where sequence = 2");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.reason()).isEqualTo(HashChain.SEQUENCE_GAP);
    assertThat(verification.firstBrokenSequence()).isEqualTo(3);
    assertThat(verification.unchainedEntries()).isEqualTo(1);
  }

  @Test
  void aDeletedTailIsFoundEvenWithTheHeadMovedBack() throws SQLException {
    for (int n = 1; n <= 5; n++) {
      record(event("C-" + n));
    }
    chainAll();
    seal(); // at 5

    execute("delete from audit_link where sequence > 3");
    execute(
        "update audit_chain_head set last_sequence = 3,"
            + " last_hash = (select hash from audit_link where sequence = 3)");

    ChainVerification verification = verify();
    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenSequence()).isEqualTo(4);
    assertThat(verification.reason()).isEqualTo(HashChain.DELETED_TAIL);
    // and the entries that lost their links show as not chained
    assertThat(verification.unchainedEntries()).isEqualTo(2);
  }

  @Test
  void aChainOfTheFirstSchemaKeepsItsSequenceAndHashesAfterTheMigration() throws SQLException {
    DataSource old = ContextDatabase.emptyH2(null);
    Flyway.configure(getClass().getClassLoader())
        .dataSource(old)
        .locations("classpath:db/migration/audit")
        .table("flyway_history_audit")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .target("1")
        .load()
        .migrate();
    String previous = HashChain.GENESIS_HASH;
    Instant at = Instant.parse("2025-01-02T03:04:05.678901Z");
    try (Connection c = old.getConnection();
        PreparedStatement insert =
            c.prepareStatement("insert into audit_entry values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int n = 1; n <= 3; n++) {
        AuditEvent e = event("old-" + n);
        String hash = HashChain.link(previous, n, at, e);
        insert.setLong(1, n);
        insert.setTimestamp(2, Timestamp.from(at));
        insert.setString(3, e.actor());
        insert.setString(4, e.action());
        insert.setString(5, e.subjectType());
        insert.setString(6, e.subjectId());
        insert.setString(7, e.detail());
        insert.setString(8, previous);
        insert.setString(9, hash);
        insert.addBatch();
        previous = hash;
      }
      insert.executeBatch();
      c.createStatement()
          .executeUpdate(
              "update audit_chain_head set last_sequence = 3, last_hash = '" + previous + "'");
    }
    db.close(); // the fresh database of @BeforeEach is not used: this test brings its own
    db = ContextDatabase.migrating("audit").entities(ENTITIES).on(old).open();

    record(event("new-4"));
    chainAll();

    assertThat(subjectsInChainOrder()).containsExactly("old-1", "old-2", "old-3", "new-4");
    assertThat(chainSequencesFoundBySubject("old-2")).containsExactly(2L);
    assertThat(chainSequencesFoundBySubject("new-4")).containsExactly(4L);
    ChainVerification verification = verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(4);
  }

  /** What a forger without the key can do: recompute every link from {@code sequence} on. */
  private void recomputeChainFrom(long sequence) throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      String previous;
      try (PreparedStatement q =
          c.prepareStatement("select hash from audit_link where sequence = ?")) {
        q.setLong(1, sequence - 1);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          previous = rs.getString(1);
        }
      }
      long last = sequence - 1;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select l.sequence, e.occurred_at, e.actor, e.action, e.subject_type,"
                      + " e.subject_id, e.detail from audit_link l join audit_entry e"
                      + " on e.id = l.entry_id where l.sequence >= "
                      + sequence
                      + " order by l.sequence");
          PreparedStatement update =
              c.prepareStatement(
                  "update audit_link set previous_hash = ?, hash = ? where sequence = ?")) {
        while (rs.next()) {
          long n = rs.getLong(1);
          String hash =
              HashChain.link(
                  previous,
                  n,
                  rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                  new AuditEvent(
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7)));
          update.setString(1, previous);
          update.setString(2, hash);
          update.setLong(3, n);
          update.executeUpdate();
          previous = hash;
          last = n;
        }
      }
      try (PreparedStatement head =
          c.prepareStatement("update audit_chain_head set last_sequence = ?, last_hash = ?")) {
        head.setLong(1, last);
        head.setString(2, previous);
        head.executeUpdate();
      }
    }
  }
}
