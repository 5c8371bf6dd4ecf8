package com.meike.privacy.consent.application.internal;

import static com.meike.privacy.consent.DomainExceptionAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildMarking;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PolicyPublication;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaChildStatusRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaConsentEntryRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaExceptionUseRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPolicyVersionRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaPurposeRepository;
import com.meike.privacy.consent.infrastructure.persistence.jpa.JpaReconsentRequirementRepository;
import com.meike.privacy.consent.infrastructure.persistence.readmodel.JdbcConsentStateRepository;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.testsupport.ContextDatabase;
import com.meike.privacy.testsupport.MovableClock;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The consent check's read model on H2 (CON-3): the current-consent projection written with every
 * ledger entry, the one read per check, and the cached catalogue and policy versions — with two
 * "nodes" on one database, each with its own cache, as two servers of a cluster would be.
 */
@Tag("CON-3")
class ConsentReadModelOnH2Test {

  static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

  final MovableClock clock = new MovableClock(START);
  final AtomicInteger statements = new AtomicInteger();
  DataSource h2;
  DataSource counted;
  ContextDatabase db;

  /** A fresh database (or the one the test made already and migrated part of the way). */
  void database() {
    if (h2 == null) {
      h2 = ContextDatabase.emptyH2(null);
    }
    db = ContextDatabase.migrating("consent").entities(ConsentServices.LEDGER).on(h2).open();
    counted = counting(h2, statements);
  }

