package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.anonymous;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.api.problem.RefusalStatus;
import com.meike.privacy.it.probe.OutboxProbeServlet;
import com.meike.privacy.it.probe.PartnerProbeServlet;
import io.restassured.path.json.JsonPath;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages to partners end to end (PTN-1..5): another context sends through the outbound service
 * (here a probe web module added to the real EAR stands in for it), the partner consumes its queue
 * exactly as the partner guide says and sees only its scope, with the duplicate-detection id; its
 * acknowledgement shows at /api/partner-messages, a reply from another partner is refused, and the
 * disclosure log names what left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerOutboundIT {

  static final String URL = PartnerQueuePermissionsIT.URL;
  static final String PROBE = "/partner-probe/messages";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() throws IOException {
    EnterpriseArchive ear = Deployments.ear();
    ear.addAsModule(
        ShrinkWrap.create(WebArchive.class, "partner-probe.war")
            .addClasses(PartnerProbeServlet.class, OutboxProbeServlet.class, RefusalStatus.class));
    String applicationXml;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ear.delete("META-INF/application.xml");
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "</application>",
                "<module><web><web-uri>partner-probe.war</web-uri><context-root>/partner-probe</context-root></web></module></application>")));
    return ear;
  }

  static JsonPath send(
      String partner,
      String subject,
      String purpose,
      String type,
      boolean ack,
      Map<String, ?> payload,
      int status) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("partner", partner);
    body.put("subject", subject);
    body.put("purpose", purpose);
    body.put("type", type);
    body.put("version", 1);
    body.put("needsAcknowledgement", ack);
    body.put("payload", payload);
    return anonymous().body(body).post(PROBE).then().statusCode(status).extract().jsonPath();
  }

  /**
   * The message with this id from the partner's queue, consumed as the partner; others are
   * acknowledged and skipped.
   */
  static Message receive(String partner, String messageId) throws JMSException {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
        JMSContext context = factory.createContext(partner, "demo", JMSContext.CLIENT_ACKNOWLEDGE);
        JMSConsumer consumer =
            context.createConsumer(context.createQueue("partner." + partner + ".outbound"))) {
      while (true) {
        Message message = consumer.receive(30_000);
        assertThat(message).as("a message for " + partner).isNotNull();
        message.acknowledge();
        if (messageId.equals(message.getStringProperty("_AMQ_DUPL_ID"))) {
          return message;
        }
      }
    }
  }

  /**
   * Every message on the partner's queue until it is quiet for 5 s, consumed as the partner:
   * duplicate id → texts.
   */
  static Map<String, List<String>> drain(String partner) throws JMSException {
    Map<String, List<String>> copies = new java.util.HashMap<>();
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
        JMSContext context = factory.createContext(partner, "demo", JMSContext.CLIENT_ACKNOWLEDGE);
        JMSConsumer consumer =
            context.createConsumer(context.createQueue("partner." + partner + ".outbound"))) {
      Message message;
      while ((message = consumer.receive(5_000)) != null) {
        message.acknowledge();
        copies
            .computeIfAbsent(
                message.getStringProperty("_AMQ_DUPL_ID"), id -> new java.util.ArrayList<>())
            .add(((TextMessage) message).getText());
      }
    }
    return copies;
  }

  static void probe(String path, Map<String, ?> body) {
    anonymous().body(body).post("/partner-probe/outbox/" + path).then().statusCode(204);
  }

  static void reply(String asUser, String partnerProperty, String body) {
    reply(asUser, partnerProperty, body, null);
  }

  /**
   * Sends {@code body} as partner {@code asUser} to its own inbound queue, claiming {@code
   * partnerProperty}.
   */
  static void reply(String asUser, String partnerProperty, String body, String duplicateId) {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
        JMSContext context = factory.createContext(asUser, "demo", JMSContext.AUTO_ACKNOWLEDGE)) {
      TextMessage message = context.createTextMessage(body);
      try {
        if (partnerProperty != null) {
          message.setStringProperty("partner", partnerProperty);
        }
        if (duplicateId != null) {
          message.setStringProperty("_AMQ_DUPL_ID", duplicateId);
        }
      } catch (JMSException e) {
        throw new IllegalStateException(e);
      }
      context.createProducer().send(context.createQueue("partner." + asUser + ".inbound"), message);
    }
  }

  /** Waits (at most 30 s) until the condition holds; the listener works asynchronously. */
  static void eventually(String what, Supplier<Boolean> condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.get()) {
      assertThat(Instant.now()).as(what).isBefore(deadline);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static List<String> ids(String state) {
    return as("ops.agent")
        .get("/api/partner-messages?state=" + state)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("messageId");
  }

  @Test
  void aPartnerReceivesOnlyItsScopeAcknowledgesAndTheLogNamesWhatLeft() throws Exception {
    String subject = "u-" + UUID.randomUUID();
    JsonPath receipt =
        send(
            "getui",
            subject,
            "device.identifiers",
            "push.order-created",
            true,
            Map.of(
                "deviceId",
                "dev-42",
                "title",
                "新订单",
                "body",
                "您有一个新的上门订单",
                "orderNumber",
                "MK2026112900000123",
                "phone",
                "+8613812345678",
                "address",
                Map.of("city", "郑州")),
            200);
    String messageId = receipt.getString("messageId");

    Message message = receive("getui", messageId);
    String text = ((TextMessage) message).getText();
    JsonPath envelope = JsonPath.from(text);
    assertThat(envelope.getString("type")).isEqualTo("push.order-created");
    assertThat(envelope.getInt("version")).isEqualTo(1);
    assertThat(envelope.getString("messageId")).isEqualTo(messageId);
    assertThat(envelope.getString("occurredAt")).isNotBlank();
    assertThat(envelope.getMap("payload"))
        .containsOnlyKeys("deviceId", "title", "body", "orderNumber");
    assertThat(text).doesNotContain("+8613812345678", "郑州");
    assertThat(message.getJMSType()).isEqualTo("push.order-created");

    assertThat(ids("unacknowledged")).contains(messageId);

    String ack = "{\"messageId\":\"" + messageId + "\",\"status\":\"ACKNOWLEDGED\"}";
    reply("sms", "sms", ack);
    eventually(
        "the reply from the wrong partner is refused",
        () ->
            as("ops.agent")
                .get("/api/partner-messages/rejected-replies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("referencedMessage")
                .contains(messageId));
    assertThat(ids("unacknowledged")).contains(messageId);

    reply("getui", null, ack);
    eventually("the acknowledgement is recorded", () -> ids("acknowledged").contains(messageId));
    assertThat(ids("unacknowledged")).doesNotContain(messageId);

    as("privacy.officer")
        .get("/api/disclosures?subject=" + subject)
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].partner", equalTo("getui"))
        .body("[0].purpose", equalTo("device.identifiers"))
        .body("[0].fields", containsInAnyOrder("deviceId", "title", "body", "orderNumber"));
    as("privacy.officer")
        .get("/api/disclosures/counters?year=" + java.time.Year.now().getValue())
        .then()
        .statusCode(200)
        .body("partner", hasItems("getui", "analytics"));
    // The service interface takes a typed account id: the container refuses a malformed one
    // before the service runs, and the answer is a 400 naming the field, not a 500 (issue 13).
    as("privacy.officer")
        .get("/api/disclosures?subject=bad!id")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("subject"));
  }

  /**
   * The broker drops a second message with the same duplicate id — the mechanism every outbound
   * message relies on ({@code _AMQ_DUPL_ID} = messageId). Shown on partner.email.inbound, the one
   * address that partner may send to: two copies of one reply (same id), then a different one; once
   * both distinct replies are processed, the first was recorded once.
   */
  @Test
  void theBrokerDropsASecondCopyWithTheSameDuplicateId() {
    String claimed = "dup-" + UUID.randomUUID();
    String sentinel = "sentinel-" + UUID.randomUUID();
    String duplicateId = UUID.randomUUID().toString();
    String body = "{\"messageId\":\"" + claimed + "\",\"status\":\"ACKNOWLEDGED\"}";
    reply("email", "email", body, duplicateId);
    reply("email", "email", body, duplicateId);
    reply(
        "email",
        "email",
        "{\"messageId\":\"" + sentinel + "\",\"status\":\"ACKNOWLEDGED\"}",
        UUID.randomUUID().toString());
    Supplier<List<String>> referenced =
        () ->
            as("ops.agent")
                .get("/api/partner-messages/rejected-replies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("referencedMessage");
    eventually(
        "both distinct replies are processed",
        () -> referenced.get().containsAll(List.of(claimed, sentinel)));
    assertThat(referenced.get().stream().filter(claimed::equals).count()).isEqualTo(1);
  }

  /**
   * PTN-3, PTN-4: the sender of a reply is proven by the broker, never claimed. A partner replying
   * for another partner's message — by naming that partner in the {@code partner} property on its
   * own queue, or by sending to the other partner's queue — acknowledges nothing; the first is
   * refused and listed for operations, the second the broker refuses outright.
   */
  @Test
  @Tag("PTN-4")
  void aPartnerCannotAcknowledgeAnotherPartnersMessage() throws Exception {
    String messageId =
        send(
                "getui",
                "u-" + UUID.randomUUID(),
                "device.identifiers",
                "push.order-created",
                true,
                Map.of("title", "新订单", "body", "您有一个新的上门订单"),
                200)
            .getString("messageId");
    String ack = "{\"messageId\":\"" + messageId + "\",\"status\":\"ACKNOWLEDGED\"}";

    reply("sms", "getui", ack);
    Supplier<JsonPath> rejected =
        () ->
            as("ops.agent")
                .get("/api/partner-messages/rejected-replies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    eventually(
        "the reply claiming another partner is refused and listed",
        () -> rejected.get().getList("referencedMessage").contains(messageId));
    JsonPath list = rejected.get();
    int index = list.getList("referencedMessage").indexOf(messageId);
    assertThat(list.getString("[" + index + "].authenticatedUser")).isEqualTo("sms");
    assertThat(list.getString("[" + index + "].declaredPartner")).isEqualTo("getui");
    assertThat(list.getString("[" + index + "].reason"))
        .startsWith("claims to come from another partner");

    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
        JMSContext sms = factory.createContext("sms", "demo", JMSContext.AUTO_ACKNOWLEDGE)) {
      assertThatThrownBy(
              () -> sms.createProducer().send(sms.createQueue("partner.getui.inbound"), ack))
          .isInstanceOf(JMSRuntimeException.class);
    }
    assertThat(ids("unacknowledged")).contains(messageId);
    assertThat(ids("acknowledged")).doesNotContain(messageId);
  }

  /**
   * A poison message — one the partner takes and rolls back every time — is delivered a bounded
   * number of times (five, with back-off; configure-messaging.cli), then lies in the DLQ, where
   * operations see which message it is and where it was headed; a refused reply shows there too.
   */
  @Test
  void aPoisonMessageEndsInTheDeadLettersAfterFiveDeliveries() throws Exception {
    String messageId =
        send(
                "getui",
                "u-" + UUID.randomUUID(),
                "device.identifiers",
                "push.order-created",
                false,
                Map.of("title", "新订单", "body", "您有一个新的上门订单"),
                200)
            .getString("messageId");
    int deliveries = 0;
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(URL);
        JMSContext context = factory.createContext("getui", "demo", JMSContext.SESSION_TRANSACTED);
        JMSConsumer consumer =
            context.createConsumer(context.createQueue("partner.getui.outbound"))) {
      Message message;
      while ((message = consumer.receive(deliveries < 5 ? 30_000 : 20_000)) != null) {
        if (messageId.equals(message.getStringProperty("_AMQ_DUPL_ID"))) {
          deliveries++;
          context.rollback();
        } else {
          context.commit();
        }
      }
    }
    assertThat(deliveries).as("deliveries before the broker gave up").isEqualTo(5);
    reply("sms", "sms", "not json");

    Supplier<JsonPath> deadLetters =
        () ->
            as("ops.agent")
                .get("/api/partner-messages/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    eventually(
        "the poison message and the refused reply are in the dead letters",
        () ->
            deadLetters.get().getList("messageId").contains(messageId)
                && deadLetters.get().getList("rejectionReason").stream()
                    .anyMatch(java.util.Objects::nonNull));
    JsonPath letters = deadLetters.get();
    int index = letters.getList("messageId").indexOf(messageId);
    assertThat(letters.getString("[" + index + "].originalQueue"))
        .isEqualTo("partner.getui.outbound");
    assertThat(letters.getString("[" + index + "].type")).isEqualTo("push.order-created");
    assertThat(letters.getList("originalQueue")).contains("partner.sms.inbound");
    anonymous().get("/api/partner-messages/dead-letters").then().statusCode(401);
  }

  @Test
  void theAnalyticsPartnerGetsAPseudonymAndNothingIdentifying() throws Exception {
    String subject = "u-" + UUID.randomUUID();
    String messageId =
        send(
                "analytics",
                subject,
                "usage.logs",
                "analytics.event",
                false,
                Map.of(
                    "event",
                    "page-view",
                    "page",
                    "home",
                    "deviceId",
                    "dev-42",
                    "phone",
                    "+8613812345678"),
                200)
            .getString("messageId");
    String text = ((TextMessage) receive("analytics", messageId)).getText();
    Map<String, Object> payload = JsonPath.from(text).getMap("payload");
    assertThat(payload).containsOnlyKeys("event", "page", "pseudonym");
    assertThat(text).doesNotContain(subject, "dev-42", "+8613812345678");
  }

  @Test
  void withoutConsentNothingIsSent() {
    String subject = "u-" + UUID.randomUUID();
    JsonPath refusal =
        send(
            "amap",
            subject,
            "device.location",
            "location.lookup",
            false,
            Map.of("latitude", 34.75, "longitude", 113.62),
            403);
    assertThat(refusal.getString("detail")).contains("device.location");
    as("privacy.officer")
        .get("/api/disclosures?subject=" + subject)
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void theRegistryIsPublicAndOnlyThePrivacyOfficerChangesIt() {
    anonymous()
        .get("/api/partners")
        .then()
        .statusCode(200)
        .body(
            "id",
            hasItems(
                "getui",
                "huawei-push",
                "amap",
                "sms",
                "email",
                "wechat-pay",
                "alipay",
                "analytics"))
        .body("find { it.id == 'getui' }.sdkPackage", equalTo("com.igexin"));
    anonymous()
        .body(Map.of("status", "SUSPENDED"))
        .patch("/api/partners/email")
        .then()
        .statusCode(401);
    anonymous()
        .body(Map.of("fields", List.of()))
        .put("/api/partners/email/scopes/communication.customer-service")
        .then()
        .statusCode(401);
    as("cs.agent")
        .body(Map.of("status", "SUSPENDED"))
        .patch("/api/partners/email")
        .then()
        .statusCode(403);
    as("privacy.officer")
        .body(Map.of("status", "PAUSED"))
        .patch("/api/partners/email")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("status"));
    as("privacy.officer")
        .body(Map.of("fields", List.of("email"), "why", "x"))
        .put("/api/partners/email/scopes/communication.customer-service")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("why"));
    as("privacy.officer")
        .body(Map.of("fields", List.of("event", "phone")))
        .put("/api/partners/analytics/scopes/usage.logs")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("fields"));
    as("privacy.officer")
        .body(Map.of("fields", List.of("email")))
        .put("/api/partners/email/scopes/no.such-purpose")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("purpose"));
    as("privacy.officer")
        .body(Map.of("fields", List.of("email", "params", "template")))
        .put("/api/partners/email/scopes/communication.customer-service")
        .then()
        .statusCode(200)
        .body(
            "scopes.find { it.purpose == 'communication.customer-service' }.fields",
            equalTo(List.of("email", "params", "template")));
  }

  /**
   * The state issue 20 found after a kill -9: the broker committed a hand-over whose database
   * commit was lost, so the row is pending while the broker holds the message. The broker refuses
   * every further copy by its duplicate id; that refusal is proof of delivery: the row becomes
   * delivered and the partner has the message once.
   */
  @Test
  @Tag("PTN-4")
  @DisplayName(
      "issue 20: a message the broker already holds is recorded as delivered, no second copy reaches the partner")
  void aMessageTheBrokerAlreadyHoldsIsRecordedAsDelivered() throws Exception {
    String messageId = UUID.randomUUID().toString();
    probe(
        "broker-copy",
        Map.of(
            "partner", "email", "messageId", messageId, "text", "the copy the broker committed"));
    probe(
        "pending",
        Map.of(
            "partner",
            "email",
            "messageId",
            messageId,
            "type",
            "email.notification",
            "secondsAgo",
            60));

    Supplier<JsonPath> row =
        () ->
            anonymous()
                .get("/partner-probe/outbox/row/" + messageId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    eventually("the row is recorded as delivered", () -> row.get().getBoolean("delivered"));
    assertThat(row.get().getInt("attempts")).as("never counted as a failure").isZero();
    assertThat(row.get().getBoolean("bodyKept")).isFalse();
    assertThat(ids("pending")).doesNotContain(messageId);
    Map<String, List<String>> received = drain("email");
    assertThat(received.get(messageId))
        .as("copies the partner receives")
        .singleElement()
        .satisfies(text -> assertThat(text).contains("the copy the broker committed"));
    assertThat(
            as("ops.agent")
                .get("/api/partner-messages/dead-letters")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("messageId"))
        .doesNotContain(messageId);
  }

  /**
   * One pending message that fails on every hand-over — its partner has no queue on this server —
   * no longer stops the sweep: the messages behind it are delivered, and after its attempts (three
   * in the test server, a second apart; arquillian.xml) it is a dead letter that operations see
   * with its cause.
   */
  @Test
  @Tag("PTN-4")
  @DisplayName(
      "issue 20: a message that fails on every hand-over ends as a dead letter and the ones behind it are delivered")
  void aMessageThatAlwaysFailsIsIsolatedAndTheOthersAreDelivered() throws Exception {
    String ghost = "it-" + UUID.randomUUID().toString().substring(0, 8);
    String stuck = UUID.randomUUID().toString();
    List<String> behind = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    try {
      probe(
          "pending",
          Map.of("partner", ghost, "messageId", stuck, "secondsAgo", 120, "newPartner", true));
      for (String id : behind) {
        probe(
            "pending",
            Map.of(
                "partner",
                "amap",
                "messageId",
                id,
                "type",
                "location.device-profile",
                "secondsAgo",
                60));
      }
      Map<String, List<String>> received = new java.util.HashMap<>();
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (!received.keySet().containsAll(behind) && Instant.now().isBefore(deadline)) {
        drain("amap")
            .forEach(
                (id, texts) ->
                    received.merge(
                        id,
                        texts,
                        (a, b) -> {
                          a.addAll(b);
                          return a;
                        }));
      }
      assertThat(behind)
          .allSatisfy(id -> assertThat(received.get(id)).as("copies of " + id).hasSize(1));

      Supplier<JsonPath> deadLetters =
          () ->
              as("ops.agent")
                  .get("/api/partner-messages/dead-letters")
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath();
      eventually(
          "the failing message is a dead letter",
          () -> deadLetters.get().getList("messageId").contains(stuck));
      JsonPath letters = deadLetters.get();
      int index = letters.getList("messageId").indexOf(stuck);
      assertThat(letters.getString("[" + index + "].originalQueue"))
          .isEqualTo("partner." + ghost + ".outbound");
      assertThat(letters.getString("[" + index + "].partner")).isEqualTo(ghost);
      assertThat(letters.getInt("[" + index + "].attempts")).isEqualTo(3);
      assertThat(letters.getString("[" + index + "].failure")).contains("No queue");
      assertThat(letters.getString("[" + index + "].brokerId")).isNull();
      assertThat(ids("pending")).doesNotContain(stuck);
    } finally {
      anonymous().delete("/partner-probe/outbox/partner/" + ghost).then().statusCode(204);
    }
  }
}
