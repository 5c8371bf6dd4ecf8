package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.meike.privacy.it.AppUsers.AppUser;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
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
 * SHUT-1 across the boundaries: the API starts {@code shutdown-data-disposal}, the privacy officer
 * approves in the engine's task, and from that moment the collecting paths of other contexts refuse
 * — a recording session in the shut-down city (recording), a new consent to a shut-down feature's
 * purpose (consent ledger) — naming the service and the date, while the same collection elsewhere
 * goes on. The database outlives a run, so a second run finds the shutdowns already under way (409)
 * and checks the refusals again. Services used here are used by no other test: Hangzhou's recording
 * (recording is on only in Shanghai in the test configuration), face login and Nanjing's home-visit
 * service (orders, payments and reviews there; no other test places orders in Nanjing).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("SHUT-1")
class ShutdownIT {

  static final String KEY = "shutdown-data-disposal";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  @DisplayName(
      "SHUT-1: a shutdown asks for the privacy officer or the head of operations, a registered service and a date 30 working days ahead")
  void requestIsChecked() {
    as("ops.agent")
        .body(Map.of("service", "recording.hangzhou", "shutdownDate", farEnough(), "reason", "x"))
        .post("/api/shutdowns")
        .then()
        .statusCode(403);
    as("privacy.officer")
        .body(
            Map.of(
                "service",
                "recording.hangzhou",
                "shutdownDate",
                today().plusDays(3).toString(),
                "reason",
                "杭州停止服务录音"))
        .post("/api/shutdowns")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("shutdownDate"))
        .body("detail", containsString("30 working days"));
    as("privacy.officer")
        .body(Map.of("service", "no.such.service", "shutdownDate", farEnough(), "reason", "x"))
        .post("/api/shutdowns")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("service"));
    as("privacy.officer")
        .get("/api/shutdowns/services")
        .then()
        .statusCode(200)
        .body("code", org.hamcrest.Matchers.hasItems("recording.hangzhou", "feature.face-login"));
  }

  @Test
  @DisplayName(
      "SHUT-1: from the approval on, recording in the shut-down city and consent to the shut-down feature answer 409 naming the service and the date; elsewhere collection goes on")
  void collectionStopsOnApproval() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    AppUser earlier = AppUsers.register("CUSTOMER");

    String city =
        shutDown(
            "recording.hangzhou",
            () -> {
              // before the approval the arrival is answered (recording is off in Hangzhou in this
              // configuration)
              String order = assignedOrder(customer, beautician, "Hangzhou");
              beautician
                  .call()
                  .body(arrival(order))
                  .post("/api/me/recording-sessions")
                  .then()
                  .statusCode(201);
            });
    String face =
        shutDown(
            "feature.face-login",
            () ->
                earlier
                    .call()
                    .body(Map.of("purpose", "identity.biometric", "action", "GIVEN"))
                    .post("/api/me/consents")
                    .then()
                    .statusCode(201));

    String hangzhou = assignedOrder(customer, beautician, "Hangzhou");
    Response refused = beautician.call().body(arrival(hangzhou)).post("/api/me/recording-sessions");
    refused
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("recording.hangzhou"));
    if (city != null) {
      assertThat(refused.jsonPath().getString("detail")).contains(date(city));
      // issue 16: the people of the city's sessions are told one by one (consent knows no city)
      assertToldOfShutdown("杭州", customer, beautician);
    }
    String shanghai = assignedOrder(customer, beautician, "Shanghai");
    beautician
        .call()
        .body(arrival(shanghai))
        .post("/api/me/recording-sessions")
        .then()
        .statusCode(201);

    AppUser later = AppUsers.register("CUSTOMER");
    later
        .call()
        .body(Map.of("purpose", "identity.biometric", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("feature.face-login"));
    later
        .call()
        .body(Map.of("purpose", "device.camera", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);

    if (face != null) {
      as("privacy.officer")
          .get("/api/shutdowns/" + face)
          .then()
          .statusCode(200)
          .body("service.code", equalTo("feature.face-login"))
          .body("decidedBy", equalTo("privacy.officer"))
          .body("state", org.hamcrest.Matchers.oneOf("COLLECTION_STOPPED", "NOTIFIED"));
      as("ops.agent").get("/api/shutdowns/" + face + "/report").then().statusCode(403);
    }
  }

  @Test
  @DisplayName(
      "SHUT-1: on the shutdown date (its timer moved to now) Hangzhou's recording sessions are destroyed through the recording context, verification of every store (tables, sealed files, outbox, engine) shows zero, the privacy officer signs off; Shanghai's session stays")
  void cityDisposedOnTheDate() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    String[] hangzhouSession = new String[1];
    String created =
        shutDown(
            "recording.hangzhou",
            () -> {
              String order = assignedOrder(customer, beautician, "Hangzhou");
              hangzhouSession[0] =
                  beautician
                      .call()
                      .body(arrival(order))
                      .post("/api/me/recording-sessions")
                      .then()
                      .statusCode(201)
                      .extract()
                      .jsonPath()
                      .getString("id");
            });
    String id = created != null ? created : shutdownOf("recording.hangzhou");
    if (created != null) {
      // issue 16: the notices go to the people the disposal will concern — the city's sessions
      assertToldOfShutdown("杭州", customer, beautician);
    }
    String shanghai = assignedOrder(customer, beautician, "Shanghai");
    String shanghaiSession =
        beautician
            .call()
            .body(arrival(shanghai))
            .post("/api/me/recording-sessions")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");

    if (!"VERIFIED".equals(stateOf(id))) {
      disposeOnTheDate(
          id,
          "recording",
          () -> {
            if (hangzhouSession[0] != null) {
              beautician
                  .call()
                  .get("/api/me/recording-sessions/" + hangzhouSession[0])
                  .then()
                  .statusCode(404);
            }
          });
    }
    as("privacy.officer")
        .get("/api/shutdowns/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("VERIFIED"))
        .body("peopleAfter", equalTo(0));
    beautician.call().get("/api/me/recording-sessions/" + shanghaiSession).then().statusCode(200);
  }

  @Test
  @DisplayName(
      "SHUT-1: Nanjing's home-visit service: from the approval on, an order, a payment and a review there answer 409 naming the service and the date while Shanghai goes on; its customers are told; on the date (timer moved to now) the order context anonymises Nanjing's orders, verification shows zero, the privacy officer signs off")
  void homeVisitCityShutDown() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    String[] active = new String[1];
    String[] completed = new String[1];
    String created =
        shutDown(
            "home-visit.nanjing",
            () -> {
              active[0] = assignedOrder(customer, beautician, "Nanjing");
              completed[0] = assignedOrder(customer, beautician, "Nanjing");
              beautician
                  .call()
                  .post("/api/orders/" + completed[0] + "/completion")
                  .then()
                  .statusCode(200);
            });
    String id = created != null ? created : shutdownOf("home-visit.nanjing");
    String date = date(id);

    Response order = customer.call().body(Orders.requestIn(" nanjing ")).post("/api/orders");
    refusedFor(order, "home-visit.nanjing", date);
    if (created != null) {
      // the kinds of collection of a city's home-visit service: orders, payments, reviews (consent
      // is not per city: it stays open for the purposes other cities still use)
      refusedFor(
          customer
              .call()
              .body(Map.of("provider", "alipay"))
              .post("/api/me/orders/" + active[0] + "/payment"),
          "home-visit.nanjing",
          date);
      refusedFor(
          customer
              .call()
              .body(Map.of("rating", 5, "text", "准时 On time"))
              .post("/api/me/orders/" + completed[0] + "/review"),
          "home-visit.nanjing",
          date);
      // issue 16: the city's customers are told (payment data: by SMS as well)
      assertToldOfShutdown("南京", customer);
    }
    String shanghai = assignedOrder(customer, beautician, "Shanghai");

    if (!"VERIFIED".equals(stateOf(id))) {
      disposeOnTheDate(
          id,
          "order",
          () ->
              assertThat(
                      customer
                          .call()
                          .get("/api/me/orders")
                          .then()
                          .statusCode(200)
                          .extract()
                          .jsonPath()
                          .<String>getList("orderNumber"))
                  .as("Nanjing's orders no longer name their customer; Shanghai's order stays")
                  .contains(shanghai)
                  .doesNotContain(active[0], completed[0]));
    }
    as("privacy.officer")
        .get("/api/shutdowns/" + id)
        .then()
        .statusCode(200)
        .body("state", equalTo("VERIFIED"))
        .body("peopleAfter", equalTo(0));
    refusedFor(
        customer.call().body(Orders.requestIn("Nanjing")).post("/api/orders"),
        "home-visit.nanjing",
        date);
  }

  private static void refusedFor(Response refused, String service, String date) {
    refused
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(service))
        .body("detail", containsString(date));
  }

  /**
   * The shutdown date reached: moves the process's date timer to now (the notices go out as jobs
   * first), waits for the sign-off task, checks the report — clean, nobody left, {@code context}'s
   * stores and the engine's asked and zero, {@code context} deleted or anonymised something — runs
   * {@code afterDisposal}, and signs off as the privacy officer.
   */
  static void disposeOnTheDate(String id, String context, Runnable afterDisposal) {
    String timer = awaitJob(id, "Event_ShutdownDate");
    if (timer != null) {
      as("admin")
          .body(
              Map.of(
                  "duedate",
                  java.time.OffsetDateTime.now()
                      .minusMinutes(1)
                      .format(
                          java.time.format.DateTimeFormatter.ofPattern(
                              "yyyy-MM-dd'T'HH:mm:ss.SSSZ"))))
          .put("/engine-rest/job/" + timer + "/duedate")
          .then()
          .statusCode(204);
    }
    String signOff = awaitTask(id, "UserTask_SignOff");
    Response report = as("privacy.officer").get("/api/shutdowns/" + id + "/report");
    report.then().statusCode(200).body("clean", equalTo(true)).body("peopleAfter", equalTo(0));
    List<Map<String, Object>> lines = report.jsonPath().getList("remaining");
    assertThat(lines)
        .as("the " + context + " context's stores and the engine's tables were asked")
        .extracting(l -> l.get("context"))
        .contains(context, "engine");
    assertThat(lines).allSatisfy(l -> assertThat(((Number) l.get("left")).longValue()).isZero());
    List<Map<String, Object>> contexts = report.jsonPath().getList("contexts");
    assertThat(contexts)
        .as(
            "what the service held before the approval was disposed of by the "
                + context
                + " context")
        .filteredOn(c -> context.equals(c.get("context")))
        .singleElement()
        .satisfies(
            c ->
                assertThat(
                        ((Number) c.get("deleted")).longValue()
                            + ((Number) c.get("anonymised")).longValue())
                    .as("deleted or anonymised (orders keep their transaction record)")
                    .isPositive());
    afterDisposal.run();
    claimAndComplete(
        signOff,
        Map.of(
            "signOffComment", Map.of("value", "已核对各存储计数 Checked every store", "type", "String")));
  }

  /**
   * Each of {@code people} receives exactly one notice of the shutdown (template {@code
   * service-shutdown}) on the SMS partner's queue — they have no push device — read with the
   * reference partner client; the service it names contains {@code city} (its Chinese name).
   */
  static void assertToldOfShutdown(String city, AppUser... people) {
    Map<String, String> told = new java.util.HashMap<>();
    java.util.Set<String> phones =
        java.util.Arrays.stream(people)
            .map(AppUser::phone)
            .collect(java.util.stream.Collectors.toSet());
    try (com.meike.privacy.partnerclient.PartnerClient sms =
        com.meike.privacy.partnerclient.PartnerClient.connect(
            com.meike.privacy.partnerclient.PartnerClient.DEFAULT_URL, "sms", "demo")) {
      while (told.size() < phones.size()) {
        com.meike.privacy.partnerclient.PartnerClient.Received received =
            sms.receiveUntil(
                m ->
                    m.json() != null
                        && m.json().getJsonObject("payload") != null
                        && "service-shutdown"
                            .equals(m.json().getJsonObject("payload").getString("template", null))
                        && phones.contains(
                            m.json().getJsonObject("payload").getString("phone", null)),
                java.time.Duration.ofSeconds(90));
        io.restassured.path.json.JsonPath message =
            io.restassured.path.json.JsonPath.from(received.text());
        assertThat(told.put(message.getString("payload.phone"), received.messageId()))
            .as("one notice per person")
            .isNull();
        assertThat(message.getString("payload.params.service")).contains(city);
      }
    } catch (Exception e) {
      throw new AssertionError(
          "the people of the city's sessions were not told: " + e.getMessage(), e);
    }
  }

  /**
   * The id of the service's shutdown (the process's business key), started by this or an earlier
   * run.
   */
  static String shutdownOf(String service) {
    List<String> keys =
        as("admin")
            .queryParam("processDefinitionKey", KEY)
            .queryParam("variables", "serviceCode_eq_" + service)
            .get("/engine-rest/history/process-instance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("businessKey");
    assertThat(keys).as("a shutdown of " + service).isNotEmpty();
    return keys.get(0);
  }

  static String stateOf(String id) {
    return as("privacy.officer")
        .get("/api/shutdowns/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("state");
  }

  /**
   * Waits (bounded) until the process waits at {@code activity}'s job; null when it passed it
   * already.
   */
  static String awaitJob(String shutdownId, String activity) {
    for (int i = 0; i < 120; i++) {
      List<String> instances =
          as("admin")
              .queryParam("processDefinitionKey", KEY)
              .queryParam("businessKey", shutdownId)
              .get("/engine-rest/process-instance")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      if (instances.isEmpty()) {
        return null;
      }
      List<String> jobs =
          as("admin")
              .queryParam("processInstanceId", instances.get(0))
              .queryParam("activityId", activity)
              .get("/engine-rest/job")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      if (!jobs.isEmpty()) {
        return jobs.get(0);
      }
      // NOTIFIED is still before the date: the announcement commits the state and the timer
      // together, possibly between the job query above and this read — look again
      if (!List.of("REQUESTED", "COLLECTION_STOPPED", "NOTIFIED").contains(stateOf(shutdownId))) {
        return null;
      }
      pause();
    }
    throw new AssertionError("the shutdown never reached " + activity);
  }

  static String awaitTask(String shutdownId, String taskKey) {
    for (int i = 0; i < 240; i++) {
      List<String> tasks =
          as("privacy.officer")
              .queryParam("processInstanceBusinessKey", shutdownId)
              .queryParam("taskDefinitionKey", taskKey)
              .get("/engine-rest/task")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      if (!tasks.isEmpty()) {
        return tasks.get(0);
      }
      pause();
    }
    throw new AssertionError(
        "no task "
            + taskKey
            + " for shutdown "
            + shutdownId
            + " (state "
            + stateOf(shutdownId)
            + ")");
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Requests the shutdown (as the head of operations) and has the privacy officer approve it in the
   * engine; {@code before} runs between request and approval on the first run. Returns the id, or
   * null when an earlier run already shut the service down.
   */
  static String shutDown(String service, Runnable before) {
    Response created =
        as("ops.head")
            .body(
                Map.of(
                    "service",
                    service,
                    "shutdownDate",
                    farEnough(),
                    "reason",
                    "停止该服务 The service stops"))
            .post("/api/shutdowns");
    if (created.statusCode() == 409) {
      approveOpenTasks();
      return null;
    }
    created.then().statusCode(201).body("state", equalTo("REQUESTED"));
    String id = created.jsonPath().getString("id");
    before.run();
    approveOpenTasks();
    return id;
  }

  static void approveOpenTasks() {
    List<String> tasks =
        as("privacy.officer")
            .queryParam("processDefinitionKey", KEY)
            .queryParam("taskDefinitionKey", "UserTask_Approve")
            .get("/engine-rest/task")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id");
    for (String task : tasks) {
      claimAndComplete(
          task,
          Map.of(
              "decision", Map.of("value", "APPROVE", "type", "String"),
              "decisionComment", Map.of("value", "同意停运 Approved", "type", "String")));
    }
  }

  /** The privacy officer claims the task and completes it with these form variables. */
  private static void claimAndComplete(String task, Map<String, Object> variables) {
    as("privacy.officer")
        .body(Map.of("userId", "privacy.officer"))
        .post("/engine-rest/task/" + task + "/claim")
        .then()
        .statusCode(204);
    as("privacy.officer")
        .body(Map.of("variables", variables))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
  }

  private static String date(String id) {
    return as("privacy.officer")
        .get("/api/shutdowns/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("shutdownDate");
  }

  private static LocalDate today() {
    return LocalDate.now(WorkingDayCalendar.CHINA);
  }

  /** Comfortably more than 30 working days, whatever holidays lie between. */
  private static String farEnough() {
    return today().plusDays(90).toString();
  }

  private static String assignedOrder(AppUser customer, AppUser beautician, String city) {
    String number =
        customer
            .call()
            .body(Orders.requestIn(city))
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
}
