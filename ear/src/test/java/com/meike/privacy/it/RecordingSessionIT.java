package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.it.AppUsers.AppUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * REC-1..4, REC-10 through the deployed EAR: the assigned beautician's arrival opens a recording
 * session when both parties consented (or the customer's consent is implied on site), audio is
 * uploaded in resumable chunks and sealed, an approved grant plays back the exact bytes, and the
 * parties can retrieve nothing — every refusal answered and the probes audited; once its retention
 * ends the sweep destroys it, unless a legal hold covers it. The server runs with recording on in
 * Shanghai, {@code meike.recording.stop-after=PT0S}, {@code meike.recording.retention=PT1S} and a
 * sweep every two seconds (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecordingSessionIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void fromArrivalThroughUploadAndApprovalToPlaybackOfTheExactBytesAndDestructionAfterRetention()
      throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    AppUser otherBeautician = AppUsers.verifiedBeautician();
    customer
        .call()
        .body(Map.of("appVersion", "5.3.0"))
        .put("/api/me/app-version")
        .then()
        .statusCode(204);
    consentToRecording(customer);
    consentToRecording(beautician);
    String order = assignedOrder(customer, beautician, "Shanghai");
    // a complaint holds the order's recordings: their (short) retention passes, they stay
    String hold = placeHold(order);

    // only the assigned beautician opens the session
    customer.call().body(arrival(order)).post("/api/me/recording-sessions").then().statusCode(403);
    otherBeautician
        .call()
        .body(arrival(order))
        .post("/api/me/recording-sessions")
        .then()
        .statusCode(403);
    JsonPath session =
        beautician
            .call()
            .body(arrival(order))
            .post("/api/me/recording-sessions")
            .then()
            .statusCode(201)
            .body("state", equalTo("RECORDING"))
            .body("customerConsent", equalTo("LEDGER"))
            .extract()
            .jsonPath();
    String id = session.getString("id");
    int segment = session.getInt("segmentSize");
    int max = session.getInt("maxChunkBytes");
    // arriving again while it records opens nothing: the same session, 200
    beautician
        .call()
        .body(arrival(order))
        .post("/api/me/recording-sessions")
        .then()
        .statusCode(200)
        .body("id", equalTo(id));

    // resumable upload: a retry is stored once, a gap is refused naming the expected chunk
    byte[] first = random(2 * segment);
    byte[] last = random(1000);
    chunk(beautician, id, 0, first, "application/octet-stream")
        .then()
        .statusCode(201)
        .body("stored", equalTo(true));
    chunk(beautician, id, 0, first, "application/octet-stream")
        .then()
        .statusCode(200)
        .body("stored", equalTo(false));
    chunk(beautician, id, 0, random(2 * segment), "application/octet-stream")
        .then()
        .statusCode(409)
        .body("detail", equalTo("chunk 0 was already stored with different content"));
    chunk(beautician, id, 2, last, "audio/wav")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"));
    beautician
        .call()
        .get("/api/me/recording-sessions/" + id)
        .then()
        .statusCode(200)
        .body("expectedChunk", equalTo(1));
    chunk(beautician, id, 1, last, "text/plain").then().statusCode(415);
    chunk(beautician, id, 1, new byte[max + 1], "audio/wav").then().statusCode(413);
    chunk(otherBeautician, id, 1, last, "audio/wav").then().statusCode(404);
    chunk(customer, id, 1, last, "audio/wav").then().statusCode(403);
    chunk(beautician, id, 1, last, "audio/wav")
        .then()
        .statusCode(201)
        .body("session.sealed", equalTo(true));
    beautician
        .call()
        .post("/api/me/recording-sessions/" + id + "/finish")
        .then()
        .statusCode(200)
        .body("state", equalTo("STOPPED"))
        .body("stopReason", equalTo("FINISHED"));
    chunk(beautician, id, 2, last, "audio/wav").then().statusCode(409);

    // REC-4: the parties retrieve nothing, and trying is audited
    long before = auditEntries();
    customer
        .call()
        .get("/api/recording-access-grants/any/recordings/" + id + "/audio")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    beautician.call().get("/api/me/recording-sessions/" + id + "/audio").then().statusCode(404);
    beautician.call().get("/api/recordings/" + id).then().statusCode(404);
    assertThat(auditEntries()).isGreaterThanOrEqualTo(before + 3);

    // a second order's recording, held by a complaint that is never released
    String keptOrder = assignedOrder(customer, beautician, "Shanghai");
    placeHold(keptOrder);
    JsonPath kept =
        beautician
            .call()
            .body(arrival(keptOrder))
            .post("/api/me/recording-sessions")
            .then()
            .statusCode(201)
            .body("state", equalTo("RECORDING"))
            .extract()
            .jsonPath();
    byte[] keptAudio = random(100);
    chunk(beautician, kept.getString("id"), 0, keptAudio, "audio/wav").then().statusCode(201);
    beautician
        .call()
        .post("/api/me/recording-sessions/" + kept.getString("id") + "/finish")
        .then()
        .statusCode(200);

    // staff apply, both heads approve, and the grant plays the exact bytes
    String grant = approvedGrant(order);
    as("ops.agent")
        .get("/api/recording-access-grants/" + grant + "/recordings")
        .then()
        .statusCode(200)
        .body("id", hasItem(id))
        .body("find { it.id == '" + id + "' }.status", equalTo("ENDED"))
        .body("find { it.id == '" + id + "' }.held", equalTo(true));
    byte[] played =
        as("ops.agent")
            .accept("application/octet-stream")
            .get("/api/recording-access-grants/" + grant + "/recordings/" + id + "/audio")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(played).isEqualTo(concat(first, last));
    byte[] slice =
        as("ops.agent")
            .accept("application/octet-stream")
            .header("Range", "bytes=" + (segment - 10) + "-" + (segment + 9))
            .get("/api/recording-access-grants/" + grant + "/recordings/" + id + "/audio")
            .then()
            .statusCode(206)
            .extract()
            .asByteArray();
    assertThat(slice).isEqualTo(Arrays.copyOfRange(first, segment - 10, segment + 10));
    customer
        .call()
        .accept("application/octet-stream")
        .get("/api/recording-access-grants/" + grant + "/recordings/" + id + "/audio")
        .then()
        .statusCode(403);

    // REC-5: the hold is released, retention has long passed: the next sweep destroys the recording
    // (data key first, then audio), and the grant's holder is told so
    as("legal.counsel")
        .post("/api/recording-legal-holds/" + hold + "/release")
        .then()
        .statusCode(200);
    awaitDestruction(grant, id)
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("detail", startsWith("the recording was destroyed when its retention ended"));
    // the sweep records the batch destroyed in its own transaction after removing key and audio
    PartnerOutboundIT.eventually(
        "the recording is recorded DESTROYED",
        () ->
            "DESTROYED"
                .equals(
                    as("ops.agent")
                        .get("/api/recording-access-grants/" + grant + "/recordings")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("find { it.id == '" + id + "' }.status")));

    // REC-6: the held recording, ended before that sweep, is still there and plays
    String keptGrant = approvedGrant(keptOrder);
    as("ops.agent")
        .get("/api/recording-access-grants/" + keptGrant + "/recordings")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + kept.getString("id") + "' }.status", equalTo("ENDED"))
        .body("find { it.id == '" + kept.getString("id") + "' }.held", equalTo(true));
    byte[] keptPlayed =
        as("ops.agent")
            .accept("application/octet-stream")
            .get(
                "/api/recording-access-grants/"
                    + keptGrant
                    + "/recordings/"
                    + kept.getString("id")
                    + "/audio")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(keptPlayed).isEqualTo(keptAudio);

    as("privacy.officer")
        .get("/api/audit-trail/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));
  }

  @Test
  void sessionsThatMayNotRecordKeepTheirReasonAndARecordingEndsWithTheService() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    customer
        .call()
        .body(Map.of("appVersion", "5.3.0"))
        .put("/api/me/app-version")
        .then()
        .statusCode(204);
    consentToRecording(beautician);

    // not in a city with recording on
    String elsewhere = assignedOrder(customer, beautician, "Lhasa");
    beautician
        .call()
        .body(arrival(elsewhere))
        .post("/api/me/recording-sessions")
        .then()
        .statusCode(201)
        .body("state", equalTo("NOT_STARTED"))
        .body("notStartedReason", equalTo("RECORDING_OFF_IN_CITY"));

    // the customer never consented: no recording, unless told on site without objecting
    String order = assignedOrder(customer, beautician, "Shanghai");
    String refused =
        beautician
            .call()
            .body(arrival(order))
            .post("/api/me/recording-sessions")
            .then()
            .statusCode(201)
            .body("state", equalTo("NOT_STARTED"))
            .body("notStartedReason", equalTo("CUSTOMER_NO_CONSENT"))
            .extract()
            .jsonPath()
            .getString("id");
    chunk(beautician, refused, 0, random(10), "audio/wav").then().statusCode(409);
    String toldAt = Instant.now().minusSeconds(120).toString();
    JsonPath implied =
        beautician
            .call()
            .body(Map.of("orderNumber", order, "appVersion", "5.1", "impliedConsentToldAt", toldAt))
            .post("/api/me/recording-sessions")
            .then()
            .statusCode(201)
            .body("state", equalTo("RECORDING"))
            .body("customerConsent", equalTo("IMPLIED"))
            .body("impliedConsentToldBy", equalTo(beautician.accountId()))
            .extract()
            .jsonPath();
    String id = implied.getString("id");
    chunk(beautician, id, 0, random(implied.getInt("segmentSize")), "audio/ogg")
        .then()
        .statusCode(201);

    // the service ends: the session stops (stop-after is PT0S here) and takes no more audio
    as("ops.agent").post("/api/orders/" + order + "/completion").then().statusCode(200);
    chunk(beautician, id, 1, random(10), "audio/ogg").then().statusCode(409);
    beautician
        .call()
        .get("/api/me/recording-sessions/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("STOPPED"))
        .body("stopReason", equalTo("SERVICE_ENDED"))
        .body("sealed", equalTo(true));

    // a failure is a state with its cause
    String third = assignedOrder(customer, beautician, "Shanghai");
    String failing =
        beautician
            .call()
            .body(
                Map.of(
                    "orderNumber",
                    third,
                    "appVersion",
                    "5.1",
                    "impliedConsentToldAt",
                    Instant.now().toString()))
            .post("/api/me/recording-sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    beautician
        .call()
        .body(Map.of("cause", "WEATHER"))
        .post("/api/me/recording-sessions/" + failing + "/failure")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("cause"));
    beautician
        .call()
        .body(Map.of("cause", "NETWORK"))
        .post("/api/me/recording-sessions/" + failing + "/failure")
        .then()
        .statusCode(200)
        .body("state", equalTo("FAILED"))
        .body("failureCause", equalTo("NETWORK"));

    // bad input names its field
    beautician
        .call()
        .body(Map.of("orderNumber", order, "appVersion", "latest"))
        .post("/api/me/recording-sessions")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("appVersion"));
    beautician
        .call()
        .body(Map.of("orderNumber", third, "appVersion", "5.1", "mood", "good"))
        .post("/api/me/recording-sessions")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("mood"));
    beautician.call().get("/api/me/recording-sessions/no-such-session").then().statusCode(404);
  }

  private static String placeHold(String order) {
    return as("cs.agent")
        .body(Map.of("orderNumber", order, "reason", "Customer complaint about the visit"))
        .post("/api/recording-legal-holds")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /** ops.agent applies for the order's recordings, both heads approve: the grant's id. */
  private static String approvedGrant(String order) {
    String application = RecordingAccessApprovalIT.apply("ops.agent", order);
    String step1 =
        RecordingAccessApprovalIT.single(
            RecordingAccessApprovalIT.taskIdsFor("ops.head", application));
    as("ops.head")
        .body(RecordingAccessApprovalIT.decision("departmentHead", true, "Dispute about the visit"))
        .post("/engine-rest/task/" + step1 + "/complete")
        .then()
        .statusCode(204);
    String step2 =
        RecordingAccessApprovalIT.single(
            RecordingAccessApprovalIT.taskIdsFor("sec.head", application));
    as("sec.head")
        .body(RecordingAccessApprovalIT.decision("securityHead", true, "Approved"))
        .post("/engine-rest/task/" + step2 + "/complete")
        .then()
        .statusCode(204);
    return as("ops.agent")
        .get("/api/recording-access-requests/" + application)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("grantId");
  }

  /** Playback of the recording once the sweep destroyed it (or its last answer after a minute). */
  private static Response awaitDestruction(String grant, String recording)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      Response playback =
          as("ops.agent")
              .get("/api/recording-access-grants/" + grant + "/recordings/" + recording + "/audio");
      if (playback.statusCode() != 200 || System.nanoTime() > deadline) {
        return playback;
      }
      Thread.sleep(500);
    }
  }

  private static void consentToRecording(AppUser user) {
    user.call()
        .body(Map.of("purpose", "service.recording", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
  }

  private static String assignedOrder(AppUser customer, AppUser beautician, String city) {
    String number =
        customer
            .call()
            .body(
                Map.of(
                    "serviceAddress",
                    "Room 5, 12 Xinhua Rd",
                    "contactName",
                    "Li Na",
                    "contactPhone",
                    "+8613812345678",
                    "items",
                    List.of("facial"),
                    "amount",
                    268.00,
                    "city",
                    city))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("orderNumber");
    as("ops.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post("/api/orders/" + number + "/assignment")
        .then()
        .statusCode(200);
    return number;
  }

  private static Map<String, String> arrival(String order) {
    return Map.of("orderNumber", order, "appVersion", "5.1.0");
  }

  private static Response chunk(
      AppUser user, String session, int index, byte[] audio, String type) {
    RequestSpecification request =
        given()
            .baseUri(Staff.BASE)
            .header("Authorization", "Bearer " + user.token())
            .contentType(type)
            .accept("application/json")
            .body(audio);
    return request.put("/api/me/recording-sessions/" + session + "/chunks/" + index);
  }

  /** Entries in the audit trail: those chained and those the chainer has yet to link. */
  private static long auditEntries() {
    JsonPath verification =
        as("privacy.officer")
            .get("/api/audit-trail/verification")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return verification.getLong("entriesChecked") + verification.getLong("unchainedEntries");
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