  /** The migrations as SchemaMigration runs them, up to {@code target}. */
  Flyway flyway(String target) {
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(h2)
        .locations("classpath:db/migration/consent")
        .table("flyway_history_consent")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .target(target)
        .load();
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  /** One server: its own cache of the catalogue and the policy versions. */
  final class Node {
    final PublishedCatalogue catalogue = ConsentServices.publishedCatalogue(db.emf());

    record Services(
        DefaultConsentLedger ledger,
        DefaultPolicyVersions versions,
        DefaultConsentCheck check,
        EntityManager em) {}

    /** Like a container-managed transaction: one entity manager, committed at the end. */
    @SuppressWarnings("unchecked")
    <T> T inTransaction(Function<Services, T> work) {
      try (EntityManager em = db.emf().createEntityManager()) {
        AuditTrail auditTrail = mock(AuditTrail.class);
        DefaultConsentLedger ledger = new DefaultConsentLedger();
        ledger.purposes = new JpaPurposeRepository(em);
        ledger.policies = new JpaPolicyVersionRepository(em);
        ledger.reconsent = new JpaReconsentRequirementRepository(em);
        ledger.children = new JpaChildStatusRepository(em);
        ledger.entries = new JpaConsentEntryRepository(em);
        ledger.auditTrail = auditTrail;
        ledger.withdrawn = mock(Event.class);
        ledger.clock = clock;
        DefaultPolicyVersions versions = new DefaultPolicyVersions();
        versions.policies = new JpaPolicyVersionRepository(em);
        versions.reconsent = new JpaReconsentRequirementRepository(em);
        versions.auditTrail = auditTrail;
        versions.published = mock(Event.class);
        versions.clock = clock;
        DefaultConsentCheck check = check(em, new JdbcConsentStateRepository(em, null, () -> true));
        em.getTransaction().begin();
        try {
          T result = work.apply(new Services(ledger, versions, check, em));
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

    /** The check as the REST resource calls it: no transaction, a pooled connection of its own. */
    Decision may(String subject, String purpose) {
      try (EntityManager em = db.emf().createEntityManager()) {
        return check(em, new JdbcConsentStateRepository(em, counted, () -> false))
            .may(SubjectId.of(subject), PurposeCode.of(purpose));
      }
    }

    /** The batch check without a transaction (issue 14). */
    java.util.Map<String, Decision> mayAll(List<String> subjects, String purpose) {
      try (EntityManager em = db.emf().createEntityManager()) {
        return check(em, new JdbcConsentStateRepository(em, counted, () -> false))
            .mayAll(subjects.stream().map(SubjectId::of).toList(), PurposeCode.of(purpose))
            .entrySet()
            .stream()
            .collect(java.util.stream.Collectors.toMap(e -> e.getKey().value(), e -> e.getValue()));
      }
    }

    java.util.Map<String, Decision> mayAllInTransaction(List<String> subjects, String purpose) {
      return inTransaction(
          s ->
              s
                  .check()
                  .mayAll(subjects.stream().map(SubjectId::of).toList(), PurposeCode.of(purpose))
                  .entrySet()
                  .stream()
                  .collect(
                      java.util.stream.Collectors.toMap(
                          e -> e.getKey().value(), e -> e.getValue())));
    }

    Decision mayInTransaction(String subject, String purpose) {
      return inTransaction(s -> s.check().may(SubjectId.of(subject), PurposeCode.of(purpose)));
    }

    private DefaultConsentCheck check(EntityManager em, JdbcConsentStateRepository states) {
      DefaultConsentCheck check = new DefaultConsentCheck();
      check.purposes = new JpaPurposeRepository(em);
      check.states = states;
      check.catalogue = catalogue;
      check.exceptionUses = new JpaExceptionUseRepository(em);
      check.assessments =
          new com.meike.privacy.consent.infrastructure.persistence.jpa
              .JpaImpactAssessmentRepository(em);
      check.auditTrail = mock(AuditTrail.class);
      check.clock = clock;
      return check;
    }

    void accepts(String subject) {
      inTransaction(
          s ->
              s.ledger()
                  .acceptPolicy(
                      new PolicyAcceptance(SubjectId.of(subject), "POPUP", "SELF", subject),
                      subject));
    }

    void gives(String subject, String purpose) {
      inTransaction(
          s ->
              s.ledger()
                  .give(ConsentRequest.of(subject, purpose, "SETTINGS", "SELF", subject), subject));
    }

    void withdraws(String subject, String purpose) {
      inTransaction(
          s ->
              s.ledger()
                  .withdraw(
                      ConsentRequest.of(subject, purpose, "SETTINGS", "SELF", subject), subject));
    }

    void marksChild(String child, String guardian) {
      inTransaction(
          s -> {
            DefaultChildRegister register = new DefaultChildRegister();
            register.children = new JpaChildStatusRepository(s.em());
            register.auditTrail = mock(AuditTrail.class);
            register.marked = mock(Event.class);
            register.clock = clock;
            return register.markChild(
                new ChildMarking(SubjectId.of(child), SubjectId.of(guardian), "DECLARATION"),
                "cs.agent");
          });
    }

    void publishes(String version) {
      inTransaction(
          s ->
              s.versions()
                  .publish(
                      new PolicyPublication(
                          version, "minor change", "全文 " + version, false, List.of()),
                      "privacy.officer"));
    }
  }

  @Test
  @DisplayName("CON-3: a withdrawal on one node refuses the very next check on another node")
  void a_withdrawal_refuses_the_very_next_check_on_every_node() {
    database();
    Node a = new Node();
    Node b = new Node();
    a.accepts("u-alice");
    a.gives("u-alice", "location.precise");
    assertThat(b.may("u-alice", "location.precise").reason())
        .isEqualTo(DecisionReason.CONSENT_GIVEN);

    a.withdraws("u-alice", "location.precise");

    assertThat(b.may("u-alice", "location.precise").reason()).isEqualTo(DecisionReason.WITHDRAWN);
    assertThat(b.may("u-alice", "location.precise").allowed()).isFalse();
    assertThat(b.mayInTransaction("u-alice", "location.precise").reason())
        .isEqualTo(DecisionReason.WITHDRAWN);
    assertThat(a.may("u-alice", "location.precise").reason()).isEqualTo(DecisionReason.WITHDRAWN);

    clock.advance(Duration.ofMinutes(1));
    b.gives("u-alice", "location.precise");

    assertThat(a.may("u-alice", "location.precise").reason())
        .isEqualTo(DecisionReason.CONSENT_GIVEN);
  }

  @Test
  @DisplayName("CON-3: a withdrawal counts for a check later in the same transaction")
  void a_withdrawal_counts_within_its_own_transaction() {
    database();
    Node a = new Node();
    a.accepts("u-alice");
    a.gives("u-alice", "device.camera");

    Decision inSameTransaction =
        a.inTransaction(
            s -> {
              s.ledger()
                  .withdraw(
                      ConsentRequest.of("u-alice", "device.camera", "SETTINGS", "SELF", "u-alice"),
                      "u-alice");
              return s.check().may(SubjectId.of("u-alice"), PurposeCode.of("device.camera"));
            });

    assertThat(inSameTransaction.reason()).isEqualTo(DecisionReason.WITHDRAWN);
  }

  @Test
  @DisplayName(
      "CON-3: a policy version published on one node counts on every node within the recheck"
          + " interval, and at once on a node that checks the counter")
  void a_publication_reaches_every_nodes_cache_within_the_recheck_interval() throws SQLException {
    database();
    // As a catalogue migration would: version 2026-07 introduces device.fax and retires
    // device.voice-shopping; neither counts until 2026-07 is published.
    sql(
        "update consent_purpose set retired_in = '2026-07' where code = 'device.voice-shopping'",
        "insert into consent_purpose (code, kind, name_zh, name_en, data_items, description,"
            + " necessity, sensitive, personal_only_when_linked, implied_consent_allowed,"
            + " legal_basis, retention_rule, policy_reference, policy_version, retired_in)"
            + " select 'device.fax', kind, name_zh, 'Fax', data_items, description, necessity,"
            + " sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis,"
            + " retention_rule, policy_reference, '2026-07', null from consent_purpose"
            + " where code = 'device.camera'");
    Node a = new Node();
    Node b = new Node();
    AtomicLong bTime = new AtomicLong();
    b.catalogue.ticker = bTime::get;
    b.catalogue.recheckNanos = PublishedCatalogue.RECHECK_NANOS;
    b.accepts("u-alice");
    assertThat(b.may("u-alice", "device.voice-shopping").reason())
        .isEqualTo(DecisionReason.NO_CONSENT);
    assertInvalid(() -> b.may("u-alice", "device.fax"), "purpose");

    a.publishes("2026-07");

    // a reads the counter at every check (interval 0); b within its interval still answers
    // from its cache, and from the new publication once the interval has passed.
    assertInvalid(() -> a.may("u-alice", "device.voice-shopping"), "purpose");
    assertThat(a.may("u-alice", "device.fax").reason()).isEqualTo(DecisionReason.NO_CONSENT);
    bTime.addAndGet(PublishedCatalogue.RECHECK_NANOS / 2);
    assertThat(b.may("u-alice", "device.voice-shopping").reason())
        .isEqualTo(DecisionReason.NO_CONSENT);
    bTime.addAndGet(PublishedCatalogue.RECHECK_NANOS);
    assertInvalid(() -> b.may("u-alice", "device.voice-shopping"), "purpose");
    assertThat(b.may("u-alice", "device.fax").reason()).isEqualTo(DecisionReason.NO_CONSENT);
    assertInvalid(() -> b.mayInTransaction("u-alice", "device.voice-shopping"), "purpose");
  }

  @Test
  @DisplayName("CON-3: a child's read-model rows refuse without the guardian, an adult's do not")
  void a_child_marked_after_consenting_is_refused_at_the_next_check() throws SQLException {
    database();
    Node a = new Node();
    a.accepts("u-kid");
    a.gives("u-kid", "device.camera");
    assertThat(a.may("u-kid", "device.camera").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
    assertThat(a.may("u-kid", "account.phone").reason())
        .isEqualTo(DecisionReason.NECESSARY_PURPOSE);

    a.marksChild("u-kid", "u-mum");

    assertThat(a.may("u-kid", "device.camera").reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    assertThat(a.may("u-kid", "account.phone").reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    assertThat(a.may("u-kid", "location.precise").reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    // A child marked before any act: every purpose has its row, with the status.
    a.marksChild("u-baby", "u-mum");
    assertThat(a.may("u-baby", "account.phone").reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    // Without a row (as for a purpose catalogued after the marking) the register answers.
    sql("delete from consent_current where subject_id = 'u-baby'");
    assertThat(a.may("u-baby", "account.phone").reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
  }

  @Test
  @DisplayName("CON-5: a major version refuses consents given before it at the next check")
  void a_major_version_requires_reconsent_at_the_next_check() {
    database();
    Node a = new Node();
    a.accepts("u-alice");
    a.gives("u-alice", "device.camera");
    assertThat(a.may("u-alice", "device.camera").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);

    clock.advance(Duration.ofMinutes(1));
    a.inTransaction(
        s ->
            s.versions()
                .publish(
                    new PolicyPublication(
                        "2026-08", "major change", "全文 2026-08", true, List.of("RECIPIENTS")),
                    "privacy.officer"));

    assertThat(a.may("u-alice", "device.camera").reason())
        .isEqualTo(DecisionReason.RECONSENT_REQUIRED);
    assertThat(a.may("u-alice", "account.phone").reason())
        .isEqualTo(DecisionReason.NECESSARY_PURPOSE);
    clock.advance(Duration.ofMinutes(1));
    a.gives("u-alice", "device.camera");
    assertThat(a.may("u-alice", "device.camera").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
  }

  @Test
  @DisplayName(
      "CON-3: with the catalogue cached, a check is one primary-key read (a second, of the child"
          + " register, only for a person with no row)")
  void a_check_is_one_statement() {
    database();
    Node a = new Node();
    a.accepts("u-alice");
    a.gives("u-alice", "device.camera");
    a.may("u-alice", "device.camera");

    statements.set(0);
    Decision camera = a.may("u-alice", "device.camera");
    Decision location = a.may("u-alice", "location.precise");
    Decision phone = a.may("u-alice", "account.phone");
    Decision nobody = a.may("u-nobody", "account.phone");

    // Three of alice's rows under their keys (her first act wrote one for every purpose), and for
    // u-nobody the read by key and by the pair that find no row, and the child register's.
    assertThat(statements).hasValue(6);
    assertThat(camera.reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
    assertThat(location.reason()).isEqualTo(DecisionReason.NO_CONSENT);
    assertThat(phone.reason()).isEqualTo(DecisionReason.NECESSARY_PURPOSE);
    assertThat(nobody.reason()).isEqualTo(DecisionReason.NECESSARY_PURPOSE);
    assertThat(nobody.entrySequence()).isNull();
  }

  @Test
  @DisplayName(
      "CON-3, INC-2: a batch check answers each person as a single check does, with one read for"
          + " the batch (and the child register's for a person with no row)")
  void a_batch_check_answers_as_single_checks_do() {
    database();
    Node a = new Node();
    a.accepts("u-alice");
    a.gives("u-alice", "device.camera");
    a.accepts("u-bob");
    a.gives("u-bob", "device.camera");
    a.withdraws("u-bob", "device.camera");
    a.accepts("u-kid");
    a.gives("u-kid", "device.camera");
    a.marksChild("u-kid", "u-mum");
    List<String> people = List.of("u-alice", "u-bob", "u-kid", "u-nobody", "u-alice");
    a.may("u-alice", "device.camera");

    statements.set(0);
    java.util.Map<String, Decision> batch = a.mayAll(people, "device.camera");
    int read = statements.get();
    java.util.Map<String, Decision> inTransaction = a.mayAllInTransaction(people, "device.camera");

    assertThat(read)
        .as("one IN read of the rows, one of the child register for those without (u-nobody)")
        .isEqualTo(2);
    assertThat(batch).containsOnlyKeys("u-alice", "u-bob", "u-kid", "u-nobody");
    for (String person : batch.keySet()) {
      assertThat(batch.get(person)).isEqualTo(a.may(person, "device.camera"));
      assertThat(inTransaction.get(person)).isEqualTo(a.may(person, "device.camera"));
    }
    assertThat(batch.get("u-alice").reason()).isEqualTo(DecisionReason.CONSENT_GIVEN);
    assertThat(batch.get("u-bob").reason()).isEqualTo(DecisionReason.WITHDRAWN);
    assertThat(batch.get("u-kid").reason()).isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    assertThat(batch.get("u-nobody").allowed()).isFalse();
    assertThatThrownBy(() -> a.mayAll(List.of("u-alice", "bad id!"), "device.camera"))
        .isInstanceOf(com.meike.privacy.kernel.problem.DomainException.class);
  }

  @Test
  @DisplayName("CON-3: the migration fills the read model from the ledger as it stands")
  void the_migration_backfills_the_read_model_from_the_ledger() throws SQLException {
    h2 = ContextDatabase.emptyH2(null);
    flyway("6").migrate();
    String insert =
        "insert into consent_entry (sequence, subject_id, purpose_code, policy_version, action,"
            + " channel, actor, acted_as, recorded_by, occurred_at) values (%d, '%s', '%s',"
            + " '2026-01', '%s', 'SETTINGS', '%s', 'SELF', '%s', timestamp with time zone"
            + " '2026-02-01 10:00:%02d+00')";
    sql(
        String.format(
            insert, 1001, "u-alice", "location.precise", "GIVEN", "u-alice", "u-alice", 1),
        String.format(insert, 1002, "u-alice", "device.camera", "GIVEN", "u-alice", "u-alice", 2),
        String.format(
            insert, 1003, "u-alice", "location.precise", "WITHDRAWN", "u-alice", "u-alice", 3),
        String.format(insert, 1004, "u-bob", "device.camera", "GIVEN", "u-bob", "u-bob", 4),
        String.format(insert, 1005, "u-bob", "device.camera", "WITHDRAWN", "u-bob", "u-bob", 5),
        String.format(insert, 1006, "u-bob", "device.camera", "GIVEN", "u-bob", "u-bob", 6));

    sql(
        "insert into consent_child_status (subject_id, guardian_id, basis, marked_at, marked_by)"
            + " values ('u-kid', 'u-bob', 'DECLARATION', timestamp with time zone"
            + " '2026-02-01 09:00:00+00', 'cs.agent')");
    assertThat(flyway("7").migrate().migrationsExecuted).isEqualTo(1);

    assertThat(
            rows(
                "select subject_id, purpose_code, sequence, action from consent_current"
                    + " order by subject_id, purpose_code"))
        .containsExactly(
            "u-alice device.camera 1002 GIVEN",
            "u-alice location.precise 1003 WITHDRAWN",
            "u-bob device.camera 1006 GIVEN");
    assertThat(flyway("8").migrate().migrationsExecuted).isEqualTo(1);
    assertThat(
            rows(
                "select subject_id, purpose_code, sequence, action, child_guardian_id"
                    + " from consent_current where purpose_code in ('location.precise', 'account.phone')"
                    + " order by subject_id, purpose_code"))
        .containsExactly(
            "u-alice account.phone null null null",
            "u-alice location.precise 1003 WITHDRAWN null",
            "u-bob account.phone null null null",
            "u-bob location.precise null null null",
            "u-kid account.phone null null u-bob",
            "u-kid location.precise null null u-bob");
    database(); // and the migrations after it (AUD-3's flag; V9_50 keys the rows by a number)
    // The rows from before V9_50 have negative keys and are found by the pair.
    assertThat(rows("select count(*) from consent_current where check_key >= 0"))
        .containsExactly("0");
    Node a = new Node();
    assertThat(a.may("u-kid", "account.phone").reason())
        .isEqualTo(DecisionReason.GUARDIAN_CONSENT_MISSING);
    assertThat(a.may("u-bob", "account.phone").reason())
        .isEqualTo(DecisionReason.NECESSARY_PURPOSE);
    assertThat(a.may("u-alice", "location.precise"))
        .isEqualTo(Decision.of(DecisionReason.WITHDRAWN, 1003L));
    assertThat(a.may("u-bob", "device.camera"))
        .isEqualTo(Decision.of(DecisionReason.CONSENT_GIVEN, 1006L));
  }

  private void sql(String... statementsToRun) throws SQLException {
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statementsToRun) {
        statement.executeUpdate(sql);
      }
    }
  }

  private List<String> rows(String query) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(rows.getString(i));
        }
        found.add(String.join(" ", values));
      }
    }
    return found;
  }

  /** {@code target}, counting the statements prepared on its connections. */
  private static DataSource counting(DataSource target, AtomicInteger prepared) {
    return (DataSource)
        Proxy.newProxyInstance(
            ConsentReadModelOnH2Test.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, target, args);
              if (result instanceof Connection connection) {
                return Proxy.newProxyInstance(
                    ConsentReadModelOnH2Test.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (p, m, a) -> {
                      if (m.getName().startsWith("prepare")
                          || m.getName().equals("createStatement")) {
                        prepared.incrementAndGet();
                      }
                      return invoke(m, connection, a);
                    });
              }
              return result;
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
