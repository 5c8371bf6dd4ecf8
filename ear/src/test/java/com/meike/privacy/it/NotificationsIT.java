package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.anonymous;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.meike.privacy.api.problem.RefusalStatus;
import com.meike.privacy.it.probe.NotificationProbeServlet;
import com.meike.privacy.it.probe.PartnerProbeServlet;
import com.meike.privacy.partnerclient.PartnerClient;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications to people and deletion orders, with the reference partner client as the partner: a
 * device registered by the app gets its push through the push service's queue and the partner's
 * DELIVERED reply becomes the notice's status; a deletion order reaches every partner that received
 * the person's data and completes with their acknowledgements.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  static final String NOTICES = "/notification-probe/notices";
  static final String MESSAGES = "/notification-probe/messages";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() throws IOException {
    EnterpriseArchive ear = Deployments.ear();
    ear.addAsModule(
        ShrinkWrap.create(WebArchive.class, "notification-probe.war")
            .addClasses(
                NotificationProbeServlet.class, PartnerProbeServlet.class, RefusalStatus.class));
    String applicationXml;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ear.delete("META-INF/application.xml");
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "</application>",
                "<module><web><web-uri>notification-probe.war</web-uri><context-root>/notification-probe</context-root></web></module></application>")));
    return ear;
  }

  static JsonPath tell(String subject, String template, Map<String, String> params) {
    return anonymous()
        .body(
            Map.of(
                "subject",
                subject,
                "templateId",
                template,
                "category",
                "SERVICE",
                "params",
                params))
        .post(NOTICES)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * Receives as {@code partner} until the message with {@code messageId}, replies {@code status},
   * commits.
   */
  static PartnerClient.Received receiveAndReply(
      String partner, String messageId, PartnerClient.Status status) {
    try (PartnerClient client = PartnerClient.connect(PartnerClient.DEFAULT_URL, partner, "demo")) {
      PartnerClient.Received received =
          client.receiveUntil(m -> messageId.equals(m.messageId()), Duration.ofSeconds(30));
      client.reply(
          received, status, status == PartnerClient.Status.FAILED ? "not deleted yet" : null);
      client.settle();
      return received;
    }
  }

  @Test
  void aRegisteredDeviceGetsThePushAndTheDeliveredReplyBecomesItsStatus() throws Exception {
    AppUsers.AppUser user = AppUsers.register("CUSTOMER");
    String token = "getui-token-" + UUID.randomUUID();
    user.call()
        .body(Map.of("platform", "getui", "pushToken", token))
        .put("/api/me/devices/phone-1")
        .then()
        .statusCode(200)
        .body("platform", equalTo("getui"))
        .body("$", not(org.hamcrest.Matchers.hasKey("pushToken")));
    user.call()
        .body(Map.of("platform", "apns", "pushToken", token))
        .put("/api/me/devices/phone-1")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("platform"));

    JsonPath receipt =
        tell(
            user.accountId(),
            "complaint-answered",
            Map.of("complaintNumber", "CMP-IT-1", "resolution", "UPHELD"));
    assertThat(receipt.getBoolean("sent")).isTrue();
    assertThat(receipt.getString("channel")).isEqualTo("PUSH");
    String messageId = receipt.getString("messageId");

    PartnerClient.Received push =
        receiveAndReply("getui", messageId, PartnerClient.Status.DELIVERED);
    assertThat(push.type()).isEqualTo("push.notification");
    assertThat(push.duplicateId()).isEqualTo(messageId);
    assertThat(push.payload().getString("recipient")).isEqualTo(user.accountId());
    assertThat(push.payload().getString("pushToken")).isEqualTo(token);
    assertThat(push.payload().getString("body")).contains("CMP-IT-1").contains("法院");

    PartnerOutboundIT.eventually(
        "the notice is DELIVERED",
        () ->
            "DELIVERED"
                .equals(
                    user.call()
                        .get("/api/me/notifications")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("find { it.messageId == '" + messageId + "' }.status")));
    as("cs.agent")
        .get("/api/notification-templates")
        .then()
        .statusCode(200)
        .body("id", hasItem("complaint-answered"));
  }

  @Test
  void aDeletionOrderReachesEveryRecipientAndCompletesWithTheirAcknowledgements() throws Exception {
    AppUsers.AppUser user = AppUsers.register("CUSTOMER");
    user.call()
        .body(Map.of("platform", "getui", "pushToken", "t-" + UUID.randomUUID()))
        .put("/api/me/devices/phone-1")
        .then()
        .statusCode(200);
    String pushId =
        tell(
                user.accountId(),
                "complaint-answered",
                Map.of("complaintNumber", "CMP-IT-2", "resolution", "UPHELD"))
            .getString("messageId");
    receiveAndReply("getui", pushId, PartnerClient.Status.ACKNOWLEDGED);
    String smsId =
        anonymous()
            .body(
                Map.of(
                    "partner",
                    "sms",
                    "subject",
                    user.accountId(),
                    "purpose",
                    "account.phone",
                    "type",
                    "sms.notification",
                    "version",
                    1,
                    "needsAcknowledgement",
                    false,
                    "payload",
                    Map.of("phone", user.phone(), "template", "verification-code")))
            .post(MESSAGES)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("messageId");
    receiveAndReply("sms", smsId, PartnerClient.Status.ACKNOWLEDGED);

    as("ops.agent")
        .body(Map.of("subject", user.accountId(), "reason", "account cancelled"))
        .post("/api/partner-deletion-orders")
        .then()
        .statusCode(403);
    JsonPath order =
        as("privacy.officer")
            .body(Map.of("subject", user.accountId(), "reason", "account cancelled"))
            .post("/api/partner-deletion-orders")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(order.getList("outstanding", String.class)).containsExactly("getui", "sms");
    String orderId = order.getString("id");
    List<Map<String, Object>> recipients = order.getList("recipients");

    for (Map<String, Object> recipient : recipients) {
      String partner = (String) recipient.get("partner");
      PartnerClient.Received deletion =
          receiveAndReply(
              partner,
              (String) recipient.get("messageId"),
              partner.equals("sms")
                  ? PartnerClient.Status.FAILED
                  : PartnerClient.Status.ACKNOWLEDGED);
      assertThat(deletion.type()).isEqualTo("deletion.order");
      assertThat(deletion.payload().getString("orderId")).isEqualTo(orderId);
      assertThat(deletion.payload().getString("subject")).isEqualTo(user.accountId());
    }
    PartnerOutboundIT.eventually(
        "sms reported its failure",
        () ->
            as("ops.agent")
                .get("/api/partner-deletion-orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("failed")
                .contains("sms"));
    as("ops.agent")
        .get("/api/partner-deletion-orders/" + orderId)
        .then()
        .body("recipients.find { it.partner == 'sms' }.reason", equalTo("not deleted yet"))
        .body("acknowledged", equalTo(List.of("getui")))
        .body("complete", equalTo(false));
    // the failure put the order in front of operations (partner-deletion-order), and only them
    assertThat(RecordingAccessApprovalIT.taskIdsFor("ops.agent", orderId)).hasSize(1);
    assertThat(RecordingAccessApprovalIT.taskIdsFor("cs.agent", orderId)).isEmpty();

    String smsOrder =
        (String)
            recipients.stream()
                .filter(r -> "sms".equals(r.get("partner")))
                .findFirst()
                .orElseThrow()
                .get("messageId");
    PartnerOutboundIT.reply(
        "sms", "sms", PartnerClient.replyBody(smsOrder, PartnerClient.Status.ACKNOWLEDGED, null));
    PartnerOutboundIT.eventually(
        "the order is complete",
        () ->
            as("privacy.officer")
                .get("/api/partner-deletion-orders/" + orderId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getBoolean("complete"));
    // the last acknowledgement ended the operations task
    assertThat(RecordingAccessApprovalIT.taskIdsFor("ops.agent", orderId)).isEmpty();
    as("cs.agent").get("/api/partner-deletion-orders/" + orderId).then().statusCode(403);
    as("ops.agent").get("/api/partner-deletion-orders/nope").then().statusCode(404);
  }
}
