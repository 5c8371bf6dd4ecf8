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
import com.meike.privacy.kernel.problem.DomainException.Kind;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.DisclosureView;
import com.meike.privacy.partner.application.InboundReply;
import com.meike.privacy.partner.application.OutboundReceipt;
import com.meike.privacy.partner.application.PartnerCount;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerMessageView;
import com.meike.privacy.partner.application.ReplyOutcome;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbound service, the relay, the replies and the disclosure log through the real migrations
 * and mappings on H2; consent and the broker are faked at their ports.
 */
class PartnerOutboundOnH2Test {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  final PartnerDatabase database = new PartnerDatabase();
  final ConsentCheck consent = mock(ConsentCheck.class);
  final PurposeCatalogue catalogue = mock(PurposeCatalogue.class);
  final AuditTrail audit = mock(AuditTrail.class);
  final KeyedHash pseudonyms = new KeyedHash(HexFormat.of().parseHex("11".repeat(32)));
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final FakeBroker broker = new FakeBroker();
  final List<String[]> queued = broker.queued;

  @BeforeEach
  void consentAllowsNecessaryPurposes() {
    when(consent.may(any(), any())).thenReturn(Decision.of(DecisionReason.NECESSARY_PURPOSE, null));
    when(catalogue.purpose(any()))
        .thenAnswer(
            call -> PartnerDatabase.purpose(call.getArgument(0).toString(), "NECESSARY", false));
  }

  @AfterEach
  void close() {
    database.close();
  }

  com.meike.privacy.consent.application.ImpactAssessments assessments =
      PartnerDatabase.assessedSharing();

  OutboundReceipt send(PartnerMessage message) {
    return database.inTransaction(em -> outbound(em).send(message));
  }

  /** {@code sendAllNow} in one transaction with the broker's, as the container's XA does. */
  List<OutboundReceipt> sendNow(List<PartnerMessage> messages) {
    return withTheBroker(() -> database.inTransaction(em -> outbound(em).sendAllNow(messages)));
  }

  DefaultPartnerOutbound outbound(jakarta.persistence.EntityManager em) {
    DefaultPartnerOutbound outbound =
        PartnerDatabase.outbound(em, consent, catalogue, pseudonyms, clock);
    outbound.assessments = assessments;
    outbound.crossBorderRefusals = new CrossBorderRefusals();
    outbound.crossBorderRefusals.auditTrail = audit;
    outbound.queue = broker;
    return outbound;
  }

  <T> T relay(Function<OutboxRelay, T> work) {
    return withTheBroker(
        () ->
            database.inTransaction(
                em -> {
                  OutboxRelay relay = new OutboxRelay();
                  relay.outbox = new JpaOutboxRepository(em);
                  relay.queue = broker;
                  relay.clock = clock;
                  return work.apply(relay);
                }));
  }

  /** The broker commits after the database, or rolls back with it. */
  <T> T withTheBroker(java.util.function.Supplier<T> work) {
    try {
      T result = work.get();
      broker.commit();
      return result;
    } catch (RuntimeException e) {
      broker.rollback();
      throw e;
    }
  }

  @SuppressWarnings("unchecked")
  ReplyOutcome reply(String user, String partner, String body) {
    return database.inTransaction(
        em -> {
          DefaultPartnerReplies replies = new DefaultPartnerReplies();
          replies.outbox = new JpaOutboxRepository(em);
          replies.auditTrail = audit;
          replies.clock = clock;
          replies.accepted = mock(Event.class);
          return replies.receive(new InboundReply(user, partner, body));
        });
  }

  List<PartnerMessageView> messages(String state) {
    return database.inTransaction(
        em -> {
          DefaultPartnerMessages messages = new DefaultPartnerMessages();
          messages.outbox = new JpaOutboxRepository(em);
          messages.clock = Clock.fixed(NOW.plusSeconds(90), ZoneOffset.UTC);
          return messages.inState(state);
        });
  }

  <T> T disclosures(Function<DefaultDisclosures, T> work) {
    return database.inTransaction(
        em -> {
          DefaultDisclosures disclosures = new DefaultDisclosures();
          disclosures.disclosures = new JpaDisclosureRepository(em);
          disclosures.partners = new JpaPartnerRepository(em);
          disclosures.auditTrail = audit;
          return work.apply(disclosures);
        });
  }

  boolean deliver(String id) {
    return relay(r -> r.handOver(List.of(id))) == 1;
  }

