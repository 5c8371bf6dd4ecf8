package com.meike.privacy.it;

import static com.meike.privacy.it.RecordingAccessApprovalIT.single;
import static com.meike.privacy.it.RecordingAccessApprovalIT.taskIdsFor;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.meike.privacy.it.AppUsers.AppUser;
import com.meike.privacy.partnerclient.PartnerClient;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person with an order asks for ACCESS through the API: the request waits for a fresh phone code
 * (read from the SMS partner's queue), customer service answers it in the engine's task, the person
 * downloads the package once and finds their account, consents and order in it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("DSR-1")
@Tag("DSR-5")
@Tag("RET-2")
@Tag("RET-3")
class DataSubjectRequestIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  @DisplayName(
      "DSR-1, DSR-5, DSR-6: request → code → task → one-time package with every context's data")
  void accessRequestEndToEnd() throws Exception {
    AppUser person = AppUsers.register("CUSTOMER");
    String order = Orders.placeBy(person);

    String id = filedAndVerifiedByCode(person, Map.of("kind", "ACCESS"));
    answeredByCustomerService(
        id,
        Map.of(
            "decision", Map.of("value", "FULFIL", "type", "String"),
            "answerText", Map.of("value", "您的个人信息副本已生成，请下载。", "type", "String")));

    JsonPath view =
        person
            .call()
            .get("/api/me/data-subject-requests/" + id)
            .then()
            .statusCode(200)
            .body("state", equalTo("FULFILLED"))
            .body("accessPackage.available", equalTo(true))
            .extract()
            .jsonPath();
    assertThat(view.getString("answer")).contains("副本");
    String json =
        person
            .call()
            .get("/api/me/data-subject-requests/" + id + "/package")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonPath pkg = JsonPath.from(json);
    assertThat(pkg.getString("schema")).isEqualTo("meike.access-package/1");
    assertThat(pkg.getString("contexts.identity.account.accountId")).isEqualTo(person.accountId());
    assertThat(pkg.getList("contexts.order.orders.orderNumber", String.class)).contains(order);
    assertThat(pkg.getList("contexts.consent.history")).isNotNull();
    assertThat(pkg.getList("contexts.partner.disclosures")).isNotNull();
    assertThat(pkg.getList("contexts.notification.notices")).isNotNull();
    assertThat(pkg.getList("contexts.recording.recordings")).isNotNull();
    assertThat(pkg.getList("contexts.incidents.complaints")).isNotNull();
    assertThat(pkg.getString("contexts.lawful.note")).contains("PIPL");
    person.call().get("/api/me/data-subject-requests/" + id + "/package").then().statusCode(409);
  }

  @Test
  @Tag("DSR-2")
  @Tag("PTN-5")
  @DisplayName(
      "DSR-1, DSR-2, DSR-5: a verified CORRECTION corrects the service address where it is held and"
          + " tells the SMS partner that received the old one")
  void correctionReachesTheOrderAndThePartnerThatReceivedTheOldValue() throws Exception {
    AppUser person = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    String order = Orders.placeBy(person);
    as("ops.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post("/api/orders/" + order + "/assignment")
        .then()
        .statusCode(200);

    // the order SMS told the person where the beautician comes: the SMS partner holds the address
    String oldAddressMessage;
    try (PartnerClient sms = PartnerClient.connect(PartnerClient.DEFAULT_URL, "sms", "demo")) {
      PartnerClient.Received confirmed =
          sms.receiveUntil(
              m ->
                  m.payload() != null
                      && "order-confirmed".equals(m.payload().getString("template", null))
                      && m.payload().getJsonObject("params") != null
                      && order.equals(
                          m.payload().getJsonObject("params").getString("orderNumber", null)),
              Duration.ofSeconds(30));
      assertThat(confirmed.payload().getString("phone")).isEqualTo(person.phone());
      assertThat(confirmed.payload().getJsonObject("params").getString("serviceAddress"))
          .isEqualTo("Room 5, 12 Xinhua Rd, Xuhui");
      oldAddressMessage = confirmed.messageId();
      // taken off the queue as a gateway does (else it comes back before the verification code)
      sms.reply(confirmed, PartnerClient.Status.DELIVERED, null);
    }

    String id =
        filedAndVerifiedByCode(
            person, Map.of("kind", "CORRECTION", "details", "服务地址写错了，应为 8 Hengshan Rd。"));
    answeredByCustomerService(
        id,
        Map.of(
            "decision", Map.of("value", "FULFIL", "type", "String"),
            "answerText", Map.of("value", "已按您的要求更正服务地址。", "type", "String"),
            "corrected_serviceAddress", Map.of("value", "8 Hengshan Rd, Xuhui", "type", "String")));

    JsonPath view =
        person
            .call()
            .get("/api/me/data-subject-requests/" + id)
            .then()
            .statusCode(200)
            .body("state", equalTo("FULFILLED"))
            .extract()
            .jsonPath();
    assertThat(view.getString("answer"))
        .contains("order: serviceAddress on 1 order(s)")
        .contains("sms");
    // corrected where it is held: the person's order and the assigned beautician's view of it
    person
        .call()
        .get("/api/me/orders")
        .then()
        .statusCode(200)
        .body(
            "find { it.orderNumber == '" + order + "' }.serviceAddress",
            equalTo("8 Hengshan Rd, Xuhui"));
    beautician
        .call()
        .get("/api/orders/" + order + "/service-contact")
        .then()
        .statusCode(200)
        .body("serviceAddress", equalTo("8 Hengshan Rd, Xuhui"));

    // the SMS partner, which received the old address, is told — without the new value
    try (PartnerClient sms = PartnerClient.connect(PartnerClient.DEFAULT_URL, "sms", "demo")) {
      PartnerClient.Received notice =
          sms.receiveUntil(
              m ->
                  "correction.notice".equals(m.type())
                      && person.accountId().equals(m.payload().getString("subject", null)),
              Duration.ofSeconds(30));
      assertThat(notice.payload().getString("correctionId")).isEqualTo(id);
      assertThat(notice.payload().getJsonArray("fields").getString(0))
          .isEqualTo("params.serviceAddress");
      assertThat(notice.payload().getJsonArray("messageIds").getString(0))
          .isEqualTo(oldAddressMessage);
      assertThat(notice.text()).doesNotContain("Hengshan").doesNotContain("Xinhua");
      sms.settle();
    }
  }

  @Test
  @Tag("ID-7")
  @Tag("DSR-2")
  @DisplayName(
      "ID-7, DSR-2, DSR-7, RET-4: a cancellation verified by customer service and fulfilled by the privacy officer"
          + " cancels and anonymises the order, records every context's erasure and orders partners to delete")
  void cancellationAcrossContexts() throws Exception {
    AppUser person = AppUsers.register("CUSTOMER");
    String order = Orders.placeBy(person);
    person
        .call()
        .body(Map.of("about", "ORDER", "orderNumber", order, "text", "The visit was late."))
        .post("/api/me/complaints")
        .then()
        .statusCode(201);

    // RET-3: legal records a serious violation by the person (kept permanently, whatever follows)
    as("legal.counsel")
        .body(
            Map.of(
                "account",
                person.accountId(),
                "kind",
                "SERIOUS_VIOLATION",
                "rule",
                "平台服务协议 第 7 条 Platform agreement art. 7",
                "finding",
                "Paid a beautician in cash outside the platform"))
        .post("/api/conduct-records")
        .then()
        .statusCode(201)
        .body("retention", equalTo("PERMANENT"));
    as("legal.counsel")
        .body(Map.of("account", person.accountId(), "kind", "MINOR", "rule", "r", "finding", "f"))
        .post("/api/conduct-records")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("kind"));

    String id =
        person
            .call()
            .body(Map.of("kind", "CANCELLATION"))
            .post("/api/me/data-subject-requests")
            .then()
            .statusCode(201)
            .body("verification", equalTo("STAFF"))
            .extract()
            .jsonPath()
            .getString("id");
    cancellationVerifiedAndFulfilled(id, "您的账户已注销。");

    JsonPath view =
        as("privacy.officer")
            .get("/api/data-subject-requests/" + id)
            .then()
            .statusCode(200)
            .body("state", equalTo("FULFILLED"))
            .extract()
            .jsonPath();
    assertThat(view.getString("deletionOrderId")).isNotBlank();
    assertThat(view.getList("erasures.context", String.class))
        .contains(
            "identity",
            "order",
            "incidents",
            "notification",
            "recording",
            "lawful",
            "consent",
            "partner");
    assertThat(view.getInt("erasures.find { it.context == 'order' }.anonymised")).isEqualTo(1);
    assertThat(view.getString("erasures.find { it.context == 'order' }.kept"))
        .contains("cancelled");
    // the order is no longer the person's: their token (valid until it expires) finds no order
    var orders = person.call().get("/api/me/orders");
    if (orders.statusCode() == 200) {
      assertThat(orders.jsonPath().getList("$")).isEmpty();
    } else {
      assertThat(orders.statusCode()).isIn(401, 403, 404);
    }
    assertThat(view.getString("erasures.find { it.context == 'incidents' }.kept"))
        .contains("conduct record")
        .contains("RET-3");
    as("privacy.officer")
        .queryParam("account", person.accountId())
        .get("/api/conduct-records")
        .then()
        .statusCode(200)
        .body(
            "finding",
            org.hamcrest.Matchers.contains("Paid a beautician in cash outside the platform"));
    assertThat(view.getString("erasures.find { it.context == 'order' }.kept"))
        .contains("archive vault");
    assertThat(view.getString("erasures.find { it.context == 'identity' }.kept"))
        .contains("archive vault");
    assertThat(view.prettify())
        .doesNotContain(person.phone())
        .doesNotContain("+8613812345678")
        .doesNotContain("Li Na");

    // RET-2, DISC-1: the legal minimum is in the vault, and only a lawful disclosure opens it — an
    // authority's
    // request about the closed account is registered, approved by legal and its package holds the
    // order with
    // the customer's identity and contact, and the account's phone.
    JsonPath contents = vaultOpenedByLawfulDisclosure(person.accountId());
    assertThat(contents.getList("data.archive.category", String.class))
        .containsExactlyInAnyOrder(
            "payment.transactions", "profile.basic", "account.network-identity");
    assertThat(
            contents.getString(
                "data.archive.find { it.category == 'payment.transactions' }.record.content.orderNumber"))
        .isEqualTo(order);
    assertThat(
            contents.getString(
                "data.archive.find { it.category == 'payment.transactions' }.record.content.customerAccountId"))
        .isEqualTo(person.accountId());
    assertThat(
            contents.getString(
                "data.archive.find { it.category == 'profile.basic' }.record.content.contactPhone"))
        .isEqualTo("+8613812345678");
    assertThat(
            contents.getString(
                "data.archive.find { it.category == 'account.network-identity' }.record.content.phone"))
        .isEqualTo(person.phone());
    assertThat(
            contents.getString(
                "data.archive.find { it.category == 'payment.transactions' }.legalBasis"))
        .contains("E-Commerce Law art. 31");
  }

  @Test
  @Tag("DSR-6")
  @DisplayName(
      "DSR-6: customer service charges a fee for a repeated request; the person sees amount, reason and deadline,"
          + " accepts it, and the answer task comes back with the clock running again")
  void feeChargedAndAccepted() throws Exception {
    AppUser person = AppUsers.register("CUSTOMER");
    String id = filedAndVerifiedByCode(person, Map.of("kind", "ACCESS"));
    String task = single(taskIdsFor("cs.agent", id));
    claimed("cs.agent", task);
    String refused =
        as("cs.agent")
            .body(
                Map.of(
                    "variables",
                    Map.of(
                        "decision", Map.of("value", "CHARGE", "type", "String"),
                        "feeAmount", Map.of("value", -5, "type", "Long"),
                        "feeReason", Map.of("value", "三十天内第三次同类请求", "type", "String"))))
            .post("/engine-rest/task/" + task + "/complete")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getString("message");
    assertThat(refused).contains("费用（元）").doesNotContain("Exception").doesNotContain("ENGINE-");
    as("cs.agent")
        .body(
            Map.of(
                "variables",
                Map.of(
                    "decision", Map.of("value", "CHARGE", "type", "String"),
                    "feeAmount", Map.of("value", 20, "type", "Long"),
                    "feeReason", Map.of("value", "三十天内第三次同类请求", "type", "String"))))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);

    JsonPath charged =
        person
            .call()
            .get("/api/me/data-subject-requests/" + id)
            .then()
            .statusCode(200)
            .body("state", equalTo("AWAITING_FEE"))
            .body("fee.currency", equalTo("CNY"))
            .body("fee.reason", equalTo("三十天内第三次同类请求"))
            .extract()
            .jsonPath();
    assertThat(charged.getDouble("fee.amount")).isEqualTo(20.0);
    assertThat(charged.getString("fee.acceptBy")).isNotBlank();
    assertThat(charged.getString("lastDay")).isNull();
    assertThat(taskIdsFor("cs.agent", id)).isEmpty();

    AppUsers.register("CUSTOMER")
        .call()
        .post("/api/me/data-subject-requests/" + id + "/fee-acceptance")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    person
        .call()
        .post("/api/me/data-subject-requests/" + id + "/fee-acceptance")
        .then()
        .statusCode(200)
        .body("state", equalTo("IN_PROGRESS"))
        .body("fee.acceptedAt", org.hamcrest.Matchers.notNullValue())
        .body("lastDay", org.hamcrest.Matchers.notNullValue());
    person
        .call()
        .post("/api/me/data-subject-requests/" + id + "/fee-acceptance")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");

    answeredByCustomerService(
        id,
        Map.of(
            "decision", Map.of("value", "FULFIL", "type", "String"),
            "answerText", Map.of("value", "您的个人信息副本已生成，请下载。", "type", "String")));
    person
        .call()
        .get("/api/me/data-subject-requests/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("FULFILLED"))
        .body("accessPackage.available", equalTo(true));
  }

  @Test
  @Tag("ID-6")
  @Tag("ID-7")
  @DisplayName(
      "ID-6, ID-7, RET-2: a guardian cancels their child's account (DELETE /api/me/children/{child} files the"
          + " cancellation request) — afterwards no endpoint returns the child's data,"
          + " the archive vault holds the legal minimum")
  void guardianCancelsTheChildsAccount() throws Exception {
    AppUser guardian = AppUsers.register("CUSTOMER");
    AppUser child = AppUsers.register("CUSTOMER");
    String order = Orders.placeBy(child);
    child
        .call()
        .body(Map.of("purpose", "device.camera", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    as("cs.agent")
        .body(Map.of("guardian", guardian.accountId(), "basis", "DECLARATION"))
        .put("/api/subjects/" + child.accountId() + "/child-status")
        .then()
        .statusCode(200);

    // a stranger cannot ask for the child, neither way; the guardian can
    AppUser stranger = AppUsers.register("CUSTOMER");
    stranger
        .call()
        .body(Map.of("kind", "CANCELLATION", "subject", child.accountId()))
        .post("/api/me/data-subject-requests")
        .then()
        .statusCode(403);
    stranger.call().delete("/api/me/children/" + child.accountId()).then().statusCode(403);
    // DELETE /api/me/children/{child} is the same cancellation request, not a second way (ID-6)
    var filed =
        guardian
            .call()
            .delete("/api/me/children/" + child.accountId())
            .then()
            .statusCode(202)
            .body("kind", equalTo("CANCELLATION"))
            .body("subject", equalTo(child.accountId()))
            .body("channel", equalTo("GUARDIAN"))
            .body("verification", equalTo("STAFF"))
            .extract();
    String id = filed.jsonPath().getString("id");
    assertThat(filed.header("Location")).endsWith("/api/me/data-subject-requests/" + id);
    // nothing is deleted before customer service has verified the guardian (DSR-5)
    child.call().get("/api/me").then().statusCode(200);
    assertThat(
            guardian
                .call()
                .get("/api/me/data-subject-requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id", String.class))
        .contains(id);
    cancellationVerifiedAndFulfilled(id, "您孩子的账户已注销。");

    JsonPath view =
        guardian
            .call()
            .get("/api/me/data-subject-requests/" + id)
            .then()
            .statusCode(200)
            .body("state", equalTo("FULFILLED"))
            .body("subject", equalTo(child.accountId()))
            .extract()
            .jsonPath();
    assertThat(view.getString("answer")).contains("已注销");
    assertThat(view.getString("erasures.find { it.context == 'identity' }.kept"))
        .contains("archive vault");
    assertThat(view.getString("erasures.find { it.context == 'order' }.kept"))
        .contains("archive vault");

    // no endpoint returns the child's data any more
    assertThat(child.call().get("/api/me").statusCode()).isIn(401, 403, 404);
    var childOrders = child.call().get("/api/me/orders");
    if (childOrders.statusCode() == 200) {
      assertThat(childOrders.jsonPath().getList("$")).isEmpty();
    } else {
      assertThat(childOrders.statusCode()).isIn(401, 403, 404);
    }
    assertThat(
            guardian
                .call()
                .get("/api/me/children")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("subject", String.class))
        .doesNotContain(child.accountId());
    assertThat(
            guardian
                .call()
                .get("/api/me/children/" + child.accountId() + "/consents")
                .then()
                .extract()
                .statusCode())
        .isIn(403, 404);
    // the legal minimum is in the vault, opened only by a lawful disclosure
    JsonPath contents = vaultOpenedByLawfulDisclosure(child.accountId());
    assertThat(contents.getList("data.archive.category", String.class))
        .contains("payment.transactions", "account.network-identity");
    assertThat(
            contents.getString(
                "data.archive.find { it.category == 'payment.transactions' }.record.content.orderNumber"))
        .isEqualTo(order);
    assertThat(
            contents.getString(
                "data.archive.find { it.category == 'account.network-identity' }.record.content.phone"))
        .isEqualTo(child.phone());
  }

  /**
   * A cancellation (identity verified by customer service, ID-7) is verified by {@code cs.agent}
   * with a call-back and fulfilled by the privacy officer with {@code answerText}.
   */
  static void cancellationVerifiedAndFulfilled(String id, String answerText) {
    claimedAndCompleted(
        "cs.agent",
        single(taskIdsFor("cs.agent", id)),
        Map.of(
            "verified", Map.of("value", true, "type", "Boolean"),
            "verificationMethod",
                Map.of(
                    "value", "call-back to the registered phone, ID card seen", "type", "String")));
    claimedAndCompleted(
        "privacy.officer",
        single(taskIdsFor("privacy.officer", id)),
        Map.of(
            "decision", Map.of("value", "FULFIL", "type", "String"),
            "answerText", Map.of("value", answerText, "type", "String")));
  }

  /** {@code user} claims the task and completes it with these form variables. */
  static void claimedAndCompleted(String user, String task, Map<String, ?> variables) {
    claimed(user, task);
    as(user)
        .body(Map.of("variables", variables))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
  }

  static void claimed(String user, String task) {
    as(user)
        .body(Map.of("userId", user))
        .post("/engine-rest/task/" + task + "/claim")
        .then()
        .statusCode(204);
  }

  /**
   * RET-2, DISC-1: the archive vault's records about {@code accountId}, opened the only way there
   * is — an authority's request registered by the privacy officer, approved by legal, its package
   * decrypted with the handed-over key.
   */
  static JsonPath vaultOpenedByLawfulDisclosure(String accountId) throws Exception {
    String disclosure =
        as("privacy.officer")
            .body(
                LawfulDisclosureIT.request(
                    accountId,
                    "PUBLIC_SECURITY",
                    java.util.List.of(
                        "payment.transactions", "profile.basic", "account.network-identity")))
            .post("/api/lawful-disclosures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String review = single(LawfulDisclosureIT.taskIdsFor("legal.counsel", disclosure));
    as("legal.counsel")
        .body(LawfulDisclosureIT.decision(true, "Investigation letter verified"))
        .post("/engine-rest/task/" + review + "/complete")
        .then()
        .statusCode(204);
    byte[] ciphertext =
        as("legal.counsel")
            .accept("application/octet-stream")
            .get("/api/lawful-disclosures/" + disclosure + "/package")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    String key =
        as("legal.counsel")
            .post("/api/lawful-disclosures/" + disclosure + "/key-handover")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("keyBase64");
    JsonPath contents =
        new JsonPath(
            new String(
                LawfulDisclosureIT.decrypt(java.util.Base64.getDecoder().decode(key), ciphertext),
                java.nio.charset.StandardCharsets.UTF_8));
    return contents;
  }

  /**
   * Files a request as the person and verifies it with the fresh phone code from the SMS partner's
   * queue (DSR-5): before the code no task exists; after it the request is in progress.
   */
  static String filedAndVerifiedByCode(AppUser person, Map<String, ?> filing) throws Exception {
    String id =
        person
            .call()
            .body(filing)
            .post("/api/me/data-subject-requests")
            .then()
            .statusCode(201)
            .body("state", equalTo("AWAITING_VERIFICATION"))
            .extract()
            .jsonPath()
            .getString("id");
    // nothing is acted on before verification: no task yet
    assertThat(taskIdsFor("cs.agent", id)).isEmpty();
    person
        .call()
        .post("/api/me/data-subject-requests/" + id + "/verification-code")
        .then()
        .statusCode(202);
    String code = AppUsers.smsFor(person.phone()).getString("payload.params.code");
    person
        .call()
        .body(Map.of("code", code))
        .post("/api/me/data-subject-requests/" + id + "/verification")
        .then()
        .statusCode(200)
        .body("state", equalTo("IN_PROGRESS"));
    return id;
  }

  /** Customer service claims the request's answer task and completes it with these variables. */
  static void answeredByCustomerService(String id, Map<String, ?> variables) {
    claimedAndCompleted("cs.agent", single(taskIdsFor("cs.agent", id)), variables);
  }
}
