package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.anonymous;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.partnerclient.PartnerClient;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consent context through the deployed EAR: the public catalogue and policy versions, the
 * ledger recorded by customer service, the consent check, withdrawal taking effect on the next
 * check, a major policy change requiring consent again, and a ledger nobody can rewrite.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsentIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theCatalogueAndThePoliciesArePublic() {
    anonymous()
        .get("/api/purposes/location.precise")
        .then()
        .statusCode(200)
        .body("necessity", equalTo("OPTIONAL"))
        .body("sensitive", equalTo(true));
    anonymous().get("/api/purposes").then().statusCode(200).body("code", hasItem("account.phone"));
    anonymous().get("/api/policies").then().statusCode(200).body("version", hasItem("2026-01"));
    anonymous()
        .get("/api/purposes/no.such-purpose")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void withdrawalTakesEffectOnTheNextCheck() {
    String subject = "u-" + UUID.randomUUID();
    check(subject, "device.camera")
        .body("allowed", equalTo(false))
        .body("reason", equalTo("NO_CONSENT"));

    record(subject, "device.camera", "GIVEN").statusCode(201);
    check(subject, "device.camera")
        .body("allowed", equalTo(true))
        .body("reason", equalTo("CONSENT_GIVEN"));

    record(subject, "device.camera", "WITHDRAWN").statusCode(201);
    check(subject, "device.camera")
        .body("allowed", equalTo(false))
        .body("reason", equalTo("WITHDRAWN"));

    as("privacy.officer")
        .get("/api/subjects/" + subject + "/consents")
        .then()
        .statusCode(200)
        .body("history.size()", equalTo(2));
  }

  @Test
  @DisplayName(
      "CON-3: an app user's check with their bearer token answers from the read model; a withdrawal counts at the very next check")
  void anAppUsersOwnCheckSeesAWithdrawalAtOnce() throws Exception {
    AppUsers.AppUser user = AppUsers.register("CUSTOMER");
    String subject = user.accountId();
    record(subject, "device.microphone", "GIVEN").statusCode(201);
    ownCheck(user, "device.microphone")
        .body("allowed", equalTo(true))
        .body("reason", equalTo("CONSENT_GIVEN"));

    record(subject, "device.microphone", "WITHDRAWN").statusCode(201);
    ownCheck(user, "device.microphone")
        .body("allowed", equalTo(false))
        .body("reason", equalTo("WITHDRAWN"));

    record(subject, "device.microphone", "GIVEN").statusCode(201);
    ownCheck(user, "device.microphone")
        .body("allowed", equalTo(true))
        .body("reason", equalTo("CONSENT_GIVEN"));
    record(subject, "device.microphone", "WITHDRAWN").statusCode(201);
    ownCheck(user, "device.microphone")
        .body("allowed", equalTo(false))
        .body("reason", equalTo("WITHDRAWN"));
    user.call()
        .queryParam("subject", "u-someone-else")
        .queryParam("purpose", "device.microphone")
        .get("/api/consent-checks")
        .then()
        .statusCode(403);
  }

  @Test
  void refusalsNameTheProblemAndChangeNothing() {
    String subject = "u-" + UUID.randomUUID();
    record(subject, "no.such-purpose", "GIVEN")
        .statusCode(400)
        .body("errors.field", hasItem("purpose"));
    record(subject, "account.phone", "WITHDRAWN").statusCode(409);
    record(subject, "device.camera", "MAYBE")
        .statusCode(400)
        .body("errors.field", hasItem("action"));
    as("cs.agent")
        .body(Map.of("purpose", "device.camera", "action", "GIVEN", "mood", "happy"))
        .post("/api/subjects/" + subject + "/consents")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("mood"));
    as("privacy.officer")
        .get("/api/subjects/" + subject + "/consents")
        .then()
        .statusCode(200)
        .body("history.size()", equalTo(0));
  }

  @Test
  void theLedgerCannotBeRewrittenThroughTheApi() {
    String subject = "u-" + UUID.randomUUID();
    record(subject, "device.album", "GIVEN").statusCode(201);
    as("privacy.officer")
        .body(Map.of("purpose", "device.album"))
        .put("/api/subjects/" + subject + "/consents")
        .then()
        .statusCode(405);
    as("privacy.officer").delete("/api/subjects/" + subject + "/consents").then().statusCode(405);
    as("ops.agent")
        .body(Map.of("purpose", "device.album", "action", "WITHDRAWN"))
        .post("/api/subjects/" + subject + "/consents")
        .then()
        .statusCode(403);
  }

  @Test
  void aMajorPolicyChangeRequiresConsentAgainAndTellsThePerson() {
    String subject = "u-" + UUID.randomUUID();
    record(subject, "device.microphone", "GIVEN").statusCode(201);
    check(subject, "device.microphone").body("allowed", equalTo(true));

    String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
    as("ops.agent").body(publication(version)).post("/api/policies").then().statusCode(403);
    as("privacy.officer").body(publication(version)).post("/api/policies").then().statusCode(201);
    anonymous().get("/api/policies/2026-01").then().statusCode(200);

    check(subject, "device.microphone")
        .body("allowed", equalTo(false))
        .body("reason", equalTo("RECONSENT_REQUIRED"));
    JsonPath notice = pushNoticeFor(subject);
    assertThat(notice.getString("type")).isEqualTo("push.notification");
    assertThat(notice.getString("payload.template")).isEqualTo("policy-major-change");
    assertThat(notice.getString("payload.params.policyVersion")).isEqualTo(version);
    assertThat(notice.getString("payload.body")).contains(version).contains("重新确认");
    record(subject, "device.microphone", "GIVEN").statusCode(201);
    check(subject, "device.microphone").body("allowed", equalTo(true));
  }

  @Test
  void aChildIsProcessedOnlyWithTheRecordedGuardiansConsent() throws Exception {
    JsonPath before =
        as("privacy.officer")
            .get("/api/regulatory-counters")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    AppUsers.AppUser guardian = AppUsers.register("CUSTOMER");
    AppUsers.AppUser child = AppUsers.register("CUSTOMER");
    AppUsers.AppUser stranger = AppUsers.register("CUSTOMER");
    child
        .call()
        .body(Map.of("purpose", "device.camera", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    check(child.accountId(), "device.camera").body("allowed", equalTo(true));

    as("cs.agent")
        .body(Map.of("guardian", "u-nobody-" + UUID.randomUUID(), "basis", "DECLARATION"))
        .put("/api/subjects/" + child.accountId() + "/child-status")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("guardian"));
    as("cs.agent")
        .body(Map.of("guardian", guardian.accountId(), "basis", "BIRTH_DATE"))
        .put("/api/subjects/" + child.accountId() + "/child-status")
        .then()
        .statusCode(200)
        .body("guardian", equalTo(guardian.accountId()));

    // AUD-4: the regulator's counters come from the records — one more child, three more people
    JsonPath after =
        as("privacy.officer")
            .get("/api/regulatory-counters")
            .then()
            .statusCode(200)
            .body("thresholds.code", hasItem("ABROAD_SENSITIVE"))
            .extract()
            .jsonPath();
    assertThat(after.getLong("childrenUnder14")).isEqualTo(before.getLong("childrenUnder14") + 1);
    assertThat(after.getLong("totalPeople")).isEqualTo(before.getLong("totalPeople") + 3);
    as("cs.agent").get("/api/regulatory-counters").then().statusCode(403);

    // The child's own consent no longer counts; only the guardian's does.
    check(child.accountId(), "device.camera")
        .body("allowed", equalTo(false))
        .body("reason", equalTo("GUARDIAN_CONSENT_MISSING"));
    guardian
        .call()
        .get("/api/me/children")
        .then()
        .statusCode(200)
        .body("subject", hasItem(child.accountId()));
    String consents = "/api/me/children/" + child.accountId() + "/consents";
    stranger.call().get(consents).then().statusCode(403);
    stranger
        .call()
        .body(Map.of("purpose", "device.camera", "action", "GIVEN"))
        .post(consents)
        .then()
        .statusCode(403);
    check(child.accountId(), "device.camera").body("allowed", equalTo(false));

    guardian
        .call()
        .body(Map.of("channel", "SETTINGS"))
        .post("/api/me/children/" + child.accountId() + "/policy-acceptance")
        .then()
        .statusCode(201);
    guardian
        .call()
        .body(Map.of("purpose", "device.camera", "action", "GIVEN"))
        .post(consents)
        .then()
        .statusCode(201)
        .body("actedAs", equalTo("GUARDIAN"))
        .body("actor", equalTo(guardian.accountId()));
    check(child.accountId(), "device.camera").body("allowed", equalTo(true));
    guardian
        .call()
        .get(consents)
        .then()
        .statusCode(200)
        .body("history.actedAs", hasItem("GUARDIAN"));

    // The guardian asks to delete the child's account: a cancellation request for the child
    // (DataSubjectRequestIT#guardianCancelsTheChildsAccount follows it to the end); nothing is
    // deleted before customer service has verified the guardian.
    stranger.call().delete("/api/me/children/" + child.accountId()).then().statusCode(403);
    var filed = guardian.call().delete("/api/me/children/" + child.accountId());
    assertThat(filed.statusCode()).isEqualTo(202);
    assertThat(filed.jsonPath().getString("state")).isEqualTo("AWAITING_VERIFICATION");
    child.call().get("/api/me").then().statusCode(200);
    guardian.call().get("/api/me").then().statusCode(200);
  }

  @Test
  void nothingGoesAbroadWithoutAnAssessmentAndThePersonsSeparateConsent() throws Exception {
    AppUsers.AppUser person = AppUsers.register("CUSTOMER");
    Map<String, Object> plan =
        Map.of(
            "recipient",
            "Example Support Pte. Ltd.",
            "country",
            "SG",
            "purpose",
            "境外客服工单处理",
            "dataCategories",
            List.of("profile.basic"),
            "safeguards",
            "标准合同、传输加密、不得再转移");
    as("cs.agent").body(plan).post("/api/cross-border-transfers").then().statusCode(403);
    as("privacy.officer")
        .body(
            Map.of(
                "recipient",
                "X",
                "country",
                "CN",
                "purpose",
                "p",
                "dataCategories",
                List.of("profile.basic"),
                "safeguards",
                "s"))
        .post("/api/cross-border-transfers")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("country"));
    String transfer =
        as("privacy.officer")
            .body(plan)
            .post("/api/cross-border-transfers")
            .then()
            .statusCode(201)
            .body("state", equalTo("PLANNED"))
            .extract()
            .path("id");

    transferCheck(person.accountId(), transfer)
        .body("allowed", equalTo(false))
        .body("reason", equalTo("NO_IMPACT_ASSESSMENT"));
    person
        .call()
        .body(Map.of("action", "GIVEN"))
        .post("/api/me/cross-border-transfers/" + transfer + "/consent")
        .then()
        .statusCode(409);

    as("privacy.officer")
        .body(Map.of("conclusion", "ACCEPTABLE", "reference", "PIA-IT-1", "summary", "风险可控"))
        .post("/api/cross-border-transfers/" + transfer + "/impact-assessment")
        .then()
        .statusCode(200)
        .body("state", equalTo("ASSESSED"));
    transferCheck(person.accountId(), transfer).body("reason", equalTo("NO_SEPARATE_CONSENT"));
    person
        .call()
        .get("/api/me/cross-border-transfers")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + transfer + "' }.consent", equalTo("NONE"))
        .body("find { it.id == '" + transfer + "' }.country", equalTo("SG"));

    person
        .call()
        .body(Map.of("action", "GIVEN"))
        .post("/api/me/cross-border-transfers/" + transfer + "/consent")
        .then()
        .statusCode(201);
    transferCheck(person.accountId(), transfer)
        .body("allowed", equalTo(true))
        .body("reason", equalTo("ASSESSED_AND_CONSENTED"));
    person
        .call()
        .body(Map.of("action", "WITHDRAWN"))
        .post("/api/me/cross-border-transfers/" + transfer + "/consent")
        .then()
        .statusCode(201);
    transferCheck(person.accountId(), transfer)
        .body("allowed", equalTo(false))
        .body("reason", equalTo("CONSENT_WITHDRAWN"));
  }

  @Test
  void informationFromAThirdPartyIsRecordedOnlyWithPriorConsent() {
    String subject = "u-" + UUID.randomUUID();
    Map<String, Object> receipt =
        Map.of(
            "source",
            "合作商户 A",
            "dataCategories",
            List.of("device.album"),
            "commitmentReference",
            "LC-IT-1",
            "commitmentDate",
            "2026-01-15",
            "personInformed",
            true);
    String path = "/api/subjects/" + subject + "/third-party-acquisitions";
    as("ops.agent").body(receipt).post(path).then().statusCode(409);
    record(subject, "device.album", "GIVEN").statusCode(201);
    as("cs.agent").body(receipt).post(path).then().statusCode(403);
    as("ops.agent")
        .body(receipt)
        .post(path)
        .then()
        .statusCode(201)
        .body("commitmentReference", equalTo("LC-IT-1"));
    as("privacy.officer").get(path).then().statusCode(200).body("size()", equalTo(1));
  }

  private static io.restassured.response.ValidatableResponse transferCheck(
      String subject, String transfer) {
    return as("ops.agent")
        .queryParam("subject", subject)
        .queryParam("transfer", transfer)
        .get("/api/cross-border-checks")
        .then()
        .statusCode(200);
  }

  /**
   * Receives as the push partner, with the reference partner client, until the notice to {@code
   * recipient}.
   */
  private static JsonPath pushNoticeFor(String recipient) {
    try (PartnerClient getui = PartnerClient.connect(PartnerClient.DEFAULT_URL, "getui", "demo")) {
      PartnerClient.Received notice =
          getui.receiveUntil(
              m ->
                  m.payload() != null && recipient.equals(m.payload().getString("recipient", null)),
              Duration.ofSeconds(30));
      assertThat(notice.duplicateId()).isEqualTo(notice.messageId());
      getui.settle();
      return JsonPath.from(notice.text());
    }
  }

  private static Map<String, Object> publication(String version) {
    return Map.of(
        "version",
        version,
        "summary",
        "New partner for push notifications",
        "text",
        "隐私政策（修订）: 新增第三方推送服务商。",
        "major",
        true,
        "majorChangeKinds",
        List.of("RECIPIENTS"));
  }

  private static io.restassured.response.ValidatableResponse record(
      String subject, String purpose, String action) {
    return as("cs.agent")
        .body(Map.of("purpose", purpose, "action", action))
        .post("/api/subjects/" + subject + "/consents")
        .then();
  }

  private static io.restassured.response.ValidatableResponse ownCheck(
      AppUsers.AppUser user, String purpose) {
    return user.call()
        .queryParam("subject", user.accountId())
        .queryParam("purpose", purpose)
        .get("/api/consent-checks")
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse check(String subject, String purpose) {
    return as("cs.agent")
        .queryParam("subject", subject)
        .queryParam("purpose", purpose)
        .get("/api/consent-checks")
        .then()
        .statusCode(200);
  }
}
