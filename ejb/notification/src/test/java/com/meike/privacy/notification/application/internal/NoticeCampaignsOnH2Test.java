package com.meike.privacy.notification.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.identity.application.AccountContacts;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaignFinished;
import com.meike.privacy.notification.application.UnreachedPerson;
import com.meike.privacy.notification.domain.campaign.Campaign;
import com.meike.privacy.notification.domain.device.Device;
import com.meike.privacy.notification.domain.notice.Notification;
import com.meike.privacy.notification.domain.template.NoticeTemplate;
import com.meike.privacy.notification.infrastructure.persistence.jpa.JpaCampaignRepository;
import com.meike.privacy.notification.infrastructure.persistence.jpa.JpaDeviceRepository;
import com.meike.privacy.notification.infrastructure.persistence.jpa.JpaNotificationRepository;
import com.meike.privacy.notification.infrastructure.persistence.jpa.JpaTemplateRepository;
import com.meike.privacy.partner.application.OutboundReceipt;
import com.meike.privacy.partner.application.PartnerOutbound;
import com.meike.privacy.partner.application.PartnerRegistry;
import com.meike.privacy.partner.application.PartnerView;
import com.meike.privacy.testsupport.ContextDatabase;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Notice campaigns (INC-2) through the real notification migrations, the real notification service
 * and the real claiming SQL on H2. The partner outbox is a table in the same database keyed by
 * message id like the real one (so a rolled-back batch leaves no message, and a message written
 * twice fails); the consent context's current-consent and child tables are stand-ins with the
 * columns the selection reads. Identity, consent checks and the partner registry are faked.
 */
class NoticeCampaignsOnH2Test {

  static final Instant INCIDENT = Instant.parse("2026-03-01T02:00:00Z");
  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  static final Map<String, String> TEXT =
      Map.of(
          "facts",
          "订单库被越权访问",
          "impact",
          "姓名和地址可能泄露",
          "measures",
          "已封禁账号并修复漏洞",
          "advice",
          "警惕冒充客服的电话",
          "remedies",
          "免费身份盗用监测一年");

  final ContextDatabase db;
  final AccountContacts contacts = mock(AccountContacts.class);
  final ConsentCheck consent = mock(ConsentCheck.class);
  final PartnerRegistry registry = mock(PartnerRegistry.class);
  final AuditTrail audit = mock(AuditTrail.class);
  final List<AuditEvent> audited = new ArrayList<>();
  final List<NoticeCampaignFinished> finished = new ArrayList<>();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  EntityManager current;
  boolean crashBeforeMarking;

  NoticeCampaignsOnH2Test() {
    // A claimer waits for the rows another claimer holds, as on PostgreSQL, instead of failing.
    db =
        ContextDatabase.migrating("notification")
            .entities(Device.class, NoticeTemplate.class, Notification.class)
            .lockTimeout(Duration.ofSeconds(10))
            .open();
    inTransaction(
        em -> {
          em.createNativeQuery(
                  "create table consent_current (subject_id varchar(64), purpose_code varchar(64),"
                      + " occurred_at timestamp(6) with time zone, primary key (subject_id, purpose_code))")
              .executeUpdate();
          em.createNativeQuery(
                  "create table consent_child_status (subject_id varchar(64) primary key,"
                      + " guardian_id varchar(64))")
              .executeUpdate();
          em.createNativeQuery(
                  "create table test_outbox (message_id varchar(36) primary key, partner varchar(32),"
                      + " subject_id varchar(64), body varchar(4000))")
              .executeUpdate();
          return null;
        });
  }

