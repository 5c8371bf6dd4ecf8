package com.meike.privacy.partner.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.DeletionOrderPlaced;
import com.meike.privacy.partner.application.DeletionOrderReplied;
import com.meike.privacy.partner.application.DeletionOrderView;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerReplyAccepted;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaDeletionOrderRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaDisclosureRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaOutboxRepository;
import com.meike.privacy.partner.infrastructure.persistence.jpa.JpaPartnerRepository;
import jakarta.enterprise.event.Event;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deletion orders through the real migrations and mappings on H2: recipients, messages, answers.
 */
class DeletionOrdersOnH2Test {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  final PartnerDatabase database = new PartnerDatabase();
  final ConsentCheck consent = mock(ConsentCheck.class);
  final PurposeCatalogue catalogue = mock(PurposeCatalogue.class);
  final KeyedHash pseudonyms = new KeyedHash(HexFormat.of().parseHex("11".repeat(32)));
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final List<DeletionOrderPlaced> placed = new ArrayList<>();
  final List<DeletionOrderReplied> replied = new ArrayList<>();

  @BeforeEach
  void consentAllows() {
    when(consent.may(any(), any())).thenReturn(Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
    when(catalogue.purpose(any()))
        .thenAnswer(
            call -> PartnerDatabase.purpose(call.getArgument(0).toString(), "NECESSARY", false));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @SuppressWarnings("unchecked")
  void disclose(String partner, String subject, String purpose, Map<String, Object> payload) {
    database.inTransaction(
        em -> {
          DefaultPartnerOutbound outbound = new DefaultPartnerOutbound();
          outbound.partners = new JpaPartnerRepository(em);
          outbound.outbox = new JpaOutboxRepository(em);
          outbound.disclosures = new JpaDisclosureRepository(em);
          outbound.consent = consent;
          outbound.catalogue = catalogue;
          outbound.assessments = PartnerDatabase.assessedSharing();
          outbound.pseudonyms = pseudonyms;
          outbound.written = mock(Event.class);
          outbound.clock = clock;
          return outbound.send(
              new PartnerMessage(
                  partner, subject, purpose, "push.notification", 1, payload, false));
        });
  }

  @SuppressWarnings("unchecked")
  DeletionOrderView order(String subject) {
    return database.inTransaction(
        em ->
            service(em)
                .orderDeletion(SubjectId.of(subject), "account cancelled", "privacy.officer"));
  }

  @SuppressWarnings("unchecked")
  DefaultPartnerDeletionOrders service(jakarta.persistence.EntityManager em) {
    DefaultPartnerDeletionOrders service = new DefaultPartnerDeletionOrders();
    service.orders = new JpaDeletionOrderRepository(em);
    service.disclosures = new JpaDisclosureRepository(em);
    service.partners = new JpaPartnerRepository(em);
    service.writer = new OutboxWriter(new JpaOutboxRepository(em), mock(Event.class));
    service.pseudonyms = pseudonyms;
    service.auditTrail = ordersAudit;
    Event<DeletionOrderPlaced> event = mock(Event.class);
    org.mockito.Mockito.doAnswer(call -> placed.add(call.getArgument(0))).when(event).fire(any());
    service.placed = event;
    service.clock = clock;
    return service;
  }

  @SuppressWarnings("unchecked")
  boolean answer(String messageId, String partner, String status, String reason) {
    return database.inTransaction(
        em -> {
          Event<DeletionOrderReplied> event = mock(Event.class);
          org.mockito.Mockito.doAnswer(call -> replied.add(call.getArgument(0)))
              .when(event)
              .fire(any());
          return new DeletionOrderReplies(new JpaDeletionOrderRepository(em), event)
              .record(
                  new PartnerReplyAccepted(
                      messageId, partner, "deletion.order", status, reason, NOW.plusSeconds(60)));
        });
  }

  JsonObject body(String messageId) {
    return database.inTransaction(
        em ->
            Json.createReader(new StringReader(em.find(OutboxMessage.class, messageId).body()))
                .readObject());
  }

  @Test
  void oneOrderGoesToEachPartnerThatReceivedThePersonsDataAndCompletesWithTheLastAcknowledgement() {
    disclose("getui", "u-1", "device.identifiers", Map.of("title", "t", "body", "b"));
    disclose("getui", "u-1", "device.identifiers", Map.of("title", "t2", "body", "b2"));
    disclose("analytics", "u-1", "usage.logs", Map.of("event", "open"));
    disclose("amap", "u-2", "device.location", Map.of("latitude", 1, "longitude", 2));

    DeletionOrderView order = order("u-1");

    assertThat(order.outstanding()).containsExactly("analytics", "getui");
    assertThat(order.complete()).isFalse();
    assertThat(placed).singleElement().satisfies(p -> assertThat(p.partners()).isEqualTo(2));
    DeletionOrderView.Recipient getui =
        order.recipients().stream()
            .filter(r -> r.partner().equals("getui"))
            .findFirst()
            .orElseThrow();
    DeletionOrderView.Recipient analytics =
        order.recipients().stream()
            .filter(r -> r.partner().equals("analytics"))
            .findFirst()
            .orElseThrow();
    JsonObject getuiBody = body(getui.messageId());
    assertThat(getuiBody.getString("type")).isEqualTo("deletion.order");
    assertThat(getuiBody.getJsonObject("payload").getString("subject")).isEqualTo("u-1");
    assertThat(getuiBody.getJsonObject("payload").getJsonArray("messageIds")).hasSize(2);
    assertThat(getuiBody.getJsonObject("payload").getString("orderId")).isEqualTo(order.id());
    JsonObject analyticsPayload = body(analytics.messageId()).getJsonObject("payload");
    assertThat(analyticsPayload.containsKey("subject")).isFalse();
    assertThat(analyticsPayload.getString("pseudonym"))
        .isEqualTo(DefaultPartnerOutbound.pseudonym(pseudonyms, "analytics", "u-1"));
    Boolean needsAck =
        database.inTransaction(
            em -> em.find(OutboxMessage.class, getui.messageId()).needsAcknowledgement());
    assertThat(needsAck).isTrue();

    assertThat(answer(getui.messageId(), "getui", "ACKNOWLEDGED", null)).isTrue();
    assertThat(replied).last().satisfies(r -> assertThat(r.complete()).isFalse());
    assertThat(answer(analytics.messageId(), "analytics", "FAILED", "store offline")).isTrue();
    DeletionOrderView failed =
        database.inTransaction(em -> service(em).order(order.id(), "ops.agent"));
    assertThat(failed.failed()).containsExactly("analytics");
    assertThat(failed.recipients())
        .anySatisfy(r -> assertThat(r.reason()).isEqualTo("store offline"));
    assertThat(failed.complete()).isFalse();

    assertThat(answer(analytics.messageId(), "analytics", "ACKNOWLEDGED", null)).isTrue();
    DeletionOrderView done =
        database.inTransaction(em -> service(em).order(order.id(), "ops.agent"));
    assertThat(done.complete()).isTrue();
    assertThat(done.acknowledged()).containsExactly("analytics", "getui");
    assertThat(replied).last().satisfies(r -> assertThat(r.complete()).isTrue());
  }

  @Test
  void aPersonWhoseDataWentNowhereGetsACompleteOrder() {
    DeletionOrderView order = order("u-9");
    assertThat(order.complete()).isTrue();
    assertThat(order.recipients()).isEmpty();
    assertThat(placed).singleElement().satisfies(p -> assertThat(p.complete()).isTrue());
  }

  @Test
  void otherRepliesAreNotDeletionAnswers() {
    assertThat(answer("nope", "getui", "ACKNOWLEDGED", null)).isFalse();
    Boolean push =
        database.inTransaction(
            em ->
                new DeletionOrderReplies(new JpaDeletionOrderRepository(em), null)
                    .record(
                        new PartnerReplyAccepted(
                            "x", "getui", "push.notification", "ACKNOWLEDGED", null, NOW)));
    assertThat(push).isFalse();
  }

  @Test
  void badInputIsRefusedByName() {
    // a malformed subject is refused on the interface before the service runs: TypedSubjectsTest
    assertThatThrownBy(
            () ->
                database.inTransaction(
                    em -> service(em).orderDeletion(SubjectId.of("u-1"), " ", "a")))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(() -> database.inTransaction(em -> service(em).order("nope", "a")))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "SHUT-1: a shutdown's deletion order goes only to the service's partners, naming only the messages for its purposes")
  void aShutdownOrdersOnlyTheServicesPartners() {
    disclose("analytics", "u-1", "usage.personalised-display", Map.of("event", "open"));
    disclose("analytics", "u-1", "usage.logs", Map.of("event", "close"));
    disclose("getui", "u-1", "device.identifiers", Map.of("title", "t", "body", "b"));

    DeletionOrderView order =
        database.inTransaction(
            em ->
                service(em)
                    .orderDeletion(
                        SubjectId.of("u-1"),
                        java.util.Set.of("analytics"),
                        java.util.Set.of("usage.personalised-display"),
                        "service shutdown feature.personalised-display",
                        "system"));

    assertThat(order.outstanding()).containsExactly("analytics");
    assertThat(
            body(order.recipients().get(0).messageId())
                .getJsonObject("payload")
                .getJsonArray("messageIds"))
        .hasSize(1);
    DeletionOrderView none =
        database.inTransaction(
            em ->
                service(em)
                    .orderDeletion(
                        SubjectId.of("u-1"),
                        java.util.Set.of("alipay"),
                        java.util.Set.of("payment.account"),
                        "service shutdown",
                        "system"));
    assertThat(none.recipients()).isEmpty();
    assertThat(none.complete()).isTrue();
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "SHUT-1 at size: a whole page of people gets one order each in one call — one message per partner naming that person only, each order followed by its own process — and one audit entry; people whose data went elsewhere get none")
  void aShutdownOrdersAPageAtOnce() {
    disclose("analytics", "u-1", "usage.personalised-display", Map.of("event", "open"));
    disclose("analytics", "u-1", "usage.personalised-display", Map.of("event", "close"));
    disclose("analytics", "u-2", "usage.personalised-display", Map.of("event", "open"));
    disclose("analytics", "u-3", "usage.logs", Map.of("event", "open"));
    disclose("getui", "u-1", "device.identifiers", Map.of("title", "t", "body", "b"));

    Integer placedOrders =
        database.inTransaction(
            em ->
                service(em)
                    .orderDeletions(
                        List.of(
                            SubjectId.of("u-2"),
                            SubjectId.of("u-1"),
                            SubjectId.of("u-3"),
                            SubjectId.of("u-9")),
                        java.util.Set.of("analytics"),
                        java.util.Set.of("usage.personalised-display"),
                        "service shutdown feature.personalised-display",
                        "system"));

    assertThat(placedOrders).isEqualTo(2);
    assertThat(placed)
        .as("each order starts its own partner-deletion-order process")
        .hasSize(2)
        .allSatisfy(p -> assertThat(p.partners()).isEqualTo(1));
    Map<String, Integer> messageIdsPerPerson = new java.util.TreeMap<>();
    for (DeletionOrderPlaced p : placed) {
      DeletionOrderView order =
          database.inTransaction(em -> service(em).order(p.orderId(), "ops.agent"));
      assertThat(order.outstanding()).containsExactly("analytics");
      JsonObject payload = body(order.recipients().get(0).messageId()).getJsonObject("payload");
      assertThat(payload.getString("orderId")).isEqualTo(order.id());
      assertThat(payload.getString("pseudonym"))
          .as("the wire contract: one person per message, as the partner knows them")
          .isEqualTo(DefaultPartnerOutbound.pseudonym(pseudonyms, "analytics", order.subject()));
      messageIdsPerPerson.put(order.subject(), payload.getJsonArray("messageIds").size());
    }
    assertThat(messageIdsPerPerson).containsExactly(Map.entry("u-1", 2), Map.entry("u-2", 1));
    org.mockito.ArgumentCaptor<com.meike.privacy.kernel.audit.AuditEvent> entry =
        org.mockito.ArgumentCaptor.forClass(com.meike.privacy.kernel.audit.AuditEvent.class);
    org.mockito.Mockito.verify(ordersAudit, org.mockito.Mockito.atLeastOnce())
        .record(entry.capture());
    assertThat(entry.getAllValues())
        .filteredOn(e -> e.action().equals("partner.deletion-ordered"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.detail())
                    .startsWith(
                        "2 order(s) for 2 people [u-1..u-2], 2 partner message(s) to analytics"));
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "SHUT-1 at size: withdrawing a whole page of people's undelivered messages at once leaves what one person at a time leaves, with one audit entry naming the batch's people")
  void partnerHolderForAServiceAsOneBatch() {
    disclose("analytics", "u-2", "usage.personalised-display", Map.of("event", "open"));
    disclose("analytics", "u-1", "usage.personalised-display", Map.of("event", "open"));
    disclose("analytics", "u-3", "usage.logs", Map.of("event", "open"));
    com.meike.privacy.kernel.rights.ServiceScope scope =
        new com.meike.privacy.kernel.rights.ServiceScope(
            "feature.personalised-display",
            java.util.Set.of("usage.personalised-display"),
            null,
            java.util.Set.of("analytics"));

    assertThat(
            database
                .inTransaction(
                    em ->
                        holder(em)
                            .eraseForAll(List.of("u-1", "u-2", "u-3"), scope, "shutdown", "system"))
                .deleted())
        .isEqualTo(2);

    com.meike.privacy.kernel.rights.PersonalDataHolder.Remaining after =
        database.inTransaction(em -> holder(em).remainingFor(scope));
    assertThat(after.leftTotal()).isZero();
    assertThat(after.kept()).containsValue(2L);
    Long other =
        database.inTransaction(
            em ->
                em.createQuery(
                        "select count(m) from OutboxMessage m where m.purpose = 'usage.logs' and m.body is not null",
                        Long.class)
                    .getSingleResult());
    assertThat(other).as("another purpose's message to the same partner stays").isEqualTo(1);
    org.mockito.ArgumentCaptor<com.meike.privacy.kernel.audit.AuditEvent> entry =
        org.mockito.ArgumentCaptor.forClass(com.meike.privacy.kernel.audit.AuditEvent.class);
    org.mockito.Mockito.verify(holderAudit).record(entry.capture());
    assertThat(entry.getValue().detail())
        .contains("2 undelivered message(s) withdrawn")
        .contains(
            com.meike.privacy.kernel.rights.DisposalDigest.of(List.of("u-1", "u-2", "u-3"))
                .toString());
    assertThat(
            database
                .inTransaction(
                    em -> holder(em).eraseForAll(List.of("u-1", "u-2"), scope, "again", "system"))
                .deleted())
        .as("a batch redone after a crash finds nothing left")
        .isZero();
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "SHUT-1: the partner context names the people whose data went to the service's partners, withdraws their undelivered messages for it and counts what is left in the outbox")
  void partnerHolderForAService() {
    disclose("analytics", "u-2", "usage.personalised-display", Map.of("event", "open"));
    disclose("analytics", "u-1", "usage.personalised-display", Map.of("event", "open"));
    disclose("analytics", "u-3", "usage.logs", Map.of("event", "open"));
    com.meike.privacy.kernel.rights.ServiceScope scope =
        new com.meike.privacy.kernel.rights.ServiceScope(
            "feature.personalised-display",
            java.util.Set.of("usage.personalised-display"),
            null,
            java.util.Set.of("analytics"));

    assertThat(database.<List<String>>inTransaction(em -> holder(em).subjectsFor(scope, null, 10)))
        .containsExactly("u-1", "u-2");
    assertThat(database.<List<String>>inTransaction(em -> holder(em).subjectsFor(scope, "u-1", 10)))
        .containsExactly("u-2");
    assertThat(database.inTransaction(em -> holder(em).remainingFor(scope)).leftTotal())
        .as("not yet handed to the broker")
        .isEqualTo(2);

    assertThat(
            database
                .inTransaction(em -> holder(em).eraseFor("u-1", scope, "shutdown", "system"))
                .deleted())
        .isEqualTo(1);
    assertThat(
            database
                .inTransaction(em -> holder(em).eraseFor("u-2", scope, "shutdown", "system"))
                .deleted())
        .isEqualTo(1);
    assertThat(
            database
                .inTransaction(em -> holder(em).eraseFor("u-2", scope, "shutdown", "system"))
                .deleted())
        .isZero();
    com.meike.privacy.kernel.rights.PersonalDataHolder.Remaining after =
        database.inTransaction(em -> holder(em).remainingFor(scope));
    assertThat(after.leftTotal()).isZero();
    assertThat(after.kept()).containsValue(2L);
    Long other =
        database.inTransaction(
            em ->
                em.createQuery(
                        "select count(m) from OutboxMessage m where m.purpose = 'usage.logs' and m.body is not null",
                        Long.class)
                    .getSingleResult());
    assertThat(other).as("another purpose's message to the same partner stays").isEqualTo(1);
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "RET-1: disclosure-log entries are deleted three years after the disclosure, exactly those due, in batches")
  void disclosureLogRetention() {
    disclose("getui", "u-1", "device.identifiers", Map.of("title", "t", "body", "b"));
    disclose("getui", "u-2", "device.identifiers", Map.of("title", "t", "body", "b"));
    java.util.function.BiFunction<Instant, Integer, Integer> at =
        (now, limit) ->
            database.inTransaction(
                em -> {
                  DisclosureRetention retention = new DisclosureRetention();
                  retention.disclosures = new JpaDisclosureRepository(em);
                  retention.auditTrail = mock(AuditTrail.class);
                  retention.clock = Clock.fixed(now, ZoneOffset.UTC);
                  retention.days = 1095;
                  return retention.deleteDue(limit);
                });
    Instant due = NOW.plus(java.time.Duration.ofDays(1095));
    assertThat(at.apply(due, 10)).as("not a moment early").isZero();
    assertThat(at.apply(due.plusSeconds(1), 1)).isEqualTo(1);
    assertThat(at.apply(due.plusSeconds(1), 10)).isEqualTo(1);
    assertThat(at.apply(due.plusSeconds(1), 10)).isZero();
    Long left =
        database.inTransaction(
            em ->
                em.createQuery("select count(d) from Disclosure d", Long.class).getSingleResult());
    assertThat(left).isZero();
  }

  final AuditTrail holderAudit = mock(AuditTrail.class);
  final AuditTrail ordersAudit = mock(AuditTrail.class);

  PartnerPersonalData holder(jakarta.persistence.EntityManager em) {
    PartnerPersonalData holder = new PartnerPersonalData();
    holder.log = new JpaDisclosureRepository(em);
    holder.auditTrail = holderAudit;
    holder.clock = clock;
    return holder;
  }
}