  List<String> pending() {
    return relay(OutboxRelay::due);
  }

  List<DisclosureView> bySubject(String subject) {
    return disclosures(d -> d.forSubject(SubjectId.of(subject), "privacy.officer"));
  }

  List<DisclosureView> byPartner(String partner) {
    return disclosures(d -> d.forPartner(partner, "privacy.officer"));
  }

  List<PartnerCount> counts(int year) {
    return disclosures(d -> d.peoplePerPartner(year));
  }

  List<?> rejections() {
    return database.inTransaction(em -> new JpaOutboxRepository(em).rejections(50));
  }

  String storedBody(String id) {
    return database.inTransaction(em -> em.find(OutboxMessage.class, id).body());
  }

  static Map<String, Object> push() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("deviceId", "dev-42");
    payload.put("title", "新订单");
    payload.put("body", "您有一个新的上门订单");
    payload.put("orderNumber", "MK2026112900000123");
    payload.put("phone", "+8613812345678");
    payload.put("address", Map.of("city", "郑州", "street", "花园路"));
    return payload;
  }

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void onlyTheScopeLeavesAndTheDisclosureNamesWhatLeft() {
    OutboundReceipt receipt =
        send(
            new PartnerMessage(
                "getui", "u-1", "device.identifiers", "push.order-created", 1, push(), true));
    assertThat(receipt.sentFields()).containsExactly("deviceId", "title", "body", "orderNumber");

    deliver(receipt.messageId());
    assertThat(queued).hasSize(1);
    String[] sent = queued.get(0);
    assertThat(sent[0]).isEqualTo("getui");
    assertThat(sent[1]).isEqualTo(receipt.messageId());
    JsonObject envelope = json(sent[3]);
    assertThat(envelope.getString("type")).isEqualTo("push.order-created");
    assertThat(envelope.getInt("version")).isEqualTo(1);
    assertThat(envelope.getString("messageId")).isEqualTo(receipt.messageId());
    assertThat(envelope.getString("occurredAt")).isEqualTo("2026-03-01T08:00:00Z");
    assertThat(envelope.getJsonObject("payload").keySet())
        .containsExactlyInAnyOrder("deviceId", "title", "body", "orderNumber");
    assertThat(sent[3]).doesNotContain("+8613812345678", "郑州");

    List<DisclosureView> log = bySubject("u-1");
    assertThat(log)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.partner()).isEqualTo("getui");
              assertThat(d.purpose()).isEqualTo("device.identifiers");
              assertThat(d.fields()).containsExactly("deviceId", "title", "body", "orderNumber");
            });
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "AUD-3: sharing a purpose with a partner without an impact assessment in force is refused and recorded")
  void sharingWithoutAnImpactAssessmentIsRefused() {
    assessments = PartnerDatabase.assessedSharing("getui/device.identifiers");
    com.meike.privacy.kernel.problem.DomainException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () ->
                send(
                    new PartnerMessage(
                        "getui",
                        "u-1",
                        "device.identifiers",
                        "push.order-created",
                        1,
                        push(),
                        true)),
            com.meike.privacy.kernel.problem.DomainException.class);
    assertThat(refused.kind())
        .isEqualTo(com.meike.privacy.kernel.problem.DomainException.Kind.FORBIDDEN);
    assertThat(refused.field()).isEqualTo("partner");
    assertThat(pending()).isEmpty();
    org.mockito.Mockito.verify(audit)
        .record(
            org.mockito.ArgumentMatchers.argThat(
                e -> e.action().equals("partner.sharing-refused")));
    // another purpose of the same partner is assessed and leaves
    assertThat(
            send(new PartnerMessage(
                    "getui",
                    "u-1",
                    "device.environment",
                    "push.environment",
                    1,
                    Map.of("model", "P60"),
                    false))
                .partner())
        .isEqualTo("getui");
  }

  @Test
  void theRelayDeliversOnceAndForgetsTheBody() {
    OutboundReceipt receipt =
        send(
            new PartnerMessage(
                "getui", "u-1", "device.identifiers", "push.order-created", 1, push(), false));
    assertThat(messages("pending"))
        .extracting(PartnerMessageView::messageId)
        .containsExactly(receipt.messageId());
    assertThat(pending()).containsExactly(receipt.messageId());
    assertThat(deliver(receipt.messageId())).isTrue();
    assertThat(deliver(receipt.messageId())).isFalse();
    assertThat(queued).hasSize(1);
    assertThat(pending()).isEmpty();
    assertThat(storedBody(receipt.messageId())).isNull();
    assertThat(messages("sent"))
        .singleElement()
        .satisfies(m -> assertThat(m.ageSeconds()).isEqualTo(90));
  }

  PartnerMessage aPushTo(String subject) {
    return new PartnerMessage(
        "getui", subject, "device.identifiers", "push.order-created", 1, push(), false);
  }

  @Test
  void aBatchHandedOverNowIsOnTheQueueOnceAndItsBodyIsNotKeptInTheOutbox() {
    List<OutboundReceipt> receipts = sendNow(List.of(aPushTo("u-1"), aPushTo("u-2")));
    assertThat(broker.queuedIds())
        .containsExactlyElementsOf(receipts.stream().map(OutboundReceipt::messageId).toList());
    assertThat(json(queued.get(0)[3]).getJsonObject("payload").getString("title")).isEqualTo("新订单");
    // nothing left for the relay, no copy of the body in the database
    assertThat(pending()).isEmpty();
    assertThat(storedBody(receipts.get(0).messageId())).isNull();
    assertThat(messages("sent")).hasSize(2);
    assertThat(bySubject("u-2"))
        .singleElement()
        .extracting(DisclosureView::partner)
        .isEqualTo("getui");
  }

  @Test
  void aBatchTheBrokerDoesNotTakeLeavesNoRowAndNoDisclosure() {
    broker.down = true;
    assertThatThrownBy(() -> sendNow(List.of(aPushTo("u-1"))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(queued).isEmpty();
    assertThat(messages("sent")).isEmpty();
    assertThat(messages("pending")).isEmpty();
    assertThat(bySubject("u-1")).isEmpty();
  }

  @Test
  void aDeIdentifiedPartnerGetsAStablePerPartnerPseudonymAndNothingIdentifying() {
    Map<String, Object> usage = new LinkedHashMap<>();
    usage.put("event", "page-view");
    usage.put("page", "home");
    usage.put("deviceId", "dev-42");
    usage.put("phone", "+8613812345678");
    OutboundReceipt first =
        send(
            new PartnerMessage(
                "analytics", "u-1", "usage.logs", "analytics.event", 1, usage, false));
    OutboundReceipt second =
        send(
            new PartnerMessage(
                "analytics", "u-1", "usage.logs", "analytics.event", 1, usage, false));
    deliver(first.messageId());
    deliver(second.messageId());
    JsonObject one = json(queued.get(0)[3]).getJsonObject("payload");
    JsonObject two = json(queued.get(1)[3]).getJsonObject("payload");
    assertThat(one.keySet()).containsExactlyInAnyOrder("event", "page", "pseudonym");
    assertThat(one.getString("pseudonym"))
        .isEqualTo(two.getString("pseudonym"))
        .doesNotContain("u-1");
    assertThat(one.getString("pseudonym"))
        .isNotEqualTo(DefaultPartnerOutbound.pseudonym(pseudonyms, "getui", "u-1"));
    assertThat(first.sentFields()).containsExactly("event", "page", "pseudonym");
  }

  @Test
  void withoutConsentNothingIsWritten() {
    when(consent.may(SubjectId.of("u-2"), PurposeCode.of("device.location")))
        .thenReturn(Decision.of(DecisionReason.NO_CONSENT, null));
    Map<String, Object> where = Map.of("latitude", 34.75, "longitude", 113.62);
    assertThatThrownBy(
            () ->
                send(
                    new PartnerMessage(
                        "amap", "u-2", "device.location", "location.lookup", 1, where, false)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
              assertThat(e.field()).isEqualTo("purpose");
              assertThat(e.getMessage()).contains("device.location");
            });
    assertThat(pending()).isEmpty();
    assertThat(bySubject("u-2")).isEmpty();
  }

  @Test
  void refusalsForPartnerPurposeAndFormNameTheirField() {
    assertThatThrownBy(
            () ->
                send(
                    new PartnerMessage(
                        "nobody", "u-1", "device.identifiers", "push.x", 1, push(), false)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("partner"));
    assertThatThrownBy(
            () ->
                send(
                    new PartnerMessage(
                        "getui", "u-1", "payment.account", "push.x", 1, push(), false)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("purpose"));
    assertThatThrownBy(
            () ->
                send(
                    new PartnerMessage(
                        "getui", "u-1", "device.identifiers", "Push", 1, push(), false)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("type"));
    assertThatThrownBy(
            () ->
                send(
                    new PartnerMessage(
                        "getui",
                        "+8613812345678x",
                        "device.identifiers",
                        "push.x",
                        1,
                        push(),
                        false)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("subject"));
    when(catalogue.purpose(PurposeCode.of("device.location")))
        .thenReturn(PartnerDatabase.purpose("device.location", "OPTIONAL", true));
    assertThatThrownBy(
            () ->
                send(
                    new PartnerMessage(
                        "amap", null, "device.location", "location.lookup", 1, Map.of(), false)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
  }

  @Test
  void aSuspendedPartnerReceivesNothing() {
    database.inTransaction(
        em ->
            em.createQuery(
                    "update Partner p set p.status = com.meike.privacy.partner.domain.registry.PartnerStatus.SUSPENDED where p.id = 'getui'")
                .executeUpdate());
    assertThatThrownBy(
            () ->
                send(
                    new PartnerMessage(
                        "getui", "u-1", "device.identifiers", "push.x", 1, push(), false)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
  }

  @Test
  void theRecipientsAcknowledgementCountsAndNobodyElses() {
    String id =
        send(new PartnerMessage(
                "getui", "u-1", "device.identifiers", "push.order-created", 1, push(), true))
            .messageId();
    deliver(id);
    assertThat(messages("unacknowledged"))
        .extracting(PartnerMessageView::messageId)
        .containsExactly(id);

    String ack = "{\"messageId\":\"" + id + "\",\"status\":\"ACKNOWLEDGED\"}";
    assertThat(reply("sms", null, ack).accepted()).isFalse();
    assertThat(reply("sms", "getui", ack).reason())
        .startsWith("claims to come from another partner");
    assertThat(reply("getui", "sms", ack).reason())
        .startsWith("claims to come from another partner");
    assertThat(reply(null, "getui", ack).reason())
        .isEqualTo("not received on a partner's own inbound queue");
    assertThat(reply("getui", null, "{not json").reason()).startsWith("malformed JSON");
    assertThat(
            reply("getui", null, "{\"messageId\":\"" + id + "\",\"status\":\"FAILED\"}").reason())
        .contains("reason");
    assertThat(
            reply("getui", null, "{\"messageId\":\"nope\",\"status\":\"ACKNOWLEDGED\"}").reason())
        .isEqualTo("unknown messageId");
    assertThat(reply("getui", null, null).accepted()).isFalse();
    assertThat(messages("unacknowledged"))
        .extracting(PartnerMessageView::messageId)
        .containsExactly(id);

    assertThat(reply("getui", "getui", ack).accepted()).isTrue();
    assertThat(messages("unacknowledged")).isEmpty();
    assertThat(messages("acknowledged"))
        .singleElement()
        .satisfies(m -> assertThat(m.state()).isEqualTo("ACKNOWLEDGED"));
    assertThat(rejections()).hasSize(8);
  }

  @Test
  void aFailureKeepsThePartnersReason() {
    String id =
        send(new PartnerMessage(
                "getui", "u-1", "device.identifiers", "push.order-created", 1, push(), true))
            .messageId();
    assertThat(
            reply(
                    "getui",
                    null,
                    "{\"messageId\":\""
                        + id
                        + "\",\"status\":\"FAILED\",\"reason\":\"device token expired\"}")
                .accepted())
        .isTrue();
    assertThat(messages("failed"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.reason()).isEqualTo("device token expired");
              assertThat(m.partner()).isEqualTo("getui");
            });
  }

  @Test
  void countersCountPeopleOncePerPartnerAndYear() {
    send(new PartnerMessage("getui", "u-1", "device.identifiers", "push.x", 1, push(), false));
    send(new PartnerMessage("getui", "u-1", "device.identifiers", "push.x", 1, push(), false));
    send(new PartnerMessage("getui", "u-2", "device.identifiers", "push.x", 1, push(), false));
    List<PartnerCount> counts = counts(2026);
    assertThat(counts).contains(new PartnerCount("getui", 2), new PartnerCount("sms", 0));
    assertThat(counts(2025)).contains(new PartnerCount("getui", 0));
    assertThat(byPartner("getui")).hasSize(3);
    assertThatThrownBy(() -> counts(1999))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("year"));
  }
}
