package com.meike.privacy.it;

import static com.meike.privacy.it.RecordingAccessApprovalIT.decision;
import static com.meike.privacy.it.RecordingAccessApprovalIT.single;
import static com.meike.privacy.it.RecordingAccessApprovalIT.taskIdsFor;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.it.AppUsers.AppUser;
import com.meike.privacy.it.probe.EngineTablesProbeServlet;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CMP-1 end to end through the deployed EAR: an app user files a complaint over /api, customer
 * service finds it in Tasklist (engine REST, authorization on) and answers, the complainant sees it
 * closed with the answer; nobody else sees it; bad input is refused naming the field. A complaint
 * about the complainant's own order holds the order's recordings until it is closed (REC-6),
 * carries encrypted attachments to its handlers, and starts a recording-access application as
 * dispute evidence whose state its Tasklist form shows; somebody else's order is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithProbe("engine-probe", EngineTablesProbeServlet.class);
  }

  @Test
  @DisplayName(
      "DATA-3, AUD-2: the engine's tables hold no complaint text, reason, comment or answer in clear; handlers' forms show them, an engine admin's do not")
  void personalDataNeverRestsInTheEngineTablesYetTheFormsShowItToTheHandlers() throws Exception {
    String token = Long.toHexString(System.nanoTime());
    String complaintText = "Complaint " + token + ": she insulted me, call me on 13800001111.";
    String accessReason = "Dispute evidence " + token + " for the complaint.";
    String headComment = "Department head comment " + token;
    String securityComment = "Security head comment " + token;
    String escalationReason = "Escalation reason " + token;
    String answer = "Answer " + token + ": we refund the visit.";

    AppUser customer = AppUsers.register("CUSTOMER");
    String order = Orders.placeBy(customer);
    String number =
        customer
            .call()
            .body(Map.of("about", "ORDER", "orderNumber", order, "text", complaintText))
            .post("/api/me/complaints")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("number");
    String task = single(taskIdsFor("cs.agent", number));

    // customer service's form shows the complaint as Tasklist reads it; the engine admin's shows
    // none of it
    as("cs.agent")
        .get("/engine-rest/task/" + task + "/form-variables")
        .then()
        .statusCode(200)
        .body("complaintText.value", equalTo(complaintText))
        .body("history.value", containsString("FILED"))
        .body("complaintNumber.value", equalTo(number));
    as("admin")
        .get("/engine-rest/task/" + task + "/form-variables")
        .then()
        .statusCode(200)
        .body("complaintNumber.value", equalTo(number))
        .body("complaintText", nullValue())
        .body("history", nullValue());

    // a recording-access application from the complaint, decided by both heads with comments
    String applicationId =
        as("cs.agent")
            .body(Map.of("reason", accessReason))
            .post("/api/complaints/" + number + "/recording-access-requests")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("applicationId");
    String first = single(taskIdsFor("cs.head", applicationId));
    as("cs.head")
        .get("/engine-rest/task/" + first + "/form-variables")
        .then()
        .statusCode(200)
        .body("reason.value", containsString(accessReason))
        .body("orderNumber.value", equalTo(order));
    as("admin")
        .get("/engine-rest/task/" + first + "/form-variables")
        .then()
        .statusCode(200)
        .body("reason", nullValue());
    // through Tasklist's path (submit-form) …
    as("cs.head")
        .body(decision("departmentHead", true, headComment))
        .post("/engine-rest/task/" + first + "/submit-form")
        .then()
        .statusCode(anyOf(is(200), is(204)));
    String second = single(taskIdsFor("sec.head", applicationId));
    as("sec.head")
        .get("/engine-rest/task/" + second + "/form-variables")
        .then()
        .statusCode(200)
        .body("reason.value", containsString(accessReason))
        .body("departmentHeadComment.value", equalTo(headComment));
    // … and through the plain REST completion
    as("sec.head")
        .body(decision("securityHead", true, securityComment))
        .post("/engine-rest/task/" + second + "/complete")
        .then()
        .statusCode(204);
    as("cs.agent")
        .get("/api/recording-access-requests/" + applicationId)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));

    // customer service escalates with a reason; the supervisor reads it in the history and answers
    as("cs.agent")
        .body(
            Map.of(
                "variables",
                Map.of(
                    "customerServiceOutcome",
                    text("ESCALATE"),
                    "customerServiceEscalationReason",
                    text(escalationReason))))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
    String supervisorTask = single(taskIdsFor("cs.head", number));
    as("cs.head")
        .get("/engine-rest/task/" + supervisorTask + "/form-variables")
        .then()
        .statusCode(200)
        .body("complaintText.value", equalTo(complaintText))
        .body("history.value", containsString(escalationReason))
        .body(
            "recordingAccess.value", containsString("已批准 Approved  application " + applicationId));
    as("cs.head")
        .body(
            Map.of(
                "variables",
                Map.of(
                    "supervisorOutcome",
                    text("ANSWER"),
                    "answerText",
                    text(answer),
                    "resolution",
                    text("UPHELD"))))
        .post("/engine-rest/task/" + supervisorTask + "/submit-form")
        .then()
        .statusCode(anyOf(is(200), is(204)));
    customer
        .call()
        .get("/api/me/complaints/" + number)
        .then()
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("answer.text", equalTo(answer));

    // then no table of the engine holds any of it in clear — runtime, history, details, byte
    // arrays, comments
    JsonPath scan =
        io.restassured.RestAssured.given()
            .baseUri(Staff.BASE)
            .queryParam(
                "needle",
                token,
                complaintText,
                accessReason,
                headComment,
                securityComment,
                escalationReason,
                answer)
            .get("/engine-probe/engine-tables")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(scan.getInt("tables")).isGreaterThan(30);
    assertThat(scan.getList("hits", String.class)).isEmpty();
  }

  @Test
  void customerServiceAnswersAFiledComplaintAndItIsClosed() throws Exception {
    // given a customer files a complaint
    AppUser customer = AppUsers.register("CUSTOMER");
    JsonPath filed =
        customer
            .call()
            .body(Map.of("about", "SERVICE", "text", "The beautician arrived two hours late."))
            .post("/api/me/complaints")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String number = filed.getString("number");
    assertThat(number).matches("CP[0-9]{8}[0-9A-F]{8}");
    assertThat(filed.getString("state")).isEqualTo("OPEN");
    assertThat(filed.getString("tier")).isEqualTo("CUSTOMER_SERVICE");

    // then the task waits for customer service only
    assertThat(taskIdsFor("ops.head", number)).isEmpty();
    String task = single(taskIdsFor("cs.agent", number));

    // when customer service answers in Tasklist
    as("cs.agent")
        .body(
            Map.of(
                "variables",
                Map.of(
                    "customerServiceOutcome", text("ANSWER"),
                    "answerText", text("We apologise and refund the visit."),
                    "resolution", text("UPHELD"))))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);

    // then the complainant sees the answer and the complaint closed
    customer
        .call()
        .get("/api/me/complaints/" + number)
        .then()
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("answer.handler", equalTo("cs.agent"))
        .body("answer.resolution", equalTo("UPHELD"))
        .body("history.kind", hasItem("ANSWERED"));
    customer
        .call()
        .get("/api/me/complaints")
        .then()
        .statusCode(200)
        .body("number", hasItem(number));
    assertThat(taskIdsFor("cs.agent", number)).isEmpty();

    // and is told through the SMS partner (no push device registered): the complaint-answered
    // template, whose text names the right to go to court (§IX), with the complaint's number
    JsonPath sms = AppUsers.smsFor(customer.phone());
    assertThat(sms.getString("type")).isEqualTo("sms.notification");
    assertThat(sms.getString("payload.template")).isEqualTo("complaint-answered");
    assertThat(sms.getString("payload.params.complaintNumber")).isEqualTo(number);
    assertThat(sms.getString("payload.params.resolution")).isEqualTo("UPHELD");
    customer
        .call()
        .get("/api/me/notifications")
        .then()
        .statusCode(200)
        .body("templateId", hasItem("complaint-answered"));

    // nobody else sees it, and the figures count it
    AppUsers.register("CUSTOMER").call().get("/api/me/complaints/" + number).then().statusCode(404);
    as("cs.agent")
        .get("/api/complaints/statistics")
        .then()
        .statusCode(200)
        .body("answered", greaterThanOrEqualTo(1));
    as("ops.agent").get("/api/complaints/statistics").then().statusCode(403);
  }

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @Test
  void aComplaintAboutTheCallersOrderHoldsItsRecordingsUntilClosedAndCarriesItsEvidence()
      throws Exception {
    // given a customer with an order files a complaint about it
    AppUser customer = AppUsers.register("CUSTOMER");
    String order = Orders.placeBy(customer);
    JsonPath filed =
        customer
            .call()
            .body(
                Map.of(
                    "about",
                    "ORDER",
                    "orderNumber",
                    order,
                    "text",
                    "The beautician insulted me during the visit."))
            .post("/api/me/complaints")
            .then()
            .statusCode(201)
            .body("legalHoldId", notNullValue())
            .body("history.kind", hasItem("EVIDENCE_HELD"))
            .extract()
            .jsonPath();
    String number = filed.getString("number");
    String holdId = filed.getString("legalHoldId");

    // then the order's recordings are on legal hold, naming the complaint
    as("legal.counsel")
        .queryParam("orderNumber", order)
        .get("/api/recording-legal-holds")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + holdId + "' }.active", equalTo(true))
        .body("find { it.id == '" + holdId + "' }.reason", containsString(number));

    // when the complainant attaches a photo (raw body), and tries a wrong type, a fake PNG and an
    // oversized file
    String attachmentId =
        bearerRaw(customer, "image/png", PNG)
            .queryParam("name", "photo 1.png")
            .post("/api/me/complaints/" + number + "/attachments")
            .then()
            .statusCode(201)
            .body("name", equalTo("photo 1.png"))
            .body("size", equalTo(PNG.length))
            .extract()
            .jsonPath()
            .getString("id");
    bearerRaw(customer, "text/plain", "hello".getBytes())
        .post("/api/me/complaints/" + number + "/attachments")
        .then()
        .statusCode(415)
        .contentType(startsWith("application/problem+json"));
    bearerRaw(customer, "image/png", "not a png".getBytes())
        .post("/api/me/complaints/" + number + "/attachments")
        .then()
        .statusCode(415);
    bearerRaw(customer, "application/pdf", oversized())
        .post("/api/me/complaints/" + number + "/attachments")
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"));
    bearerRaw(AppUsers.register("CUSTOMER"), "image/png", PNG)
        .post("/api/me/complaints/" + number + "/attachments")
        .then()
        .statusCode(404);

    // then the complainant lists one attachment; customer service downloads it (audited); others
    // cannot
    customer
        .call()
        .get("/api/me/complaints/" + number + "/attachments")
        .then()
        .statusCode(200)
        .body("name", equalTo(List.of("photo 1.png")));
    byte[] downloaded =
        as("cs.agent")
            .accept("*/*")
            .get("/api/complaints/" + number + "/attachments/" + attachmentId)
            .then()
            .statusCode(200)
            .contentType(startsWith("image/png"))
            .header("Content-Disposition", containsString("photo%201.png"))
            .extract()
            .asByteArray();
    assertThat(downloaded).isEqualTo(PNG);
    as("legal.counsel")
        .accept("*/*")
        .get("/api/complaints/" + number + "/attachments/" + attachmentId)
        .then()
        .statusCode(404);
    as("ops.agent")
        .accept("*/*")
        .get("/api/complaints/" + number + "/attachments/" + attachmentId)
        .then()
        .statusCode(403);

    // when customer service applies for the recording from the complaint
    String applicationId =
        as("cs.agent")
            .body(
                Map.of("reason", "The customer says the beautician insulted her during the visit."))
            .post("/api/complaints/" + number + "/recording-access-requests")
            .then()
            .statusCode(201)
            .body("status", equalTo("AWAITING_DEPARTMENT_HEAD"))
            .extract()
            .jsonPath()
            .getString("applicationId");
    as("ops.agent")
        .body(Map.of("reason", "I just want to listen to it please."))
        .post("/api/complaints/" + number + "/recording-access-requests")
        .then()
        .statusCode(403);

    // then the approval runs for that order as dispute evidence, and both heads approve
    String first = single(taskIdsFor("cs.head", applicationId));
    as("cs.head")
        .body(decision("departmentHead", true, "Needed for the complaint"))
        .post("/engine-rest/task/" + first + "/complete")
        .then()
        .statusCode(204);
    String second = single(taskIdsFor("sec.head", applicationId));
    as("sec.head")
        .body(decision("securityHead", true, "Approved for 24 h"))
        .post("/engine-rest/task/" + second + "/complete")
        .then()
        .statusCode(204);
    as("cs.agent")
        .get("/api/recording-access-requests/" + applicationId)
        .then()
        .statusCode(200)
        .body("orderNumber", equalTo(order))
        .body("use", equalTo("DISPUTE_EVIDENCE"));

    // and the complaint (API and its Tasklist form) shows the application approved, with the
    // evidence
    as("cs.agent")
        .get("/api/complaints/" + number)
        .then()
        .statusCode(200)
        .body("recordingAccess.applicationId", equalTo(List.of(applicationId)))
        .body("recordingAccess[0].status", equalTo("APPROVED"))
        .body("attachments.id", equalTo(List.of(attachmentId)))
        .body("history.kind", hasItem("RECORDING_ACCESS_REQUESTED"));
    customer
        .call()
        .get("/api/me/complaints/" + number)
        .then()
        .statusCode(200)
        .body("recordingAccess", empty());
    String task = single(taskIdsFor("cs.agent", number));
    as("cs.agent")
        .get(
            "/engine-rest/task/"
                + task
                + "/form-variables?variableNames=recordingAccess,attachments")
        .then()
        .statusCode(200)
        .body("recordingAccess.value", containsString("已批准 Approved  application " + applicationId))
        .body("attachments.value", containsString("photo 1.png"));

    // when customer service answers, the complaint closes and its hold is released
    as("cs.agent")
        .body(
            Map.of(
                "variables",
                Map.of(
                    "customerServiceOutcome", text("ANSWER"),
                    "answerText", text("We listened to the visit, apologise and refund it."),
                    "resolution", text("UPHELD"))))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
    customer
        .call()
        .get("/api/me/complaints/" + number)
        .then()
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("history.kind", hasItem("EVIDENCE_RELEASED"));
    as("legal.counsel")
        .queryParam("orderNumber", order)
        .get("/api/recording-legal-holds")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + holdId + "' }.active", equalTo(false));
    bearerRaw(customer, "image/png", PNG)
        .post("/api/me/complaints/" + number + "/attachments")
        .then()
        .statusCode(409);
  }

  @Test
  void somebodyElsesOrAnUnknownOrderIsRefusedAndNothingIsHeld() throws Exception {
    AppUser owner = AppUsers.register("CUSTOMER");
    String order = Orders.placeBy(owner);
    AppUser stranger = AppUsers.register("CUSTOMER");

    stranger
        .call()
        .body(Map.of("about", "ORDER", "orderNumber", order, "text", "Not my order, but still."))
        .post("/api/me/complaints")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("orderNumber"));
    stranger
        .call()
        .body(
            Map.of("about", "ORDER", "orderNumber", "MK2000010100000001", "text", "No such order."))
        .post("/api/me/complaints")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("orderNumber"));
    // a malformed number is refused by the service interface's constraint (issue 13)
    stranger
        .call()
        .body(Map.of("about", "ORDER", "orderNumber", "MK2000", "text", "Which order?"))
        .post("/api/me/complaints")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("orderNumber"))
        .body("errors.message", hasItem(com.meike.privacy.kernel.order.OrderNumber.MESSAGE));
    stranger.call().get("/api/me/complaints").then().statusCode(200).body("$", hasSize(0));
    as("legal.counsel")
        .queryParam("orderNumber", order)
        .get("/api/recording-legal-holds")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));

    // a complaint about no order has no recording to apply for
    String number =
        stranger
            .call()
            .body(Map.of("about", "SERVICE", "text", "The app was slow."))
            .post("/api/me/complaints")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("number");
    as("cs.agent")
        .body(Map.of("reason", "Trying to listen without an order."))
        .post("/api/complaints/" + number + "/recording-access-requests")
        .then()
        .statusCode(409);
  }

  private static io.restassured.specification.RequestSpecification bearerRaw(
      AppUser user, String contentType, byte[] body) {
    return io.restassured.RestAssured.given()
        .baseUri(Staff.BASE)
        .header("Authorization", "Bearer " + user.token())
        .contentType(contentType)
        .accept("application/json")
        .body(body);
  }

  private static byte[] oversized() {
    byte[] pdf = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.7".getBytes(), 0, pdf, 0, 8);
    return pdf;
  }

  @Test
  void badInputIsRefusedNamingTheField() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    refused(customer, Map.of("about", "ORDER", "text", "Where is my order?"), "orderNumber");
    refused(customer, Map.of("about", "WEATHER", "text", "Too hot."), "about");
    refused(customer, Map.of("about", "SERVICE", "text", "  "), "text");
    refused(customer, Map.of("about", "SERVICE", "text", "Rude.", "attachment", "x"), "attachment");
  }

  private static void refused(AppUser user, Map<String, ?> body, String field) {
    user.call()
        .body(body)
        .post("/api/me/complaints")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem(field));
  }

  private static Map<String, String> text(String value) {
    return Map.of("value", value, "type", "String");
  }
}
