package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.partnerclient.PartnerClient;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
  @DisplayName("INC-1, INC-2: an incident registered, decided, its notices on the partner queue for an adult and a child's guardian, progress visible, closed")
  void anIncidentsNoticesReachAdultsAndGuardians() throws Exception {
    AppUsers.AppUser adult = AppUsers.register("CUSTOMER");
    AppUsers.AppUser child = AppUsers.register("CUSTOMER");
    AppUsers.AppUser guardian = AppUsers.register("CUSTOMER");
    for (AppUsers.AppUser person : List.of(adult, child)) {
      person.call().body(Map.of("purpose", "device.camera", "action", "GIVEN")).post("/api/me/consents")
          .then().statusCode(201);
    }
    as("cs.agent").body(Map.of("guardian", guardian.accountId(), "basis", "BIRTH_DATE"))
        .put("/api/subjects/" + child.accountId() + "/child-status").then().statusCode(200);
    Thread.sleep(1000); // the consents were held before the discovery

    String incident = as("sec.head").body(Map.of(
            "discoveredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString(),
            "description", "IT: camera uploads bucket readable without authorisation", "systems", List.of("media-store"),
            "categories", List.of("device.camera"), "estimatedPeople", 2, "childrenAffected", true, "grade", "GENERAL"))
        .post("/api/incidents").then().log().ifValidationFails().statusCode(201).extract().jsonPath().getString("id");
    as("sec.head").get("/api/incidents/" + incident + "/notice-campaign").then().statusCode(404);

    complete("sec.head", incident, Map.of("categories", "device.camera", "estimatedPeople", 2L,
        "childrenAffected", true, "grade", "GENERAL"));
    complete("sec.head", incident, Map.of("measure", "撤销公开读权限 public read revoked"));
    complete("privacy.officer", incident, Map.of("notifyPeople", true, "announce", false,
        "noticeFacts", "相机上传存储桶曾可被公开读取", "noticeImpact", "照片可能被他人查看",
        "noticeMeasures", "已关闭公开访问并排查访问日志", "noticeAdvice", "留意陌生人以照片为由的联系",
        "noticeRemedies", "可申请删除全部上传照片"));

    // the campaign told everyone it could, and the process moved on to the close
    PartnerOutboundIT.eventually("the notice campaign finished", () ->
        "FINISHED".equals(as("sec.head").get("/api/incidents/" + incident + "/notice-campaign")
            .then().statusCode(200).extract().jsonPath().getString("state")));
    JsonPath campaign = as("privacy.officer").get("/api/incidents/" + incident + "/notice-campaign").then()
        .statusCode(200).extract().jsonPath();
    assertThat(campaign.getLong("selected")).isGreaterThanOrEqualTo(2);
    assertThat(campaign.getLong("sent") + campaign.getLong("unreached")).isEqualTo(campaign.getLong("selected"));
    assertThat(campaign.getLong("pending")).isZero();
    assertThat(campaign.getString("stateLabel")).contains("已完成");
    as("privacy.officer").post("/api/incidents/" + incident + "/notice-campaign/pause").then().statusCode(409);
    as("sec.head").get("/api/incidents/" + incident + "/notice-campaign/unreached?limit=0").then().statusCode(400);
    as("ops.agent").get("/api/incidents/" + incident + "/notice-campaign").then().statusCode(403);

    Map<String, JsonPath> notices = new HashMap<>();
    try (PartnerClient sms = PartnerClient.connect(PartnerClient.DEFAULT_URL, "sms", "demo")) {
      Set<String> phones = Set.of(adult.phone(), guardian.phone());
      while (notices.size() < 2) {
        PartnerClient.Received received = sms.receiveUntil(m -> m.json() != null
            && m.json().getJsonObject("payload") != null
            && "breach-notice".equals(m.json().getJsonObject("payload").getString("template", null))
            && phones.contains(m.json().getJsonObject("payload").getString("phone", null)), Duration.ofSeconds(30));
        JsonPath message = JsonPath.from(received.text());
        assertThat(notices.put(message.getString("payload.phone"), message)).as("one notice per person").isNull();
        assertThat(received.duplicateId()).isEqualTo(received.messageId());
      }
    }
    assertThat(notices.get(adult.phone()).getString("payload.params.facts")).isEqualTo("相机上传存储桶曾可被公开读取");
    assertThat(notices.get(adult.phone()).getString("payload.params.forChild")).isEmpty();
    assertThat(notices.get(guardian.phone()).getString("payload.params.forChild")).contains("未成年人");
    assertThat(notices.get(guardian.phone()).getString("payload.params.remedies")).isEqualTo("可申请删除全部上传照片");

    complete("privacy.officer", incident, Map.of("handling", "通知已发出 notices sent", "lessons", "存储桶默认私有 buckets private by default"));
    JsonPath closed = as("privacy.officer").get("/api/incidents/" + incident).then().statusCode(200).extract().jsonPath();
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getString("campaignId")).isEqualTo(campaign.getString("id"));
    assertThat(closed.getList("history.kind", String.class)).contains("NOTICES_STARTED", "NOTICES_FINISHED");
  }

  @Test
  @DisplayName("INC-4: the grade is raised outside a task by the head of security, recorded, and never lowered")
  void theGradeIsRaisedOutsideATaskAndNeverLowered() {
    String incident = as("sec.head").body(Map.of(
            "discoveredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0).toString(),
            "description", "IT: a log file with order numbers was shared outside the company", "systems", List.of("logs"),
            "categories", List.of("device.camera"), "estimatedPeople", 10, "childrenAffected", false, "grade", "GENERAL"))
        .post("/api/incidents").then().statusCode(201).extract().jsonPath().getString("id");
    as("ops.agent").body(Map.of("grade", "MAJOR")).post("/api/incidents/" + incident + "/grade").then().statusCode(403);
    as("sec.head").body(Map.of("grade", "SEVERE")).post("/api/incidents/" + incident + "/grade").then().statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("grade"));
    JsonPath raised = as("sec.head").body(Map.of("grade", "RELATIVELY_MAJOR")).post("/api/incidents/" + incident + "/grade")
        .then().statusCode(200).extract().jsonPath();
    assertThat(raised.getString("grade")).isEqualTo("RELATIVELY_MAJOR");
    assertThat(raised.getBoolean("reportRequired")).isTrue();
    assertThat(raised.getString("reportDueAt")).as("the 4-hour clock runs from the discovery").isNotNull();
    as("privacy.officer").body(Map.of("grade", "GENERAL")).post("/api/incidents/" + incident + "/grade").then()
        .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("grade"));
    JsonPath after = as("privacy.officer").get("/api/incidents/" + incident).then().statusCode(200).extract().jsonPath();
    assertThat(after.getString("grade")).isEqualTo("RELATIVELY_MAJOR");
    assertThat(after.getList("history.kind", String.class)).contains("GRADE_RAISED");
  }

  /** Claims and completes the incident's one open task as {@code user}, with {@code variables}. */
  static void complete(String user, String incident, Map<String, Object> variables) {
    PartnerOutboundIT.eventually("a task for " + user, () -> !RecordingAccessApprovalIT.taskIdsFor(user, incident).isEmpty());
    String task = RecordingAccessApprovalIT.single(RecordingAccessApprovalIT.taskIdsFor(user, incident));
    as(user).body(Map.of("userId", user)).post("/engine-rest/task/" + task + "/claim").then().statusCode(204);
    Map<String, Object> typed = new HashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type",
        value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long" : "String")));
    as(user).body(Map.of("variables", typed)).post("/engine-rest/task/" + task + "/complete").then()
        .log().ifValidationFails().statusCode(204);
  }
}
