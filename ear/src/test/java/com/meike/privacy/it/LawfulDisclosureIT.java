package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.subject.SubjectId;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DISC-1, DISC-1a, PTN-6 end to end through the deployed EAR: an authority's request is registered
 * with its document, legal approves it in the task over the engine's REST API (nobody else can),
 * the package downloads as ciphertext and its key is handed over once, and the key opens a package
 * holding only the requested scope; a foreign request without a PRC approval is refused without
 * review; a merger either binds the new holder or marks people for re-consent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LawfulDisclosureIT {

  static final byte[] DOCUMENT =
      "%PDF-1.4 沪公(徐)调字[2026]0815号 调查取证函".getBytes(StandardCharsets.UTF_8);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void legalApprovesAndTheKeyOpensAPackageOfOnlyTheScope() throws Exception {
    // given a person with consents inside and outside the scope
    AppUsers.AppUser person = AppUsers.register("CUSTOMER");
    person.call().body(Map.of()).post("/api/me/policy-acceptance").then().statusCode(201);
    person
        .call()
        .body(Map.of("purpose", "location.precise", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    person
        .call()
        .body(Map.of("purpose", "device.camera", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);

    // when the privacy office registers a public-security request for account and location
    JsonPath registered =
        as("privacy.officer")
            .body(
                request(
                    person.accountId(),
                    "PUBLIC_SECURITY",
                    List.of("account.network-identity", "location.precise")))
            .post("/api/lawful-disclosures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String id = registered.getString("id");
    assertThat(registered.getString("state")).isEqualTo("AWAITING_REVIEW");
    assertThat(registered.getString("document.sha256")).hasSize(64);

    // nobody outside legal sees or completes the review task; no package before a decision
    assertThat(taskIdsFor("privacy.officer", id)).isEmpty();
    String task = single(taskIdsFor("legal.counsel", id));
    as("privacy.officer")
        .body(decision(true, "not mine"))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(anyOf(equalTo(403), equalTo(404)));
    as("ops.head")
        .body(decision(true, "not mine"))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(anyOf(equalTo(403), equalTo(404)));
    as("legal.counsel")
        .accept("application/octet-stream")
        .get("/api/lawful-disclosures/" + id + "/package")
        .then()
        .statusCode(409);

    // legal approves in the task
    as("legal.counsel")
        .body(decision(true, "Investigation letter verified with the issuing branch"))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
    as("legal.counsel")
        .get("/api/lawful-disclosures/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("PACKAGED"))
        .body("decidedBy", equalTo("legal.counsel"));

    // the package is ciphertext, for legal only
    Response download =
        as("legal.counsel")
            .accept("application/octet-stream")
            .get("/api/lawful-disclosures/" + id + "/package");
    download.then().statusCode(200).contentType(startsWith("application/octet-stream"));
    byte[] ciphertext = download.asByteArray();
    assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1))
        .doesNotContain(person.accountId());
    as("privacy.officer")
        .accept("application/octet-stream")
        .get("/api/lawful-disclosures/" + id + "/package")
        .then()
        .statusCode(403);

    // the key is handed over once
    as("privacy.officer")
        .post("/api/lawful-disclosures/" + id + "/key-handover")
        .then()
        .statusCode(403);
    JsonPath handover =
        as("legal.counsel")
            .post("/api/lawful-disclosures/" + id + "/key-handover")
            .then()
            .statusCode(200)
            .body("handedOverTo", equalTo("legal.counsel"))
            .extract()
            .jsonPath();
    as("legal.counsel")
        .post("/api/lawful-disclosures/" + id + "/key-handover")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"));
    as("legal.counsel")
        .get("/api/lawful-disclosures/" + id)
        .then()
        .statusCode(200)
        .body("keyHandedOverTo", equalTo("legal.counsel"));

    // then the key opens the package, and it holds only the scope
    JsonPath contents =
        new JsonPath(
            new String(
                decrypt(Base64.getDecoder().decode(handover.getString("keyBase64")), ciphertext),
                StandardCharsets.UTF_8));
    assertThat(contents.getString("subject")).isEqualTo(person.accountId());
    assertThat(contents.getString("data.account.accountId")).isEqualTo(person.accountId());
    List<String> purposes = contents.getList("data.consentRecords.purpose");
    assertThat(purposes)
        .contains("location.precise")
        .allMatch(p -> p.equals("location.precise") || p.equals("account.network-identity"));
    assertThat(contents.prettify()).doesNotContain("device.camera").doesNotContain("recordings");

    // the document comes back as sent, and everything is in an intact audit chain
    byte[] document =
        as("privacy.officer")
            .accept("*/*")
            .get("/api/lawful-disclosures/" + id + "/document")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(document).isEqualTo(DOCUMENT);
    as("privacy.officer")
        .get("/api/audit-trail/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));
  }

  @Test
  @DisplayName(
      "DISC-1: the member of legal who registered a request cannot decide it; a colleague in legal does")
  void aSecondPairOfEyesDecides() throws Exception {
    AppUsers.AppUser person = AppUsers.register("CUSTOMER");
    String id =
        as("legal.counsel")
            .body(
                request(person.accountId(), "PUBLIC_SECURITY", List.of("account.network-identity")))
            .post("/api/lawful-disclosures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String task = single(taskIdsFor("legal.counsel", id));

    as("legal.counsel")
        .body(decision(true, "My own request is in order"))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(greaterThanOrEqualTo(400));
    as("legal.counsel")
        .get("/api/lawful-disclosures/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("AWAITING_REVIEW"));

    assertThat(taskIdsFor("legal.associate", id)).containsExactly(task);
    as("legal.associate")
        .body(decision(true, "Investigation letter verified with the issuing branch"))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
    as("legal.counsel")
        .get("/api/lawful-disclosures/" + id)
        .then()
        .statusCode(200)
        .body("decidedBy", equalTo("legal.associate"));

    // AUD-3: the security-risk report of the period shows it, produced from the audit trail
    String today =
        java.time.LocalDate.now(com.meike.privacy.kernel.time.WorkingDayCalendar.CHINA).toString();
    Response report =
        as("privacy.officer")
            .accept("text/markdown")
            .queryParam("from", today)
            .queryParam("to", today)
            .get("/api/risk-reports");
    report
        .then()
        .statusCode(200)
        .header("Content-Disposition", containsString("risk-report-" + today));
    assertThat(report.asString()).contains("Security-risk report", "lawful.request.registered");
    as("privacy.officer")
        .queryParam("from", today)
        .queryParam("to", "yesterday")
        .get("/api/risk-reports")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("to"));
  }

  @Test
  @DisplayName(
      "REC-9, DISC-1: a user holding a legal document receives the recording's audio itself, sealed in the package under the one-time key; the registrar cannot claim the review")
  void aLegalDocumentHolderReceivesTheAudioItself() throws Exception {
    // a visit recorded: both consent, the beautician arrives and uploads, the session ends
    AppUsers.AppUser customer = AppUsers.register("CUSTOMER");
    AppUsers.AppUser beautician = AppUsers.verifiedBeautician();
    customer
        .call()
        .body(Map.of("appVersion", "5.3.0"))
        .put("/api/me/app-version")
        .then()
        .statusCode(204);
    for (AppUsers.AppUser user : List.of(customer, beautician)) {
      user.call()
          .body(Map.of("purpose", "service.recording", "action", "GIVEN"))
          .post("/api/me/consents")
          .then()
          .statusCode(201);
    }
    String order = Orders.placeBy(customer);
    as("ops.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post("/api/orders/" + order + "/assignment")
        .then()
        .statusCode(200);
    String session =
        beautician
            .call()
            .body(Map.of("orderNumber", order, "appVersion", "5.1.0"))
            .post("/api/me/recording-sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    byte[] audio = "RIFF the visit's audio, as recorded".getBytes(StandardCharsets.UTF_8);
    io.restassured.RestAssured.given()
        .baseUri(Staff.BASE)
        .header("Authorization", "Bearer " + beautician.token())
        .contentType("audio/wav")
        .accept("application/json")
        .body(audio)
        .put("/api/me/recording-sessions/" + session + "/chunks/0")
        .then()
        .statusCode(201);
    beautician
        .call()
        .post("/api/me/recording-sessions/" + session + "/finish")
        .then()
        .statusCode(200);

    // legal registers the request of a party holding a court's investigation order
    Map<String, Object> body =
        request(customer.accountId(), "LEGAL_DOCUMENT_HOLDER", List.of("service.recording"));
    body.put("recordingOrderNumber", order);
    String id =
        as("legal.counsel")
            .body(body)
            .post("/api/lawful-disclosures")
            .then()
            .statusCode(201)
            .body("state", equalTo("AWAITING_REVIEW"))
            .extract()
            .jsonPath()
            .getString("id");

    // DISC-1 at claim time: the registrar cannot even claim the review; a colleague does
    String task = single(taskIdsFor("legal.associate", id));
    as("legal.counsel")
        .body(Map.of("userId", "legal.counsel"))
        .post("/engine-rest/task/" + task + "/claim")
        .then()
        .statusCode(greaterThanOrEqualTo(400))
        .body(containsString("DISC-1"));
    as("legal.associate")
        .body(Map.of("userId", "legal.associate"))
        .post("/engine-rest/task/" + task + "/claim")
        .then()
        .statusCode(204);
    as("legal.associate")
        .body(decision(true, "Investigation order of the court verified"))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
    as("legal.counsel")
        .get("/api/lawful-disclosures/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("PACKAGED"))
        .body("audioDisclosed", equalTo(true));

    // the package is ciphertext; the one-time key opens the audio itself
    byte[] ciphertext =
        as("legal.counsel")
            .accept("application/octet-stream")
            .get("/api/lawful-disclosures/" + id + "/package")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("RIFF");
    String key =
        as("legal.counsel")
            .post("/api/lawful-disclosures/" + id + "/key-handover")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("keyBase64");
    JsonPath contents =
        new JsonPath(
            new String(
                decrypt(Base64.getDecoder().decode(key), ciphertext), StandardCharsets.UTF_8));
    assertThat(contents.getString("data.recordings.disclosedAs")).startsWith("audio");
    assertThat(
            Base64.getDecoder().decode(contents.getString("data.recordings.items[0].audioBase64")))
        .isEqualTo(audio);
  }

  @Test
  @DisplayName(
      "REC-9, DISC-2: sharing a recording with a recipient the person chose, and a public disclosure without a compulsory order, pass only on the person's separate consent, reviewed in the consent branch")
  void theConsentBranch() throws Exception {
    AppUsers.AppUser person = AppUsers.register("CUSTOMER");
    person.call().body(Map.of()).post("/api/me/policy-acceptance").then().statusCode(201);
    String order = Orders.placeBy(person);
    Map<String, Object> sharing =
        request(person.accountId(), "CONSENTED_RECIPIENT", List.of("service.recording"));
    sharing.put("recordingOrderNumber", order);
    sharing.put("documentKind", "CONSENT_LETTER");
    sharing.put("authorityName", "王律师（客户委托）");

    // without the person's consent: refused at once, nobody reviews it
    JsonPath refused =
        as("privacy.officer")
            .body(sharing)
            .post("/api/lawful-disclosures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(refused.getString("state")).isEqualTo("REFUSED");
    assertThat(refused.getString("decisionReason")).contains("service.recording.sharing");
    assertThat(taskIdsFor("legal.counsel", refused.getString("id"))).isEmpty();

    // the person consents in the app: the consent branch's task, for legal
    person
        .call()
        .body(Map.of("purpose", "service.recording.sharing", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    JsonPath registered =
        as("privacy.officer")
            .body(sharing)
            .post("/api/lawful-disclosures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(registered.getString("state")).isEqualTo("AWAITING_REVIEW");
    assertThat(registered.getString("ground")).isEqualTo("SEPARATE_CONSENT");
    String task = single(taskIdsFor("legal.counsel", registered.getString("id")));
    as("legal.counsel")
        .get("/engine-rest/task/" + task)
        .then()
        .statusCode(200)
        .body("taskDefinitionKey", equalTo("UserTask_LegalChecksConsent"));
    as("legal.counsel")
        .get("/engine-rest/task/" + task + "/form-variables")
        .then()
        .statusCode(200)
        .body("consentState.value", containsString("service.recording.sharing#"));

    // the person withdraws before legal approves: approved, but nothing is packaged
    person
        .call()
        .body(Map.of("purpose", "service.recording.sharing", "action", "WITHDRAWN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    as("legal.counsel")
        .body(decision(true, "The consent letter matches the ledger"))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
    as("legal.counsel")
        .get("/api/lawful-disclosures/" + registered.getString("id"))
        .then()
        .statusCode(200)
        .body("state", equalTo("REFUSED"))
        .body("packageSha256", org.hamcrest.Matchers.nullValue());

    // DISC-2: a public disclosure without a compulsory order, on the person's separate explicit
    // consent
    Map<String, Object> publicly =
        request(person.accountId(), "REGULATOR", List.of("profile.basic"));
    publicly.put("publicDisclosure", true);
    assertThat(
            as("privacy.officer")
                .body(publicly)
                .post("/api/lawful-disclosures")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("state"))
        .isEqualTo("REFUSED");
    person
        .call()
        .body(Map.of("purpose", "disclosure.public", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    as("privacy.officer")
        .body(publicly)
        .post("/api/lawful-disclosures")
        .then()
        .statusCode(201)
        .body("state", equalTo("AWAITING_REVIEW"))
        .body("ground", equalTo("SEPARATE_CONSENT"))
        .body("consentEntries", startsWith("disclosure.public#"));
  }

  @Test
  void aForeignRequestWithoutPrcApprovalIsRefusedWithoutReview() throws Exception {
    AppUsers.AppUser person = AppUsers.register("CUSTOMER");

    JsonPath refused =
        as("legal.counsel")
            .body(
                request(
                    person.accountId(), "FOREIGN_AUTHORITY", List.of("account.network-identity")))
            .post("/api/lawful-disclosures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();

    assertThat(refused.getString("state")).isEqualTo("REFUSED");
    assertThat(refused.getString("decisionReason")).contains("DISC-1a");
    assertThat(taskIdsFor("legal.counsel", refused.getString("id"))).isEmpty();
    as("legal.counsel")
        .get("/api/lawful-disclosures")
        .then()
        .statusCode(200)
        .body("id", hasItem(refused.getString("id")));
  }

  @Test
  void badRequestsAreRefusedNamingTheFieldAndOnlyLegalAndThePrivacyOfficeRegister()
      throws Exception {
    AppUsers.AppUser person = AppUsers.register("CUSTOMER");
    Map<String, Object> unknownField =
        new HashMap<>(request(person.accountId(), "COURT", List.of("profile.basic")));
    unknownField.put("urgency", "high");
    as("legal.counsel")
        .body(unknownField)
        .post("/api/lawful-disclosures")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("urgency"));
    Map<String, Object> noDocument =
        new HashMap<>(request(person.accountId(), "COURT", List.of("profile.basic")));
    noDocument.remove("document");
    as("legal.counsel")
        .body(noDocument)
        .post("/api/lawful-disclosures")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("document"));
    as("legal.counsel")
        .body(request(person.accountId(), "COURT", List.of("no.such.purpose")))
        .post("/api/lawful-disclosures")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("scope"));
    as("legal.counsel")
        .body(request("u-nobody-" + System.nanoTime(), "COURT", List.of("profile.basic")))
        .post("/api/lawful-disclosures")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("subject"));
    as("cs.agent")
        .body(request(person.accountId(), "COURT", List.of("profile.basic")))
        .post("/api/lawful-disclosures")
        .then()
        .statusCode(403);
  }

  /**
   * Issue 13: {@code register} relies on the Bean Validation constraints of its interface alone for
   * the typed ids, so the server must run them (it did not: the EJB was never intercepted). A
   * malformed subject is refused with the kernel's sentence, and a malformed order number is
   * refused under the request's own field, before recording's legal hold ever reads it.
   */
  @Test
  @DisplayName("DISC-1: malformed ids are refused by the service interface's constraints (400)")
  void malformedIdsAreRefusedByTheServiceInterfacesConstraints() throws Exception {
    as("legal.counsel")
        .body(request("bad!id", "COURT", List.of("profile.basic")))
        .post("/api/lawful-disclosures")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("subject"))
        .body("errors.message", hasItem(SubjectId.MESSAGE));
    AppUsers.AppUser person = AppUsers.register("CUSTOMER");
    Map<String, Object> body =
        request(person.accountId(), "LEGAL_DOCUMENT_HOLDER", List.of("service.recording"));
    body.put("recordingOrderNumber", "MK2026");
    as("legal.counsel")
        .body(body)
        .post("/api/lawful-disclosures")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("recordingOrderNumber"))
        .body("errors.message", hasItem(OrderNumber.MESSAGE));
  }

  @Test
  void aMergerBindsTheNewHolderOrMarksPeopleForReconsent() throws Exception {
    AppUsers.AppUser person = AppUsers.register("CUSTOMER");
    person.call().body(Map.of()).post("/api/me/policy-acceptance").then().statusCode(201);
    person
        .call()
        .body(Map.of("purpose", "device.voice-shopping", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);

    as("privacy.officer")
        .body(
            Map.of(
                "kind",
                "MERGER",
                "newHolder",
                "Meike & Co.",
                "transferDate",
                "2026-12-01",
                "scope",
                List.of("device.voice-shopping"),
                "outcome",
                "BOUND_TO_CURRENT_POLICY"))
        .post("/api/data-holder-transfers")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("commitmentReference"));
    as("privacy.officer")
        .body(
            Map.of(
                "kind",
                "MERGER",
                "newHolder",
                "Meike & Co.",
                "transferDate",
                "2026-12-01",
                "scope",
                List.of("device.voice-shopping"),
                "outcome",
                "BOUND_TO_CURRENT_POLICY",
                "commitmentReference",
                "Undertaking 2026-17"))
        .post("/api/data-holder-transfers")
        .then()
        .statusCode(201)
        .body("peopleMarked", equalTo(0));
    as("privacy.officer")
        .get("/api/consent-checks?subject=" + person.accountId() + "&purpose=device.voice-shopping")
        .then()
        .statusCode(200)
        .body("allowed", equalTo(true));

    JsonPath marked =
        as("privacy.officer")
            .body(
                Map.of(
                    "kind",
                    "ACQUISITION",
                    "newHolder",
                    "Huamei Holdings Ltd.",
                    "transferDate",
                    "2026-12-01",
                    "scope",
                    List.of("device.voice-shopping"),
                    "outcome",
                    "REQUIRES_RECONSENT"))
            .post("/api/data-holder-transfers")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(marked.getInt("peopleMarked")).isGreaterThanOrEqualTo(1);
    as("privacy.officer")
        .get("/api/consent-checks?subject=" + person.accountId() + "&purpose=device.voice-shopping")
        .then()
        .statusCode(200)
        .body("allowed", equalTo(false))
        .body("reason", equalTo("RECONSENT_REQUIRED"));
    as("legal.counsel")
        .get("/api/data-holder-transfers")
        .then()
        .statusCode(200)
        .body("id", hasItem(marked.getString("id")));
    as("ops.agent").get("/api/data-holder-transfers").then().statusCode(403);
    as("legal.counsel")
        .body(Map.of("kind", "MERGER"))
        .post("/api/data-holder-transfers")
        .then()
        .statusCode(403)
        .contentType(containsString("problem+json"));
  }

  static Map<String, Object> request(String subject, String authority, List<String> scope) {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", subject);
    body.put("authorityKind", authority);
    body.put("authorityName", "上海市公安局徐汇分局");
    body.put("documentKind", "INVESTIGATION_LETTER");
    body.put("documentNumber", "沪公(徐)调字[2026]0815号");
    body.put("issuingBody", "上海市公安局徐汇分局");
    body.put("documentDate", "2026-11-20");
    body.put("scope", scope);
    body.put(
        "document",
        Map.of(
            "fileName",
            "letter.pdf",
            "mediaType",
            "application/pdf",
            "contentBase64",
            Base64.getEncoder().encodeToString(DOCUMENT)));
    return body;
  }

  static Map<String, Object> decision(boolean approved, String reason) {
    return Map.of(
        "variables",
        Map.of(
            "legalApproved", Map.of("value", approved, "type", "Boolean"),
            "legalReason", Map.of("value", reason, "type", "String")));
  }

  static List<String> taskIdsFor(String user, String requestId) {
    return as(user)
        .queryParam("processInstanceBusinessKey", requestId)
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

  /** What the authority does with the key: AES-256-GCM, IV (12 bytes) first, tag last. */
  static byte[] decrypt(byte[] key, byte[] sealed) throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(key, "AES"),
        new GCMParameterSpec(128, sealed, 0, 12));
    return cipher.doFinal(sealed, 12, sealed.length - 12);
  }
}
