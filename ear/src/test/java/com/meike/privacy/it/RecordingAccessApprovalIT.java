package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.anonymous;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * REC-8 end to end through the deployed EAR: apply over /api, two approvals as the right people
 * through the engine's REST API (with engine authorization on), the grant usable for that order
 * only, bad input refused, and the audit chain intact afterwards, its entries chained and sealed by
 * the chainer within seconds (AUD-1).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordingAccessApprovalIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void twoApprovalsGrantAccessToThatOrderOnly() throws Exception {
    String order = Orders.any();
    // given ops.agent applies
    String id = apply("ops.agent", order);
    JsonPath application =
        as("ops.agent")
            .get("/api/recording-access-requests/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(application.getString("status")).isEqualTo("AWAITING_DEPARTMENT_HEAD");
    assertThat(application.getString("firstApprover")).isEqualTo("ops.head");
    assertThat(application.getString("secondApprover")).isEqualTo("sec.head");

    // the task is for the head of the applicant's department, nobody else
    assertThat(taskIdsFor("cs.head", id)).isEmpty();
    String first = single(taskIdsFor("ops.head", id));
    as("sec.head")
        .body(decision("departmentHead", true, "not mine to decide"))
        .post("/engine-rest/task/" + first + "/complete")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404)));

    // when both heads approve
    as("ops.head")
        .body(decision("departmentHead", true, "Customer dispute, evidence needed"))
        .post("/engine-rest/task/" + first + "/complete")
        .then()
        .statusCode(204);
    String second = single(taskIdsFor("sec.head", id));
    as("sec.head")
        .body(decision("securityHead", true, "Approved for 24 h"))
        .post("/engine-rest/task/" + second + "/complete")
        .then()
        .statusCode(204);

    // then a grant exists for that order, for the applicant
    JsonPath approved =
        as("ops.agent")
            .get("/api/recording-access-requests/" + id)
            .then()
            .statusCode(200)
            .body("status", equalTo("APPROVED"))
            .extract()
            .jsonPath();
    assertThat(approved.getList("decisions")).hasSize(2);
    String grant = approved.getString("grantId");
    as("ops.agent")
        .get("/api/recording-access-grants/" + grant)
        .then()
        .statusCode(200)
        .body("state", equalTo("ACTIVE"))
        .body("orderNumber", equalTo(order));
    as("ops.agent")
        .body(Map.of("orderNumber", order))
        .post("/api/recording-access-grants/" + grant + "/checks")
        .then()
        .statusCode(200);

    // and it opens no other order's recording
    as("ops.agent")
        .body(Map.of("orderNumber", "MK2026112900000999"))
        .post("/api/recording-access-grants/" + grant + "/checks")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    // playback goes through the grant: an unknown recording is not found, other staff are refused
    as("ops.agent")
        .get("/api/recording-access-grants/" + grant + "/recordings/no-such-recording/audio")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
    as("cs.agent")
        .get("/api/recording-access-grants/" + grant + "/recordings/no-such-recording/audio")
        .then()
        .statusCode(404);
    // nor does it work for someone else
    as("cs.agent")
        .body(Map.of("orderNumber", order))
        .post("/api/recording-access-grants/" + grant + "/checks")
        .then()
        .statusCode(403);

    // every step is in an intact audit chain
    as("privacy.officer")
        .get("/api/audit-trail/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));

    // AUD-1: the steps' entries, recorded without waiting for the chain, are linked by the chainer
    // soon after they committed and sealed by a keyed checkpoint; verification stays clean
    JsonPath recorded = auditVerification();
    long entries = recorded.getLong("entriesChecked") + recorded.getLong("unchainedEntries");
    assertThat(entries).isPositive();
    PartnerOutboundIT.eventually(
        "the audited steps are chained and sealed",
        () -> {
          JsonPath now = auditVerification();
          return now.getBoolean("intact")
              && now.getLong("entriesChecked") >= entries
              && now.get("lastCheckpointSequence") != null
              && now.getLong("lastCheckpointSequence") >= entries;
        });
    assertThat(auditVerification().getString("reason")).isNull();
  }

  private static JsonPath auditVerification() {
    return as("privacy.officer")
        .get("/api/audit-trail/verification")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "REC-7: dispute evidence needs the customer's separate consent, asked of the consent context and shown to the approvers; urgent protection needs its urgency and is reviewed afterwards by the privacy office, whose finding revokes the grant")
  void theConditionsOfTheAllowedUsesAreChecked() throws Exception {
    AppUsers.AppUser customer = AppUsers.register("CUSTOMER");
    customer.call().body(Map.of()).post("/api/me/policy-acceptance").then().statusCode(201);
    String order = Orders.placeBy(customer);
    Map<String, String> dispute =
        Map.of(
            "orderNumber",
            order,
            "use",
            "DISPUTE_EVIDENCE",
            "reason",
            "The customer disputes what was said during the visit");

    // without anyone's consent, dispute evidence is refused
    as("ops.agent")
        .body(dispute)
        .post("/api/recording-access-requests")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));

    // the customer consents in the app; the application rests on that consent, and the form says so
    customer
        .call()
        .body(Map.of("purpose", "service.recording.dispute-evidence", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    JsonPath consented =
        as("ops.agent")
            .body(dispute)
            .post("/api/recording-access-requests")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(consented.getString("condition.condition")).isEqualTo("CUSTOMER_CONSENT");
    String first = single(taskIdsFor("ops.head", consented.getString("id")));
    as("ops.head")
        .get("/engine-rest/task/" + first + "/form-variables")
        .then()
        .statusCode(200)
        .body("conditionLabel.value", org.hamcrest.Matchers.containsString("客户已单独同意"));

    // the consent withdrawn before the head of security decides: the approval is refused
    as("ops.head")
        .body(decision("departmentHead", true, "Evidence needed"))
        .post("/engine-rest/task/" + first + "/complete")
        .then()
        .statusCode(204);
    customer
        .call()
        .body(Map.of("purpose", "service.recording.dispute-evidence", "action", "WITHDRAWN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    String second = single(taskIdsFor("sec.head", consented.getString("id")));
    as("sec.head")
        .body(decision("securityHead", true, "Approved"))
        .post("/engine-rest/task/" + second + "/complete")
        .then()
        .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
    as("ops.agent")
        .get("/api/recording-access-requests/" + consented.getString("id"))
        .then()
        .statusCode(200)
        .body("status", equalTo("AWAITING_SECURITY_HEAD"));

    // urgent protection: refused without its urgency; with it, granted and then reviewed afterwards
    as("ops.agent")
        .body(
            Map.of(
                "orderNumber",
                order,
                "use",
                "URGENT_PROTECTION",
                "reason",
                "The customer called the hotline in distress"))
        .post("/api/recording-access-requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("urgency"));
    String urgent =
        as("ops.agent")
            .body(
                Map.of(
                    "orderNumber",
                    order,
                    "use",
                    "URGENT_PROTECTION",
                    "reason",
                    "The customer called the hotline in distress",
                    "urgency",
                    "The customer reports a threat by someone present at the visit; no time to ask consent"))
            .post("/api/recording-access-requests")
            .then()
            .statusCode(201)
            .body("condition.reviewState", equalTo("PENDING"))
            .extract()
            .jsonPath()
            .getString("id");
    as("ops.head")
        .body(decision("departmentHead", true, "Urgent"))
        .post("/engine-rest/task/" + single(taskIdsFor("ops.head", urgent)) + "/complete")
        .then()
        .statusCode(204);
    as("sec.head")
        .body(decision("securityHead", true, "Urgent, granted"))
        .post("/engine-rest/task/" + single(taskIdsFor("sec.head", urgent)) + "/complete")
        .then()
        .statusCode(204);
    String grant =
        as("ops.agent")
            .get("/api/recording-access-requests/" + urgent)
            .then()
            .statusCode(200)
            .body("status", equalTo("APPROVED"))
            .extract()
            .jsonPath()
            .getString("grantId");
    String review = single(taskIdsFor("privacy.officer", urgent));
    as("privacy.officer")
        .get("/engine-rest/task/" + review + "/form-variables")
        .then()
        .statusCode(200)
        .body(
            "conditionDetail.value",
            org.hamcrest.Matchers.containsString("no time to ask consent"));
    as("privacy.officer")
        .body(Map.of("userId", "privacy.officer"))
        .post("/engine-rest/task/" + review + "/claim")
        .then()
        .statusCode(204);
    as("privacy.officer")
        .body(
            Map.of(
                "variables",
                Map.of(
                    "reviewJustified", Map.of("value", false, "type", "Boolean"),
                    "reviewComment",
                        Map.of("value", "The call-back found no threat", "type", "String"))))
        .post("/engine-rest/task/" + review + "/complete")
        .then()
        .statusCode(204);
    as("ops.agent")
        .get("/api/recording-access-requests/" + urgent)
        .then()
        .statusCode(200)
        .body("condition.reviewState", equalTo("NOT_JUSTIFIED"));
    as("ops.agent")
        .get("/api/recording-access-grants/" + grant)
        .then()
        .statusCode(200)
        .body("state", equalTo("REVOKED"));
  }

  @Test
  void aRejectionEndsTheApplicationWithTheComment() throws Exception {
    String order = Orders.any();
    String id = apply("cs.agent", order);
    String first = single(taskIdsFor("cs.head", id));
    as("cs.head")
        .body(decision("departmentHead", false, "No complaint on file for this order"))
        .post("/engine-rest/task/" + first + "/complete")
        .then()
        .statusCode(204);

    as("cs.agent")
        .get("/api/recording-access-requests/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("decisions[0].comment", equalTo("No complaint on file for this order"));
    assertThat(taskIdsFor("sec.head", id)).isEmpty();
    as("cs.agent")
        .get("/api/recording-access-requests")
        .then()
        .statusCode(200)
        .body("id", hasItem(id));
  }

  @Test
  void aDepartmentHeadsOwnApplicationGoesToThePrivacyOfficer() throws Exception {
    String order = Orders.any();
    String id = apply("ops.head", order);
    assertThat(taskIdsFor("ops.head", id)).isEmpty();
    assertThat(taskIdsFor("privacy.officer", id)).hasSize(1);
  }

  @Test
  void badInputIsRefusedNamingTheField() throws Exception {
    String order = Orders.any();
    refused(
        Map.of("use", "DISPUTE_EVIDENCE", "reason", "Customer disputes the service"),
        "orderNumber");
    refused(
        Map.of(
            "orderNumber",
            "12345",
            "use",
            "DISPUTE_EVIDENCE",
            "reason",
            "Customer disputes the service"),
        "orderNumber");
    refused(
        Map.of("orderNumber", order, "use", "CURIOSITY", "reason", "Customer disputes the service"),
        "use");
    refused(Map.of("orderNumber", order, "use", "DISPUTE_EVIDENCE", "reason", "   "), "reason");
    refused(
        Map.of(
            "orderNumber",
            order,
            "use",
            "DISPUTE_EVIDENCE",
            "reason",
            "Customer disputes the service",
            "listenerCount",
            3),
        "listenerCount");
    refused(
        Map.of(
            "orderNumber",
            List.of(1, 2),
            "use",
            "DISPUTE_EVIDENCE",
            "reason",
            "Customer disputes the service"),
        "orderNumber");
    as("ops.agent")
        .body("{not json")
        .post("/api/recording-access-requests")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void onlyAuthenticatedStaffMayApply() throws Exception {
    String order = Orders.any();
    anonymous().body(body(order)).post("/api/recording-access-requests").then().statusCode(401);
    as("admin")
        .body(body(order))
        .post("/api/recording-access-requests")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    anonymous().get("/engine-rest/task").then().statusCode(401);
  }

  @Test
  void healthReportsEveryPartUp() {
    anonymous()
        .get("/api/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.database", equalTo("UP"))
        .body("checks.engine", equalTo("UP"))
        .body("checks.broker", equalTo("UP"));
  }

  private static void refused(Map<String, ?> body, String field) {
    as("ops.agent")
        .body(body)
        .post("/api/recording-access-requests")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem(field));
  }

  static String apply(String applicant, String order) {
    return as(applicant)
        .body(body(order))
        .post("/api/recording-access-requests")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  static Map<String, String> body(String order) {
    return Map.of(
        "orderNumber",
        order,
        "use",
        "RULE_SPOT_CHECK",
        "reason",
        "The customer disputes what was said during the visit");
  }

  static List<String> taskIdsFor(String user, String applicationId) {
    return as(user)
        .queryParam("processInstanceBusinessKey", applicationId)
        .get("/engine-rest/task")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id");
  }

  static String single(List<String> ids) {
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  static Map<String, Object> decision(String step, boolean approved, String comment) {
    return Map.of(
        "variables",
        Map.of(
            step + "Approved", Map.of("value", approved, "type", "Boolean"),
            step + "Comment", Map.of("value", comment, "type", "String")));
  }
}
