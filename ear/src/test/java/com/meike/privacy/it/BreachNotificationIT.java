package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.time.WorkingDayCalendar;
import com.meike.privacy.partnerclient.PartnerClient;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
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
 * A breach end to end (INC-1, INC-2): the security team registers an incident through the API,
 * assesses and contains it in the engine, the privacy officer decides the notices with the approved
 * text; the notice campaign tells an adult who held the category and, for a child who did, the
 * guardian — both read from the SMS partner's queue with the reference partner client —, its
 * progress is visible at {@code /api/incidents/{id}/notice-campaign}, and the process carries on to
 * the close once the campaign finished.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("INC-2")
class BreachNotificationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  @DisplayName(
      "INC-1, INC-2: an incident registered, decided, its notices on the partner queue for an adult and a child's guardian, progress visible, closed")
  void anIncidentsNoticesReachAdultsAndGuardians() throws Exception {
    AppUsers.AppUser adult = AppUsers.register("CUSTOMER");
    AppUsers.AppUser child = AppUsers.register("CUSTOMER");
    AppUsers.AppUser guardian = AppUsers.register("CUSTOMER");
    for (AppUsers.AppUser person : List.of(adult, child)) {
      person
          .call()
          .body(Map.of("purpose", "device.camera", "action", "GIVEN"))
          .post("/api/me/consents")
          .then()
          .statusCode(201);
    }
    as("cs.agent")
        .body(Map.of("guardian", guardian.accountId(), "basis", "BIRTH_DATE"))
        .put("/api/subjects/" + child.accountId() + "/child-status")
        .then()
        .statusCode(200);
    Thread.sleep(1000); // the consents were held before the discovery

    String incident =
        as("sec.head")
            .body(
                Map.of(
                    "discoveredAt",
                    OffsetDateTime.now(WorkingDayCalendar.CHINA).withNano(0).toString(),
                    "description",
                    "IT: camera uploads bucket readable without authorisation",
                    "systems",
                    List.of("media-store"),
                    "categories",
                    List.of("device.camera"),
                    "estimatedPeople",
                    2,
                    "childrenAffected",
                    true,
                    "grade",
                    "GENERAL"))
            .post("/api/incidents")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    as("sec.head").get("/api/incidents/" + incident + "/notice-campaign").then().statusCode(404);
    // an uploaded list of people waits for the notices to start
    as("sec.head")
        .body(Map.of("subjects", List.of(adult.accountId())))
        .post("/api/incidents/" + incident + "/notice-campaign/people")
        .then()
        .statusCode(404);

    complete(
        "sec.head",
        incident,
        Map.of(
            "categories",
            "device.camera",
            "estimatedPeople",
            2L,
            "childrenAffected",
            true,
            "grade",
            "GENERAL"));
    complete("sec.head", incident, Map.of("measure", "撤销公开读权限 public read revoked"));
    complete(
        "privacy.officer",
        incident,
        Map.of(
            "notifyPeople",
            true,
            "announce",
            false,
            "noticeFacts",
            "相机上传存储桶曾可被公开读取",
            "noticeImpact",
            "照片可能被他人查看",
            "noticeMeasures",
            "已关闭公开访问并排查访问日志",
            "noticeAdvice",
            "留意陌生人以照片为由的联系",
            "noticeRemedies",
            "可申请删除全部上传照片"));

    // the campaign told everyone it could, and the process moved on to the close
    PartnerOutboundIT.eventually(
        "the notice campaign finished",
        () ->
            "FINISHED"
                .equals(
                    as("sec.head")
                        .get("/api/incidents/" + incident + "/notice-campaign")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getString("state")));
    JsonPath campaign =
        as("privacy.officer")
            .get("/api/incidents/" + incident + "/notice-campaign")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(campaign.getLong("selected")).isGreaterThanOrEqualTo(2);
    assertThat(campaign.getLong("sent") + campaign.getLong("unreached"))
        .isEqualTo(campaign.getLong("selected"));
    assertThat(campaign.getLong("pending")).isZero();
    assertThat(campaign.getString("stateLabel")).contains("已完成");
    as("privacy.officer")
        .post("/api/incidents/" + incident + "/notice-campaign/pause")
        .then()
        .statusCode(409);
    as("sec.head")
        .get("/api/incidents/" + incident + "/notice-campaign/unreached?limit=0")
        .then()
        .statusCode(400);
    as("ops.agent").get("/api/incidents/" + incident + "/notice-campaign").then().statusCode(403);
    // the security team's uploaded list: checked whole, refused once the notices are finished
    as("sec.head")
        .body(Map.of("subjects", List.of(adult.accountId(), "not an id")))
        .post("/api/incidents/" + incident + "/notice-campaign/people")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("subjects"));
    as("sec.head")
        .body(Map.of("subjects", List.of()))
        .post("/api/incidents/" + incident + "/notice-campaign/people")
        .then()
        .statusCode(400);
    as("sec.head")
        .body(Map.of("subjects", List.of(adult.accountId())))
        .post("/api/incidents/" + incident + "/notice-campaign/people")
        .then()
        .statusCode(409);
    as("privacy.officer")
        .body(Map.of("subjects", List.of(adult.accountId())))
        .post("/api/incidents/" + incident + "/notice-campaign/people")
        .then()
        .statusCode(403);

    Map<String, JsonPath> notices = new HashMap<>();
    try (PartnerClient sms = PartnerClient.connect(PartnerClient.DEFAULT_URL, "sms", "demo")) {
      Set<String> phones = Set.of(adult.phone(), guardian.phone());
      while (notices.size() < 2) {
        PartnerClient.Received received =
            sms.receiveUntil(
                m ->
                    m.json() != null
                        && m.json().getJsonObject("payload") != null
                        && "breach-notice"
                            .equals(m.json().getJsonObject("payload").getString("template", null))
                        && phones.contains(
                            m.json().getJsonObject("payload").getString("phone", null)),
                Duration.ofSeconds(30));
        JsonPath message = JsonPath.from(received.text());
        assertThat(notices.put(message.getString("payload.phone"), message))
            .as("one notice per person")
            .isNull();
        assertThat(received.duplicateId()).isEqualTo(received.messageId());
      }
    }
    assertThat(notices.get(adult.phone()).getString("payload.params.facts"))
        .isEqualTo("相机上传存储桶曾可被公开读取");
    assertThat(notices.get(adult.phone()).getString("payload.params.forChild")).isEmpty();
    assertThat(notices.get(guardian.phone()).getString("payload.params.forChild")).contains("未成年人");
    assertThat(notices.get(guardian.phone()).getString("payload.params.remedies"))
        .isEqualTo("可申请删除全部上传照片");

    complete(
        "privacy.officer",
        incident,
        Map.of("handling", "通知已发出 notices sent", "lessons", "存储桶默认私有 buckets private by default"));
    JsonPath closed =
        as("privacy.officer")
            .get("/api/incidents/" + incident)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getString("campaignId")).isEqualTo(campaign.getString("id"));
    assertThat(closed.getList("history.kind", String.class))
        .contains("NOTICES_STARTED", "NOTICES_FINISHED");
  }

  @Test
  @DisplayName(
      "INC-4: the grade is raised outside a task by the head of security, recorded, and never lowered")
  void theGradeIsRaisedOutsideATaskAndNeverLowered() {
    String incident =
        as("sec.head")
            .body(
                Map.of(
                    "discoveredAt",
                    OffsetDateTime.now(WorkingDayCalendar.CHINA).withNano(0).toString(),
                    "description",
                    "IT: a log file with order numbers was shared outside the company",
                    "systems",
                    List.of("logs"),
                    "categories",
                    List.of("device.camera"),
                    "estimatedPeople",
                    10,
                    "childrenAffected",
                    false,
                    "grade",
                    "GENERAL"))
            .post("/api/incidents")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    as("ops.agent")
        .body(Map.of("grade", "MAJOR"))
        .post("/api/incidents/" + incident + "/grade")
        .then()
        .statusCode(403);
    as("sec.head")
        .body(Map.of("grade", "SEVERE"))
        .post("/api/incidents/" + incident + "/grade")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("grade"));
    JsonPath raised =
        as("sec.head")
            .body(Map.of("grade", "RELATIVELY_MAJOR"))
            .post("/api/incidents/" + incident + "/grade")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(raised.getString("grade")).isEqualTo("RELATIVELY_MAJOR");
    assertThat(raised.getBoolean("reportRequired")).isTrue();
    assertThat(raised.getString("reportDueAt"))
        .as("the 4-hour clock runs from the discovery")
        .isNotNull();
    as("privacy.officer")
        .body(Map.of("grade", "GENERAL"))
        .post("/api/incidents/" + incident + "/grade")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("grade"));
    JsonPath after =
        as("privacy.officer")
            .get("/api/incidents/" + incident)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(after.getString("grade")).isEqualTo("RELATIVELY_MAJOR");
    assertThat(after.getList("history.kind", String.class)).contains("GRADE_RAISED");
  }

  /**
   * The incident's open task of {@code key} for {@code user} (engine-rest, as Tasklist reads it).
   */
  static JsonPath taskAt(String user, String incident, String key) {
    PartnerOutboundIT.eventually(
        "task " + key + " for " + user,
        () ->
            !as(user)
                .queryParam("processInstanceBusinessKey", incident)
                .queryParam("taskDefinitionKey", key)
                .get("/engine-rest/task")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id")
                .isEmpty());
    return as(user)
        .queryParam("processInstanceBusinessKey", incident)
        .queryParam("taskDefinitionKey", key)
        .get("/engine-rest/task")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  @Tag("INC-4")
  @DisplayName(
      "INC-4: a grade raised through the API after the assessment asks the privacy officer for the report to the regulator, due 4 hours after discovery, while the notices go on")
  void aGradeRaisedLaterStartsTheReport() {
    OffsetDateTime discovered = OffsetDateTime.now(WorkingDayCalendar.CHINA).withNano(0);
    String incident =
        as("sec.head")
            .body(
                Map.of(
                    "discoveredAt",
                    discovered.toString(),
                    "description",
                    "IT: an export of order addresses was mailed to the wrong partner",
                    "systems",
                    List.of("exports"),
                    "categories",
                    List.of("device.camera"),
                    "estimatedPeople",
                    5,
                    "childrenAffected",
                    false,
                    "grade",
                    "GENERAL"))
            .post("/api/incidents")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    complete(
        "sec.head",
        incident,
        Map.of(
            "categories",
            "device.camera",
            "estimatedPeople",
            5L,
            "childrenAffected",
            false,
            "grade",
            "GENERAL"));
    complete("sec.head", incident, Map.of("measure", "召回邮件 mail recalled"));
    taskAt("privacy.officer", incident, "UserTask_DecideNotices");

    as("sec.head")
        .body(Map.of("grade", "RELATIVELY_MAJOR"))
        .post("/api/incidents/" + incident + "/grade")
        .then()
        .statusCode(200);
    JsonPath report = taskAt("privacy.officer", incident, "UserTask_RaisedReport");
    assertThat(
            OffsetDateTime.parse(
                    report.getString("[0].due").replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                .toInstant())
        .isEqualTo(discovered.plusHours(4).toInstant());
    assertThat(taskAt("privacy.officer", incident, "UserTask_DecideNotices").getList("id"))
        .hasSize(1);

    String task = report.getString("[0].id");
    as("privacy.officer")
        .body(Map.of("userId", "privacy.officer"))
        .post("/engine-rest/task/" + task + "/claim")
        .then()
        .statusCode(204);
    as("privacy.officer")
        .body(
            Map.of(
                "variables",
                Map.of(
                    "submittedAt",
                        Map.of(
                            "value",
                            OffsetDateTime.now(WorkingDayCalendar.CHINA).withNano(0).toString(),
                            "type",
                            "String"),
                    "reference", Map.of("value", "网信报〔2026〕IT号", "type", "String"))))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(204);
    JsonPath after =
        as("privacy.officer")
            .get("/api/incidents/" + incident)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(after.getString("reportReference")).isEqualTo("网信报〔2026〕IT号");
    assertThat(after.getList("history.kind", String.class))
        .contains("GRADE_RAISED", "REPORT_SUBMITTED");
  }

  @Test
  @Tag("INC-3")
  @DisplayName(
      "INC-3: the children's incident plan is on record as versions; a new one goes on top of the newest, a stale edit is refused")
  void theChildrensIncidentPlanIsVersioned() {
    int current =
        as("sec.head")
            .get("/api/incident-plan")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getInt("version");
    assertThat(current).isPositive();
    JsonPath published =
        as("privacy.officer")
            .body(
                Map.of(
                    "basedOn",
                    current,
                    "responsibilities",
                    "安全负责人牵头 The head of security leads",
                    "contacts",
                    "安全值班电话 duty line",
                    "steps",
                    "1. 登记 register",
                    "changeNote",
                    "IT 版本 IT version"))
            .post("/api/incident-plan/versions")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(published.getInt("version")).isEqualTo(current + 1);
    assertThat(published.getString("publishedBy")).isEqualTo("privacy.officer");
    as("sec.head")
        .body(
            Map.of(
                "basedOn",
                current,
                "responsibilities",
                "r",
                "contacts",
                "c",
                "steps",
                "s",
                "changeNote",
                "stale"))
        .post("/api/incident-plan/versions")
        .then()
        .statusCode(409);
    as("sec.head")
        .body(
            Map.of(
                "basedOn",
                current + 1,
                "responsibilities",
                "r",
                "contacts",
                "",
                "steps",
                "s",
                "changeNote",
                "n"))
        .post("/api/incident-plan/versions")
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("contacts"));
    as("sec.head")
        .get("/api/incident-plan/versions/" + current)
        .then()
        .statusCode(200)
        .body("version", org.hamcrest.Matchers.equalTo(current));
    as("sec.head").get("/api/incident-plan/versions/x").then().statusCode(400);
    as("sec.head")
        .get("/api/incident-plan")
        .then()
        .statusCode(200)
        .body("version", org.hamcrest.Matchers.equalTo(current + 1));
    as("sec.head").get("/api/incident-plan/drills").then().statusCode(200);
    as("ops.agent").get("/api/incident-plan").then().statusCode(403);
  }

  @Test
  @Tag("INC-1")
  @DisplayName(
      "INC-1: the security team registers an incident from Tasklist's start form; bad input reads as one sentence and starts nothing; others may not")
  void anIncidentIsRegisteredFromTasklistsStartForm() {
    String definition =
        as("sec.head")
            .get("/engine-rest/process-definition/key/breach-notification")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("id");
    Map<String, Object> form =
        new HashMap<>(
            Map.of(
                "discoveredAt",
                    Map.of(
                        "value",
                        OffsetDateTime.now(WorkingDayCalendar.CHINA).withNano(0).toString(),
                        "type",
                        "String"),
                "description",
                    Map.of("value", "IT: 备份盘丢失 a backup disk was lost", "type", "String"),
                "systems", Map.of("value", "backup-store", "type", "String"),
                "categories", Map.of("value", "device.camera", "type", "String"),
                "estimatedPeople", Map.of("value", 3, "type", "Long"),
                "childrenAffected", Map.of("value", false, "type", "Boolean"),
                "grade", Map.of("value", "GENERAL", "type", "String")));
    String incident =
        as("sec.head")
            .body(Map.of("variables", form))
            .post("/engine-rest/process-definition/" + definition + "/submit-form")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("businessKey");
    JsonPath registered =
        as("sec.head")
            .get("/api/incidents/" + incident)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(registered.getString("registeredBy")).isEqualTo("sec.head");
    assertThat(registered.getList("systems", String.class)).containsExactly("backup-store");
    taskAt("sec.head", incident, "UserTask_AssessScope");

    form.put("categories", Map.of("value", "no.such.category", "type", "String"));
    io.restassured.response.Response bad =
        as("sec.head")
            .body(Map.of("variables", form))
            .post("/engine-rest/process-definition/" + definition + "/submit-form");
    bad.then().statusCode(400);
    assertThat(bad.jsonPath().getString("message"))
        .contains("categories")
        .contains("no.such.category")
        .doesNotContain("ENGINE-")
        .doesNotContain("com.meike")
        .doesNotContain("Exception");
    // the same refusal through /start (issue 14): a 400 problem naming the field, not a 500
    io.restassured.response.Response started =
        as("sec.head")
            .body(Map.of("variables", form))
            .post("/engine-rest/process-definition/" + definition + "/start");
    started.then().statusCode(400).contentType("application/problem+json");
    assertThat(started.jsonPath().getString("detail"))
        .contains("categories")
        .contains("no.such.category")
        .doesNotContain("ENGINE-")
        .doesNotContain("com.meike")
        .doesNotContain("Exception");
    assertThat(started.jsonPath().getString("errors[0].field")).isEqualTo("categories");
    as("cs.agent")
        .body(Map.of("variables", form))
        .post("/engine-rest/process-definition/" + definition + "/submit-form")
        .then()
        .statusCode(403);
  }

  /** Claims and completes the incident's one open task as {@code user}, with {@code variables}. */
  static void complete(String user, String incident, Map<String, Object> variables) {
    PartnerOutboundIT.eventually(
        "a task for " + user,
        () -> !RecordingAccessApprovalIT.taskIdsFor(user, incident).isEmpty());
    String task =
        RecordingAccessApprovalIT.single(RecordingAccessApprovalIT.taskIdsFor(user, incident));
    as(user)
        .body(Map.of("userId", user))
        .post("/engine-rest/task/" + task + "/claim")
        .then()
        .statusCode(204);
    Map<String, Object> typed = new HashMap<>();
    variables.forEach(
        (name, value) ->
            typed.put(
                name,
                Map.of(
                    "value",
                    value,
                    "type",
                    value instanceof Boolean
                        ? "Boolean"
                        : value instanceof Long ? "Long" : "String")));
    as(user)
        .body(Map.of("variables", typed))
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(204);
  }
}