  @BeforeEach
  void fakes() {
    when(consent.may(any(), any()))
        .thenAnswer(
            call ->
                ((SubjectId) call.getArgument(0)).value().startsWith("nophone")
                    ? Decision.of(DecisionReason.WITHDRAWN, 1L)
                    : Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
    when(contacts.phoneOf(anyString()))
        .thenAnswer(
            call ->
                ((String) call.getArgument(0)).startsWith("nophone")
                    ? Optional.empty()
                    : Optional.of("+8613800000000"));
    when(registry.partners())
        .thenReturn(
            List.of(
                new PartnerView(
                    "sms", "sms", "sms", null, "SMS", "ACTIVE", false, "", List.of(), NOW),
                new PartnerView(
                    "getui", "getui", "getui", null, "PUSH", "ACTIVE", false, "", List.of(), NOW)));
    org.mockito.Mockito.doAnswer(call -> audited.add(call.getArgument(0)))
        .when(audit)
        .record(any());
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    return db.inTransaction(
        em -> {
          current = em;
          return work.apply(em);
        });
  }

  /** The message ids handed to the broker in a batch's own transaction ({@code sendAllNow}). */
  final List<String> handedOver = new ArrayList<>();

  boolean handOverNow;

  /**
   * Writes the partner message into the same database, keyed by its id, like the real outbox; a
   * hand-over in the batch's transaction also notes the id as on the broker.
   */
  final PartnerOutbound outbox =
      new PartnerOutbound() {
        @Override
        public OutboundReceipt send(com.meike.privacy.partner.application.PartnerMessage message) {
          String id =
              message.messageId() == null ? UUID.randomUUID().toString() : message.messageId();
          current
              .createNativeQuery(
                  "insert into test_outbox (message_id, partner, subject_id, body) values (?1, ?2, ?3, ?4)")
              .setParameter(1, id)
              .setParameter(2, message.partner())
              .setParameter(3, message.subject())
              .setParameter(4, String.valueOf(message.payload()))
              .executeUpdate();
          return new OutboundReceipt(id, message.partner(), List.of());
        }

        @Override
        public List<OutboundReceipt> sendAllNow(
            List<com.meike.privacy.partner.application.PartnerMessage> messages) {
          List<OutboundReceipt> receipts = sendAll(messages);
          receipts.forEach(r -> handedOver.add(r.messageId()));
          return receipts;
        }
      };

  CampaignFinisher finisher(EntityManager em) {
    CampaignFinisher f = new CampaignFinisher();
    f.campaigns = new JpaCampaignRepository(em);
    f.auditTrail = audit;
    @SuppressWarnings("unchecked")
    Event<NoticeCampaignFinished> event = mock(Event.class);
    org.mockito.Mockito.doAnswer(call -> finished.add(call.getArgument(0))).when(event).fire(any());
    f.finished = event;
    return f;
  }

  DefaultNoticeCampaigns campaigns(EntityManager em) {
    DefaultNoticeCampaigns s = new DefaultNoticeCampaigns();
    s.campaigns = new JpaCampaignRepository(em);
    s.templates = new JpaTemplateRepository(em);
    s.auditTrail = audit;
    s.finisher = finisher(em);
    s.clock = clock;
    return s;
  }

  NoticeCampaignRelay relay(EntityManager em) {
    DefaultNotifications n = new DefaultNotifications();
    n.templates = new JpaTemplateRepository(em);
    n.devices = new JpaDeviceRepository(em);
    n.notifications = new JpaNotificationRepository(em);
    n.contacts = contacts;
    n.consent = consent;
    n.catalogue = mock(PurposeCatalogue.class);
    n.outbound = outbox;
    n.registry = registry;
    n.tokens = new FieldCipher("d1", new byte[32]);
    n.auditTrail = audit;
    n.clock = clock;
    n.defaultPushPartner = "getui";
    n.marketingPurpose = "communication.marketing";
    NoticeCampaignRelay r = new NoticeCampaignRelay();
    JpaCampaignRepository repository = new JpaCampaignRepository(em);
    r.campaigns = crashBeforeMarking ? new CrashingRepository(repository) : repository;
    r.notifications = n;
    r.auditTrail = audit;
    r.clock = clock;
    r.finisher = finisher(em);
    return r;
  }

  void holders(String purpose, Instant at, String... subjects) {
    inTransaction(
        em -> {
          for (String s : subjects) {
            em.createNativeQuery("insert into consent_current values (?1, ?2, ?3)")
                .setParameter(1, s)
                .setParameter(2, purpose)
                .setParameter(3, java.sql.Timestamp.from(at))
                .executeUpdate();
          }
          return null;
        });
  }

  void child(String subject, String guardian) {
    inTransaction(
        em ->
            em.createNativeQuery("insert into consent_child_status values (?1, ?2)")
                .setParameter(1, subject)
                .setParameter(2, guardian)
                .executeUpdate());
  }

  CampaignView start(String reference, Set<String> categories, List<String> subjects) {
    return inTransaction(
        em ->
            campaigns(em)
                .start(
                    new CampaignStart(
                        "BREACH",
                        reference,
                        "breach-notice",
                        TEXT,
                        categories,
                        INCIDENT,
                        ids(subjects)),
                    "sec.head"));
  }

  static List<SubjectId> ids(List<String> subjects) {
    return subjects.stream().map(SubjectId::of).toList();
  }

  int batch(int size) {
    return inTransaction(em -> relay(em).sendNextBatch(size, handOverNow));
  }

  void runToTheEnd(int size) {
    while (batch(size) > 0) {
      // next batch
    }
  }

  List<Object[]> outboxRows() {
    return inTransaction(
        em -> {
          @SuppressWarnings("unchecked")
          List<Object[]> rows =
              em.createNativeQuery(
                      "select message_id, subject_id, body from test_outbox order by subject_id")
                  .getResultList();
          return rows;
        });
  }

  CampaignView progress(String id) {
    return inTransaction(em -> campaigns(em).progress(id));
  }

  @Test
  @DisplayName(
      "INC-2: the people holding the categories at the incident are selected, a child's notice goes to the guardian, each told once in batches, one audit entry per batch")
  void selectedPeopleAreEachToldOnceAndChildrenThroughTheirGuardians() {
    holders("location.precise", INCIDENT.minusSeconds(3600), "u-1", "u-2", "u-3", "kid-1");
    holders("order.address", INCIDENT.minusSeconds(60), "u-4");
    holders("location.precise", INCIDENT.plusSeconds(60), "late-1");
    holders("device.identifiers", INCIDENT.minusSeconds(60), "other-1");
    child("kid-1", "parent-1");

    CampaignView started = start("INC-1", Set.of("location.precise", "order.address"), List.of());
    assertThat(started.selected()).isEqualTo(5);
    assertThat(started.state()).isEqualTo("RUNNING");
    assertThat(started.pending()).isEqualTo(5);

    assertThat(batch(2)).isEqualTo(2);
    assertThat(progress(started.id()).sent()).isEqualTo(2);
    runToTheEnd(2);

    List<Object[]> rows = outboxRows();
    assertThat(rows)
        .extracting(r -> (String) r[1])
        .containsExactlyInAnyOrder("u-1", "u-2", "u-3", "u-4", "parent-1");
    assertThat(rows)
        .extracting(r -> (String) r[0])
        .doesNotHaveDuplicates()
        .contains(
            Campaign.messageId(started.id(), "kid-1"), Campaign.messageId(started.id(), "u-1"));
    assertThat(rows)
        .filteredOn(r -> "parent-1".equals(r[1]))
        .singleElement()
        .satisfies(r -> assertThat((String) r[2]).contains("涉及您监护的未成年人"));
    assertThat(rows)
        .filteredOn(r -> "u-1".equals(r[1]))
        .singleElement()
        .satisfies(
            r -> assertThat((String) r[2]).contains("订单库被越权访问").doesNotContain("涉及您监护的未成年人"));

    CampaignView done = progress(started.id());
    assertThat(done.state()).isEqualTo("FINISHED");
    assertThat(done.sent()).isEqualTo(5);
    assertThat(done.pending()).isZero();
    assertThat(finished)
        .singleElement()
        .satisfies(f -> assertThat(f.reference()).isEqualTo("INC-1"));
    assertThat(audited)
        .filteredOn(e -> e.action().equals("notification.campaign-batch-sent"))
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.subjectId()).isEqualTo(started.id()))
        .extracting(AuditEvent::detail)
        .containsExactly(
            "BREACH INC-1: 2 of 2 notices sent, 0 unreached",
            "BREACH INC-1: 2 of 2 notices sent, 0 unreached",
            "BREACH INC-1: 1 of 1 notices sent, 0 unreached");
    assertThat(audited).noneMatch(e -> e.action().equals("notification.sent"));
  }

  @Test
  @DisplayName(
      "INC-2: a crash between sending and marking loses the batch's messages with it; the next run tells the same people under the same ids, nobody twice, nobody lost")
  void aCrashBeforeMarkingRepeatsTheBatchWithTheSameMessageIds() {
    CampaignView started = start("INC-2", Set.of(), List.of("a-1", "a-2", "a-3", "a-4", "a-5"));

    assertThat(batch(2)).isEqualTo(2);
    crashBeforeMarking = true;
    assertThatThrownBy(() -> batch(2)).hasMessageContaining("crash");
    crashBeforeMarking = false;
    assertThat(outboxRows()).hasSize(2);
    assertThat(progress(started.id()).pending()).isEqualTo(3);

    runToTheEnd(2);

    List<Object[]> rows = outboxRows();
    assertThat(rows)
        .extracting(r -> (String) r[1])
        .containsExactly("a-1", "a-2", "a-3", "a-4", "a-5");
    assertThat(rows)
        .extracting(r -> (String) r[0])
        .containsExactlyInAnyOrder(
            List.of("a-1", "a-2", "a-3", "a-4", "a-5").stream()
                .map(s -> Campaign.messageId(started.id(), s))
                .toArray(String[]::new));
    assertThat(progress(started.id()).sent()).isEqualTo(5);
  }

  @Test
  @DisplayName(
      "INC-2: a batch whose notices committed while its people stayed pending is repeated: the"
          + " people are completed with the notices they have, none written or sent twice, and the"
          + " campaign finishes")
  void aBatchRepeatedAfterItsNoticesCommittedCompletesItsPeopleWithoutASecondNotice() {
    CampaignView started =
        start("INC-3", Set.of(), List.of("b-1", "b-2", "b-3", "b-4", "b-5", "nophone-1"));
    assertThat(batch(2)).isEqualTo(2);
    assertThat(batch(2)).isEqualTo(2);
    // the second batch's notices (and outbox rows) stay, its people and counters fall back to
    // pending: the state a batch is left in when its notices commit and its marking does not
    leftPending(started.id(), "b-3", "b-4");
    assertThat(progress(started.id()).pending()).isEqualTo(4);

    runToTheEnd(2);

    assertThat(outboxRows())
        .extracting(r -> (String) r[1])
        .containsExactly("b-1", "b-2", "b-3", "b-4", "b-5");
    assertThat(noticesPerPerson())
        .containsOnlyKeys("b-1", "b-2", "b-3", "b-4", "b-5")
        .allSatisfy((person, notices) -> assertThat(notices).isEqualTo(1));
    CampaignView done = progress(started.id());
    assertThat(done.state()).isEqualTo("FINISHED");
    assertThat(done.sent()).isEqualTo(5);
    assertThat(done.unreached()).isEqualTo(1);
    assertThat(done.pending()).isZero();
    assertThat(finished).hasSize(1);
    // the repeated people are marked sent under their own notice's message id and channel
    long sentUnderTheirNotice =
        inTransaction(
            em ->
                ((Number)
                        em.createNativeQuery(
                                "select count(*) from notification_campaign_recipient r join"
                                    + " notification_notice n on n.message_id = r.message_id"
                                    + " where r.campaign_id = ?1 and r.state = 'SENT'"
                                    + " and r.channel = n.channel")
                            .setParameter(1, started.id())
                            .getSingleResult())
                    .longValue());
    assertThat(sentUnderTheirNotice).isEqualTo(5);
  }

  @Test
  @DisplayName(
      "INC-2: handed to the broker in the batch's own transaction, a batch repeated after its"
          + " notices committed hands none of them over again; each person is on the queue once")
  void aBatchHandedOverNowAndRepeatedPutsNobodyOnTheQueueTwice() {
    handOverNow = true;
    CampaignView started = start("INC-3", Set.of(), List.of("h-1", "h-2", "h-3", "h-4", "h-5"));
    assertThat(batch(3)).isEqualTo(3);
    leftPending(started.id(), "h-2", "h-3");

    runToTheEnd(3);

    assertThat(handedOver)
        .containsExactlyInAnyOrder(
            List.of("h-1", "h-2", "h-3", "h-4", "h-5").stream()
                .map(s -> Campaign.messageId(started.id(), s))
                .toArray(String[]::new));
    assertThat(noticesPerPerson())
        .containsOnlyKeys("h-1", "h-2", "h-3", "h-4", "h-5")
        .allSatisfy((person, notices) -> assertThat(notices).isEqualTo(1));
    assertThat(progress(started.id()).sent()).isEqualTo(5);
    assertThat(progress(started.id()).state()).isEqualTo("FINISHED");
  }

  @Test
  @DisplayName(
      "INC-2: a person whose notice was already written is never written again, even if someone"
          + " marked a finished campaign's people pending")
  void aPersonWhoseNoticeWasWrittenIsNeverWrittenAgain() {
    CampaignView started = start("INC-3", Set.of(), List.of("b-1"));
    runToTheEnd(10);
    leftPending(started.id(), "b-1");
    inTransaction(
        em ->
            em.createNativeQuery("update notification_campaign set state = 'RUNNING'")
                .executeUpdate());

    runToTheEnd(10);

    assertThat(outboxRows()).hasSize(1);
    assertThat(noticesPerPerson()).containsExactly(Map.entry("b-1", 1L));
    assertThat(progress(started.id()).sent()).isEqualTo(1);
    assertThat(progress(started.id()).state()).isEqualTo("FINISHED");
  }

  /** Puts these people back to pending and takes them off the counters; their notices stay. */
  void leftPending(String campaignId, String... subjects) {
    inTransaction(
        em -> {
          for (String subject : subjects) {
            em.createNativeQuery(
                    "update notification_campaign_recipient set state = 'PENDING', message_id ="
                        + " null, channel = null, reason = null, done_at = null"
                        + " where campaign_id = ?1 and subject_id = ?2")
                .setParameter(1, campaignId)
                .setParameter(2, subject)
                .executeUpdate();
          }
          return em.createNativeQuery(
                  "update notification_campaign set sent = sent - ?2 where id = ?1")
              .setParameter(1, campaignId)
              .setParameter(2, subjects.length)
              .executeUpdate();
        });
  }

  /** The notice rows per person told (the tests' databases hold one campaign's notices). */
  Map<String, Long> noticesPerPerson() {
    return inTransaction(
        em -> {
          Map<String, Long> counts = new java.util.TreeMap<>();
          for (Object row :
              em.createNativeQuery(
                      "select subject_id, count(*) from notification_notice group by subject_id")
                  .getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
          }
          return counts;
        });
  }

  @Test
  @DisplayName("INC-2: two claimers at once never take the same people (FOR UPDATE SKIP LOCKED)")
  void concurrentClaimsSkipLockedRows() {
    CampaignView started = start("INC-4", Set.of(), List.of("c-1", "c-2", "c-3", "c-4"));
    EntityManager first = db.emf().createEntityManager();
    first.getTransaction().begin();
    List<String> firstClaim =
        new JpaCampaignRepository(first)
            .claim(started.id(), 2).stream().map(r -> r.subjectId()).toList();
    List<String> secondClaim =
        inTransaction(
            em ->
                new JpaCampaignRepository(em)
                    .claim(started.id(), 10).stream().map(r -> r.subjectId()).toList());
    first.getTransaction().rollback();
    first.close();
    List<String> afterRollback =
        inTransaction(
            em ->
                new JpaCampaignRepository(em)
                    .claim(started.id(), 10).stream().map(r -> r.subjectId()).toList());
    // PostgreSQL leaves c-3, c-4 to the second claimer; H2 may lock more rows than the batch and
    // give it none. Either way no person is in both claims, and a rolled-back claim frees its
    // people.
    assertThat(firstClaim).containsExactly("c-1", "c-2");
    assertThat(secondClaim).doesNotContainAnyElementsOf(firstClaim);
    assertThat(afterRollback).containsExactly("c-1", "c-2", "c-3", "c-4");
  }

  @Test
  @DisplayName(
      "INC-2: a second worker claiming while the first holds its batch takes the next batch, not"
          + " nothing and not the same people")
  void aSecondWorkerTakesTheNextBatch() {
    CampaignView started =
        start("INC-6", Set.of(), List.of("w-1", "w-2", "w-3", "w-4", "w-5", "w-6"));
    EntityManager first = db.emf().createEntityManager();
    first.getTransaction().begin();
    List<String> firstClaim =
        new JpaCampaignRepository(first)
            .claim(started.id(), 2).stream().map(r -> r.subjectId()).toList();
    List<String> secondClaim =
        inTransaction(
            em ->
                new JpaCampaignRepository(em)
                    .claim(started.id(), 2).stream().map(r -> r.subjectId()).toList());
    first.getTransaction().rollback();
    first.close();

    assertThat(firstClaim).containsExactly("w-1", "w-2");
    assertThat(secondClaim).containsExactly("w-3", "w-4");
  }

  @Test
  @DisplayName(
      "INC-2, CON-3: a batch asks the consent check once per purpose for all its people, and a"
          + " person it refuses is skipped, not told")
  void aBatchAsksTheConsentCheckOncePerPurpose() {
    when(consent.mayAll(org.mockito.ArgumentMatchers.anyCollection(), any()))
        .thenAnswer(
            call -> {
              java.util.Map<SubjectId, Decision> answers = new java.util.HashMap<>();
              for (Object subject : (java.util.Collection<?>) call.getArgument(0)) {
                answers.put(
                    (SubjectId) subject,
                    SubjectId.of("b-2").equals(subject)
                        ? Decision.of(DecisionReason.WITHDRAWN, 1L)
                        : Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
              }
              return answers;
            });
    CampaignView started = start("INC-7", Set.of(), List.of("b-1", "b-2", "b-3"));

    runToTheEnd(10);

    assertThat(outboxRows()).extracting(r -> (String) r[1]).containsExactly("b-1", "b-3");
    assertThat(progress(started.id()).unreached()).isEqualTo(1);
    org.mockito.Mockito.verify(consent, org.mockito.Mockito.never())
        .may(org.mockito.ArgumentMatchers.eq(SubjectId.of("b-2")), any());
  }

  @Test
  @DisplayName(
      "INC-2: a paused campaign sends nothing until resumed; pausing a finished one is a conflict")
  void pauseAndResume() {
    CampaignView started = start("INC-5", Set.of(), List.of("p-1", "p-2", "p-3"));
    assertThat(batch(1)).isEqualTo(1);
    CampaignView paused = inTransaction(em -> campaigns(em).pause(started.id(), "privacy.officer"));
    assertThat(paused.state()).isEqualTo("PAUSED");
    assertThat(paused.stateBy()).isEqualTo("privacy.officer");
    assertThat(batch(5)).isZero();
    assertThat(outboxRows()).hasSize(1);
    assertThatThrownBy(
            () -> inTransaction(em -> campaigns(em).pause(started.id(), "privacy.officer")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("paused");

    inTransaction(em -> campaigns(em).resume(started.id(), "privacy.officer"));
    runToTheEnd(5);
    assertThat(outboxRows()).hasSize(3);
    assertThat(progress(started.id()).state()).isEqualTo("FINISHED");
    assertThatThrownBy(
            () -> inTransaction(em -> campaigns(em).pause(started.id(), "privacy.officer")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("finished");
  }

  @Test
  @DisplayName(
      "INC-2: people no channel reaches (here: consent to the channel withdrawn) are counted and listed for the public announcement")
  void unreachedPeopleAreListed() {
    CampaignView started = start("INC-6", Set.of(), List.of("nophone-1", "r-1", "nophone-2"));
    runToTheEnd(10);
    CampaignView done = progress(started.id());
    assertThat(done.sent()).isEqualTo(1);
    assertThat(done.unreached()).isEqualTo(2);
    assertThat(done.state()).isEqualTo("FINISHED");
    List<UnreachedPerson> unreached =
        inTransaction(em -> campaigns(em).unreached(started.id(), 0, 100, "privacy.officer"));
    assertThat(audited)
        .anyMatch(
            e ->
                e.action().equals("notification.campaign-unreached-read")
                    && e.actor().equals("privacy.officer"));
    assertThat(unreached)
        .extracting(UnreachedPerson::subjectId)
        .containsExactly("nophone-1", "nophone-2");
    assertThat(unreached).extracting(UnreachedPerson::reason).containsOnly("NO_CONSENT_TO_CHANNEL");
  }

  @Test
  @DisplayName(
      "INC-2: a campaign that selects nobody finishes at once; a second start for the same reference returns the first")
  void emptyAndRepeatedStarts() {
    CampaignView empty = start("INC-7", Set.of("location.precise"), List.of());
    assertThat(empty.state()).isEqualTo("FINISHED");
    assertThat(finished).hasSize(1);
    assertThat(start("INC-7", Set.of(), List.of("x-1")).id()).isEqualTo(empty.id());
    assertThatThrownBy(
            () ->
                inTransaction(
                    em ->
                        campaigns(em)
                            .start(
                                new CampaignStart(
                                    "BREACH",
                                    "INC-8",
                                    "breach-notice",
                                    Map.of("facts", "x"),
                                    Set.of(),
                                    INCIDENT,
                                    List.of()),
                                "a")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("impact");
    assertThatThrownBy(
            () ->
                inTransaction(
                    em ->
                        campaigns(em)
                            .start(
                                new CampaignStart(
                                    "BREACH",
                                    "INC-8",
                                    "promotion",
                                    TEXT,
                                    Set.of(),
                                    INCIDENT,
                                    List.of()),
                                "a")))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("promotion");
  }

  @Test
  @DisplayName(
      "SHUT-1, INC-2: a prepared campaign sends nothing while its people are added page by page, a child's notice goes to the guardian, and it sends once opened; an empty one finishes on opening")
  void aPreparedCampaignIsFilledPageByPageThenOpened() {
    child("kid-9", "parent-9");
    CampaignView prepared =
        inTransaction(
            em ->
                campaigns(em)
                    .prepare(
                        new CampaignStart(
                            "BREACH",
                            "INC-9",
                            "breach-notice",
                            TEXT,
                            Set.of(),
                            INCIDENT,
                            List.of()),
                        "system"));
    assertThat(prepared.state()).isEqualTo("SELECTING");
    long first =
        inTransaction(em -> campaigns(em).addRecipients(prepared.id(), ids(List.of("p-1", "p-2"))));
    long second =
        inTransaction(
            em -> campaigns(em).addRecipients(prepared.id(), ids(List.of("p-2", "kid-9"))));
    assertThat(first).isEqualTo(2);
    assertThat(second).isEqualTo(1);
    assertThat(batch(10)).isZero();
    assertThat(outboxRows()).isEmpty();
    assertThat(
            inTransaction(
                    em ->
                        campaigns(em)
                            .prepare(
                                new CampaignStart(
                                    "BREACH",
                                    "INC-9",
                                    "breach-notice",
                                    TEXT,
                                    Set.of(),
                                    INCIDENT,
                                    List.of()),
                                "system"))
                .id())
        .isEqualTo(prepared.id());

    CampaignView opened = inTransaction(em -> campaigns(em).open(prepared.id(), "system"));
    assertThat(opened.state()).isEqualTo("RUNNING");
    assertThat(opened.selected()).isEqualTo(3);
    // a list uploaded while it sends: the workers take the new people up, the others stay once
    assertThat(batch(2)).isEqualTo(2);
    long added =
        inTransaction(em -> campaigns(em).addRecipients(prepared.id(), ids(List.of("p-1", "p-3"))));
    assertThat(added).isEqualTo(1);
    runToTheEnd(10);
    assertThat(outboxRows())
        .extracting(r -> (String) r[1])
        .containsExactlyInAnyOrder("p-1", "p-2", "parent-9", "p-3");
    assertThat(progress(prepared.id()).state()).isEqualTo("FINISHED");
    assertThat(progress(prepared.id()).selected()).isEqualTo(4);
    assertThatThrownBy(
            () ->
                inTransaction(
                    em -> campaigns(em).addRecipients(prepared.id(), ids(List.of("p-4")))))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("finished");

    CampaignView nobody =
        inTransaction(
            em ->
                campaigns(em)
                    .prepare(
                        new CampaignStart(
                            "BREACH",
                            "INC-10",
                            "breach-notice",
                            TEXT,
                            Set.of(),
                            INCIDENT,
                            List.of()),
                        "system"));
    assertThat(inTransaction(em -> campaigns(em).open(nobody.id(), "system")).state())
        .isEqualTo("FINISHED");
  }

  /** Fails the marking of a batch, as a crash after the notices were written would. */
  static final class CrashingRepository
      implements com.meike.privacy.notification.domain.campaign.CampaignRepository {
    private final JpaCampaignRepository d;

    CrashingRepository(JpaCampaignRepository d) {
      this.d = d;
    }

    @Override
    public void insert(Campaign c) {
      d.insert(c);
    }

    @Override
    public Optional<Campaign> find(String id) {
      return d.find(id);
    }

    @Override
    public Optional<Campaign> findByReference(String p, String r) {
      return d.findByReference(p, r);
    }

    @Override
    public long selectHolders(String c, Set<String> cat, Instant at) {
      return d.selectHolders(c, cat, at);
    }

    @Override
    public long addSubjects(String c, java.util.Collection<String> s) {
      return d.addSubjects(c, s);
    }

    @Override
    public List<String> running() {
      return d.running();
    }

    @Override
    public List<com.meike.privacy.notification.domain.campaign.CampaignRecipient> claim(
        String c, int max) {
      return d.claim(c, max);
    }

    @Override
    public void record(
        String c,
        List<com.meike.privacy.notification.domain.campaign.RecipientOutcome> o,
        Instant at) {
      throw new IllegalStateException("crash between sending and marking");
    }

    @Override
    public boolean anyPending(String c) {
      return d.anyPending(c);
    }

    @Override
    public boolean lockUnlessFinished(String c) {
      return d.lockUnlessFinished(c);
    }

    @Override
    public boolean changeState(
        String c,
        com.meike.privacy.notification.domain.campaign.CampaignState f,
        com.meike.privacy.notification.domain.campaign.CampaignState t,
        String by,
        Instant at) {
      return d.changeState(c, f, t, by, at);
    }

    @Override
    public List<CampaignRecipientResult> unreached(String c, long after, int max) {
      return d.unreached(c, after, max);
    }

    @Override
    public Map<String, Long> deliveryCounts(String c) {
      return d.deliveryCounts(c);
    }
  }
}
