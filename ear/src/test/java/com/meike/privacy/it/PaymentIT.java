package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.it.AppUsers.AppUser;
import com.meike.privacy.partnerclient.PartnerClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ORD-3 through the deployed EAR and the broker: an order's payment goes to the chosen payment
 * partner's queue through the partner outbox with only the fields its scope allows, the partner's
 * reply (the reference partner client) on its own inbound queue settles it, and the order shows
 * paid; the assignment's push to the beautician goes through the partner outbox too (PTN-4). The
 * register of impact assessments (AUD-3): sharing without an assessment in force is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("ORD-3")
class PaymentIT {

  /** What the payment partners' scope for payment.transactions allows (partner registry seed). */
  static final Set<String> PAYMENT_SCOPE =
      Set.of("amount", "currency", "orderNumber", "paidAt", "status");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  @DisplayName(
      "ORD-3: order paid → only the scope's fields on the payment partner's queue → its reply → the order shows paid")
  void aPaymentGoesToThePartnerAndItsReplySettlesIt() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser other = AppUsers.register("CUSTOMER");
    String number = Orders.placeBy(customer);

    customer
        .call()
        .body(Map.of("provider", "paypal"))
        .post("/api/me/orders/" + number + "/payment")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("provider"));
    other
        .call()
        .body(Map.of("provider", "wechat-pay"))
        .post("/api/me/orders/" + number + "/payment")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));

    customer
        .call()
        .body(Map.of("provider", "wechat-pay"))
        .post("/api/me/orders/" + number + "/payment")
        .then()
        .statusCode(201)
        .body("status", equalTo("REQUESTED"))
        .body("provider", equalTo("wechat-pay"));
    customer
        .call()
        .body(Map.of("provider", "alipay"))
        .post("/api/me/orders/" + number + "/payment")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"));

    try (PartnerClient wechat =
        PartnerClient.connect(PartnerClient.DEFAULT_URL, "wechat-pay", "demo")) {
      PartnerClient.Received request =
          wechat.receiveUntil(
              m ->
                  "payment.request".equals(m.type())
                      && number.equals(m.payload().getString("orderNumber", null)),
              Duration.ofSeconds(30));
      assertThat(PAYMENT_SCOPE).containsAll(request.payload().keySet());
      assertThat(request.payload().getString("amount")).isEqualTo("268.00");
      assertThat(request.payload().getString("currency")).isEqualTo("CNY");
      assertThat(request.text())
          .doesNotContain("+8613812345678", "Li Na", "Xinhua", customer.accountId());
      assertThat(request.duplicateId()).isEqualTo(request.messageId());
      wechat.reply(request, PartnerClient.Status.ACKNOWLEDGED, null);
    }

    PartnerOutboundIT.eventually(
        "the order shows paid",
        () ->
            "PAID"
                .equals(
                    customer
                        .call()
                        .get("/api/me/orders/" + number + "/payment")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("status")));
    customer
        .call()
        .body(Map.of("provider", "alipay"))
        .post("/api/me/orders/" + number + "/payment")
        .then()
        .statusCode(409);
    other.call().get("/api/me/orders/" + number + "/payment").then().statusCode(403);
  }

  @Test
  @DisplayName(
      "ORD-3, PTN-4: assigning an order pushes it to the beautician through the partner outbox, only its number")
  void theAssignmentIsPushedToTheBeauticianThroughTheOutbox() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    String number = Orders.placeBy(customer);
    as("ops.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post("/api/orders/" + number + "/assignment")
        .then()
        .statusCode(200);

    // no push device registered: the notice goes by SMS, through the outbox to the SMS partner
    try (PartnerClient sms = PartnerClient.connect(PartnerClient.DEFAULT_URL, "sms", "demo")) {
      PartnerClient.Received push =
          sms.receiveUntil(
              m ->
                  "order-assigned"
                          .equals(
                              m.payload() == null ? null : m.payload().getString("template", null))
                      && m.payload().getJsonObject("params") != null
                      && number.equals(
                          m.payload().getJsonObject("params").getString("orderNumber", null)),
              Duration.ofSeconds(30));
      assertThat(push.payload().getString("phone")).isEqualTo(beautician.phone());
      assertThat(push.text()).doesNotContain("Xinhua", "Li Na", "+8613812345678");
      sms.reply(push, PartnerClient.Status.DELIVERED, null);
      String messageId = push.messageId();
      PartnerOutboundIT.eventually(
          "the beautician's notice is delivered",
          () ->
              "DELIVERED"
                  .equals(
                      beautician
                          .call()
                          .get("/api/me/notifications")
                          .then()
                          .statusCode(200)
                          .extract()
                          .jsonPath()
                          .getString("find { it.messageId == '" + messageId + "' }.status")));
    }
  }

  @Test
  @Tag("AUD-3")
  @DisplayName(
      "AUD-3: withdrawing the impact assessment of a sharing refuses it; a new one allows it again")
  void sharingNeedsAnImpactAssessmentInForce() throws Exception {
    String seeded =
        as("privacy.officer")
            .get("/api/impact-assessments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString(
                "find { it.processing == 'PARTNER_SHARING' && it.partner == 'alipay'"
                    + " && it.purpose == 'payment.transactions' && it.inForce }.id");
    assertThat(seeded).isNotNull();
    as("legal.counsel")
        .get("/api/impact-assessments/" + seeded)
        .then()
        .statusCode(200)
        .body("keepUntil", equalTo("2029-01-01"));
    as("legal.counsel")
        .body(Map.of("reason", "x"))
        .post("/api/impact-assessments/" + seeded + "/withdrawal")
        .then()
        .statusCode(403);
    as("privacy.officer")
        .body(Map.of("processing", "PARTNER_SHARING", "partner", "alipay"))
        .post("/api/impact-assessments")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));

    as("privacy.officer")
        .body(Map.of("reason", "支付宝接口变更，重新评估 Alipay's interface changed; assess again"))
        .post("/api/impact-assessments/" + seeded + "/withdrawal")
        .then()
        .statusCode(200)
        .body("inForce", equalTo(false));
    try {
      AppUser customer = AppUsers.register("CUSTOMER");
      String number = Orders.placeBy(customer);
      customer
          .call()
          .body(Map.of("provider", "alipay"))
          .post("/api/me/orders/" + number + "/payment")
          .then()
          .statusCode(403)
          .contentType(startsWith("application/problem+json"))
          .body("errors.field", hasItem("partner"));
    } finally {
      as("privacy.officer")
          .body(
              Map.of(
                  "processing",
                  "PARTNER_SHARING",
                  "partner",
                  "alipay",
                  "purpose",
                  "payment.transactions",
                  "conclusion",
                  "ACCEPTABLE",
                  "reference",
                  "PIA-2026-IT",
                  "summary",
                  "重新评估 reassessed",
                  "assessedOn",
                  "2026-12-01",
                  "approvedBy",
                  "privacy.officer"))
          .post("/api/impact-assessments")
          .then()
          .statusCode(201)
          .body("inForce", equalTo(true))
          .body("keepUntil", equalTo("2029-12-01"));
    }
    AppUser customer = AppUsers.register("CUSTOMER");
    customer
        .call()
        .body(Map.of("provider", "alipay"))
        .post("/api/me/orders/" + Orders.placeBy(customer) + "/payment")
        .then()
        .statusCode(201);
  }
}
