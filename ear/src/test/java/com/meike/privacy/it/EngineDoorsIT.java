package com.meike.privacy.it;

import static com.meike.privacy.it.RecordingAccessApprovalIT.apply;
import static com.meike.privacy.it.RecordingAccessApprovalIT.decision;
import static com.meike.privacy.it.RecordingAccessApprovalIT.single;
import static com.meike.privacy.it.RecordingAccessApprovalIT.taskIdsFor;
import static com.meike.privacy.it.Staff.anonymous;
import static com.meike.privacy.it.Staff.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.it.AppUsers.AppUser;
import io.restassured.response.Response;
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
 * Issue 12's doors into the engine, each reproduced with the request that opened it and expected
 * shut: impersonating an applicant (item 1), attaching a second process to an existing application
 * or starting a process only the application starts (item 2), completing or taking a task someone
 * else claimed and giving back one's own claim (item 4), an administrator completing someone's task
 * (item 6), and the engine API's open door, error bodies and session cookie (item 8).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EngineDoorsIT {

  static final String START = "/engine-rest/process-definition/key/%s/start";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> variables = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      variables.put((String) pairs[i], Map.of("value", pairs[i + 1]));
    }
    return Map.of("variables", variables);
  }

  /** A refusal a person can read: 403, JSON with the reason, nosniff, no Java class of ours. */
  private static void refused(Response response, String reason) {
    response
        .then()
        .statusCode(403)
        .contentType(startsWith("application/json"))
        .header("X-Content-Type-Options", "nosniff")
        .body("message", containsString(reason));
    assertThat(response.asString()).doesNotContain("com.meike").doesNotContain("Exception:");
  }

  @Test
  @DisplayName(
      "REC-8/AUD-2 (issue 12.1): nobody applies for recording access in someone else's name")
  void theApplicantIsAlwaysTheStarter() throws Exception {
    String order = Orders.any();
    Response impersonated =
        as("cs.agent")
            .body(
                vars(
                    "orderNumber",
                    order,
                    "use",
                    "RULE_SPOT_CHECK",
                    "reason",
                    "some reason text",
                    "applicant",
                    "legal.counsel"))
            .post(START.formatted("recording-access-approval"));
    refused(impersonated, "'applicant' is always the person who starts the process");

    // the same start without the applicant is the starter's own application
    String applicationId =
        as("ops.agent")
            .body(
                vars(
                    "orderNumber",
                    order,
                    "use",
                    "RULE_SPOT_CHECK",
                    "reason",
                    "Spot check of the visit's recording"))
            .post(START.formatted("recording-access-approval"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("businessKey");
    as("ops.agent")
        .get("/api/recording-access-requests/" + applicationId)
        .then()
        .statusCode(200)
        .body("firstApprover", equalTo("ops.head"));
  }

  @Test
  @DisplayName(
      "REC-8 (issue 12.2): a start cannot attach a second approval to an existing application")
  void noSecondProcessForAnExistingApplication() throws Exception {
    String id = apply("ops.agent", Orders.any());
    refused(
        as("cs.agent")
            .body(vars("applicationId", id))
            .post(START.formatted("recording-access-approval")),
        "[applicationId]");
    assertThat(taskIdsFor("ops.head", id)).hasSize(1);
  }

  @Test
  @DisplayName(
      "CMP-1/DISC-1/PTN-4 (issue 12.2): processes the application starts are not started by staff or admins")
  void applicationProcessesAreNotStartedFromOutside() {
    for (String process :
        List.of("complaint-escalation", "lawful-disclosure", "partner-deletion-order")) {
      for (String user : List.of("cs.head", "legal.counsel", "ops.head", "admin")) {
        Response response =
            as(user)
                .body(vars("complaintNumber", "CP2026091800000000"))
                .post(START.formatted(process));
        assertThat(response.statusCode()).as(user + " starts " + process).isIn(403, 404);
      }
      refused(
          as("admin").body(Map.of()).post(START.formatted(process)),
          "started by the application only");
    }
  }

  @Test
  @DisplayName(
      "AUD-2 (issue 12): an administrator cannot set a process's or a task's variables or modify the process")
  void anAdministratorDoesNotForgeDecisions() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    String number =
        customer
            .call()
            .body(Map.of("about", "SERVICE", "text", "The beautician never came."))
            .post("/api/me/complaints")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("number");
    String task = single(taskIdsFor("cs.agent", number));
    io.restassured.path.json.JsonPath facts =
        as("cs.agent").get("/engine-rest/task/" + task).then().statusCode(200).extract().jsonPath();
    String instance = facts.getString("processInstanceId");
    Map<String, Object> value = Map.of("value", "ANSWER", "type", "String");

    refused(
        as("admin")
            .body(value)
            .put("/engine-rest/process-instance/" + instance + "/variables/customerServiceOutcome"),
        "sets its variables");
    refused(
        as("admin")
            .body(value)
            .put("/engine-rest/task/" + task + "/variables/customerServiceOutcome"),
        "task's variables");
    refused(
        as("admin")
            .body(
                Map.of(
                    "instructions",
                    List.of(
                        Map.of(
                            "type", "cancel", "activityId", facts.getString("taskDefinitionKey")))))
            .post("/engine-rest/process-instance/" + instance + "/modification"),
        "modifies it");
    // nothing changed: the task is still there for customer service
    assertThat(taskIdsFor("cs.agent", number)).containsExactly(task);
  }

  @Test
  @DisplayName(
      "CMP-1 (issue 12.4, 12.6): a claimed task is the claimant's; they can give it back; a head or an admin cannot complete it")
  void claimsAreEnforced() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    String number =
        customer
            .call()
            .body(Map.of("about", "SERVICE", "text", "The beautician arrived two hours late."))
            .post("/api/me/complaints")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("number");
    String task = single(taskIdsFor("cs.agent", number));
    Map<String, Object> answer =
        vars(
            "customerServiceOutcome",
            "ANSWER",
            "answerText",
            "We apologise and refund the visit.",
            "resolution",
            "UPHELD");

    as("cs.agent")
        .body(Map.of("userId", "cs.agent"))
        .post("/engine-rest/task/" + task + "/claim")
        .then()
        .statusCode(204);
    refused(
        as("cs.head").body(answer).post("/engine-rest/task/" + task + "/complete"),
        "claimed by cs.agent");
    refused(
        as("cs.head")
            .body(Map.of("userId", "cs.head"))
            .post("/engine-rest/task/" + task + "/claim"),
        "claimed by cs.agent");
    refused(
        as("admin").body(answer).post("/engine-rest/task/" + task + "/complete"),
        "claimed by cs.agent");

    // Tasklist (the web apps' own engine API) answers the same
    String tasklistTask = "/camunda/api/engine/engine/default/task/" + task;
    refused(
        tasklist("cs.head").body(answer).post(tasklistTask + "/complete"), "claimed by cs.agent");
    refused(tasklist("admin").body(answer).post(tasklistTask + "/complete"), "claimed by cs.agent");

    // the claimant gives it back in Tasklist (was 403, missing TASK_ASSIGN) and a colleague takes
    // it
    tasklist("cs.agent").post(tasklistTask + "/unclaim").then().statusCode(204);
    refused(
        as("admin").body(answer).post("/engine-rest/task/" + task + "/complete"),
        "Only a candidate");
    as("cs.head")
        .body(Map.of("userId", "cs.head"))
        .post("/engine-rest/task/" + task + "/claim")
        .then()
        .statusCode(204);
    as("cs.head")
        .body(answer)
        .post("/engine-rest/task/" + task + "/complete")
        .then()
        .statusCode(204);
  }

  /** Signed in to Tasklist: its session cookie and CSRF token, as the browser sends them. */
  static io.restassured.specification.RequestSpecification tasklist(String user) {
    Map<String, String> cookies = tasklistSession(user, new java.util.ArrayList<>());
    return given()
        .baseUri(Staff.BASE)
        .cookies(cookies)
        .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
        .contentType("application/json")
        .accept("application/json");
  }

  /**
   * What a browser does: a first request receives a session and CSRF token, the login posts the
   * credentials with the token, and the next request receives the signed-in session's token. Every
   * Set-Cookie header on the way is collected.
   */
  static Map<String, String> tasklistSession(String user, List<String> setCookies) {
    Response first =
        given()
            .baseUri(Staff.BASE)
            .accept("application/json")
            .get("/camunda/api/admin/auth/user/default");
    Map<String, String> cookies = new java.util.HashMap<>(first.getCookies());
    setCookies.addAll(first.headers().getValues("Set-Cookie"));
    Response login =
        given()
            .baseUri(Staff.BASE)
            .cookies(cookies)
            .accept("application/json")
            .header("X-XSRF-TOKEN", String.valueOf(cookies.get("XSRF-TOKEN")))
            .formParam("username", user)
            .formParam("password", "demo")
            .post("/camunda/api/admin/auth/user/default/login/tasklist");
    login.then().log().ifValidationFails().statusCode(200);
    cookies.putAll(login.getCookies());
    setCookies.addAll(login.headers().getValues("Set-Cookie"));
    Response fetch =
        given()
            .baseUri(Staff.BASE)
            .cookies(cookies)
            .accept("application/json")
            .get("/camunda/api/engine/engine/default/task/count");
    fetch.then().log().ifValidationFails().statusCode(200);
    cookies.putAll(fetch.getCookies());
    setCookies.addAll(fetch.headers().getValues("Set-Cookie"));
    return cookies;
  }

  @Test
  @DisplayName("REC-8 (issue 12.6): an admin completing an approver's task gets 403, not 500")
  void anAdminCannotDecideAnApproval() throws Exception {
    String id = apply("ops.agent", Orders.any());
    String first = single(taskIdsFor("ops.head", id));
    refused(
        as("admin")
            .body(decision("departmentHead", true, "admin decides"))
            .post("/engine-rest/task/" + first + "/complete"),
        "assigned to ops.head");
    refused(
        as("admin")
            .body(Map.of("userId", "admin"))
            .post("/engine-rest/task/" + first + "/assignee"),
        "assigned by its process to ops.head");
    as("ops.agent")
        .get("/api/recording-access-requests/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("AWAITING_DEPARTMENT_HEAD"));
  }

  @Test
  @DisplayName(
      "issue 12.8: /engine-rest asks everyone for credentials and answers errors as JSON with nosniff")
  void theEngineApiIsClosedAndItsErrorsAreJson() {
    anonymous()
        .get("/engine-rest/engine")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/json"))
        .header("X-Content-Type-Options", "nosniff")
        .header("WWW-Authenticate", startsWith("Basic"));
    as("cs.agent")
        .get("/engine-rest/engine")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff");
    anonymous()
        .get("/engine-rest/task")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/json"));
    given()
        .baseUri(Staff.BASE)
        .auth()
        .preemptive()
        .basic("nobody.here", "wrong")
        .get("/engine-rest/task")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/json"))
        .header("X-Content-Type-Options", "nosniff");
    as("cs.agent")
        .get("/engine-rest/no-such-resource")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/json"))
        .header("X-Content-Type-Options", "nosniff");
    as("cs.agent")
        .body("{not json")
        .post(START.formatted("recording-access-approval"))
        .then()
        .statusCode(400)
        .contentType(startsWith("application/json"))
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  @DisplayName("issue 12.8: the Tasklist session cookie is SameSite")
  void theTasklistSessionCookieIsSameSite() {
    List<String> setCookies = new java.util.ArrayList<>();
    tasklistSession("cs.agent", setCookies);
    assertThat(setCookies)
        .isNotEmpty()
        .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
        .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
  }

  /**
   * What a person reads: no engine code or class name (Tasklist's script drops the REST layer's
   * prefix).
   */
  private static void readable(Response response, int status, String sentence) {
    response
        .then()
        .log()
        .ifValidationFails()
        .statusCode(status)
        .body("message", containsString(sentence));
    assertThat(response.jsonPath().getString("message"))
        .doesNotContain("ENGINE-")
        .doesNotContain("Exception")
        .doesNotContain("com.meike");
  }

  @Test
  @DisplayName(
      "REC-8 (issue 17.2): Tasklist's tools work for whoever holds the task — comments, history, follow-up date — and refuse others readably")
  void tasklistToolsWorkForTheTasksOwner() throws Exception {
    String id = apply("ops.agent", Orders.any());
    String task = single(taskIdsFor("ops.head", id));
    String path = "/engine-rest/task/" + task;

    // Add Comment (was "No task found for task id…"): the approver comments, reads it back
    as("ops.head")
        .body(Map.of("message", "已核对订单 checked the order"))
        .post(path + "/comment/create")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
    as("ops.head")
        .get(path + "/comment")
        .then()
        .statusCode(200)
        .body("message", org.hamcrest.Matchers.hasItem("已核对订单 checked the order"));
    // … a head of another department does not even see the task (Camunda: no such task for them)
    as("sec.head")
        .body(Map.of("message", "not mine"))
        .post(path + "/comment/create")
        .then()
        .statusCode(400);
    as("ops.head").get(path + "/comment").then().body("size()", equalTo(1));

    // follow-up date (was "Bad Request"): Tasklist sends the whole task back with PUT
    Map<String, Object> dto =
        new java.util.HashMap<>(
            as("ops.head").get(path).then().statusCode(200).extract().jsonPath().getMap(""));
    dto.remove("_links");
    dto.remove("_embedded");
    dto.remove(
        "camundaFormRef"); // Camunda cannot read it back; Tasklist's task-update.js leaves it out
    // too
    dto.put("followUp", "2030-01-02T09:00:00.000+0800");
    as("ops.head").body(dto).put(path).then().log().ifValidationFails().statusCode(204);
    as("ops.head").get(path).then().body("followUp", startsWith("2030-01-02"));
    dto.put("due", "2030-01-03T09:00:00.000+0800");
    refused(as("ops.head").body(dto).put(path), "due date");

    // the History tab (was always empty): the task's operations and comments, for its approver only
    as("ops.head")
        .queryParam("taskId", task)
        .get("/engine-rest/history/user-operation")
        .then()
        .statusCode(200)
        .body("property", org.hamcrest.Matchers.hasItem("followUpDate"));
    as("ops.head")
        .queryParam("taskId", task)
        .get("/engine-rest/history/task/count")
        .then()
        .body("count", equalTo(1));
    as("sec.head")
        .queryParam("taskId", task)
        .get("/engine-rest/history/user-operation")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));

    // rejecting without a reason: one sentence, in Chinese and English, through Tasklist's path
    readable(
        tasklist("ops.head")
            .body(decision("departmentHead", false, ""))
            .post("/camunda/api/engine/engine/default/task/" + task + "/submit-form"),
        400,
        "A rejection needs a reason");
    // an unknown order on the start form: the same
    readable(
        as("ops.agent")
            .body(
                vars(
                    "orderNumber",
                    "MK2099010100000001",
                    "use",
                    "DISPUTE_EVIDENCE",
                    "reason",
                    "The customer disputes what was said"))
            .post("/engine-rest/process-definition/key/recording-access-approval/submit-form"),
        400,
        "No order has this number");
    readable(
        as("ops.agent")
            .body(
                vars(
                    "orderNumber",
                    "12345",
                    "use",
                    "DISPUTE_EVIDENCE",
                    "reason",
                    "The customer disputes what was said"))
            .post("/engine-rest/process-definition/key/recording-access-approval/submit-form"),
        400,
        "MK followed by 16 digits");
  }

  @Test
  @DisplayName(
      "issue 17.2: Tasklist hides Create task and the Cockpit link, and rewrites the engine's texts (its configuration)")
  void tasklistIsConfigured() {
    given()
        .baseUri(Staff.BASE)
        .get("/camunda/app/tasklist/scripts/config.js")
        .then()
        .statusCode(200)
        .body(containsString("meike/humane-errors"));
    given()
        .baseUri(Staff.BASE)
        .get("/camunda/app/tasklist/meike/humane-errors.js")
        .then()
        .statusCode(200)
        .body(containsString("export function humane"));
    given()
        .baseUri(Staff.BASE)
        .get("/camunda/app/tasklist/styles/user-styles.css")
        .then()
        .statusCode(200)
        .body(containsString("li.create-task-action"))
        .body(containsString("a.instance-link"))
        .body(containsString("a.reset-due-date"));
    // and the engine still refuses a free-standing task to staff
    as("ops.head")
        .body(Map.of("name", "free task"))
        .post("/engine-rest/task/create")
        .then()
        .statusCode(403);
  }

  @Test
  @DisplayName(
      "REC-8 (issue 17.7): the privacy office records staff in the directory and the engine's groups follow; Admin cannot make them disagree")
  void theStaffDirectoryAndTheEnginesGroupsAgree() throws Exception {
    String user = "ops.new" + System.nanoTime() % 100000;
    as("admin")
        .body(
            Map.of(
                "profile",
                Map.of(
                    "id",
                    user,
                    "firstName",
                    "Ting",
                    "lastName",
                    "Zhou",
                    "email",
                    user + "@staff.meike.example"),
                "credentials",
                Map.of("password", "demo")))
        .post("/engine-rest/user/create")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(204);
    // Admin cannot put them into a department group: the directory does
    refused(as("admin").put("/engine-rest/group/operations/members/" + user), "staff directory");
    as(user)
        .body(RecordingAccessApprovalIT.body(Orders.any()))
        .post("/api/recording-access-requests")
        .then()
        .statusCode(403);

    as("ops.agent")
        .body(Map.of("displayName", "周婷 Ting Zhou", "department", "operations"))
        .put("/api/staff-directory/members/" + user)
        .then()
        .statusCode(403);
    as("privacy.officer")
        .body(Map.of("displayName", "周婷 Ting Zhou", "department", "operations"))
        .put("/api/staff-directory/members/" + user)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("departmentName", containsString("Operations"));
    as("admin")
        .queryParam("member", user)
        .get("/engine-rest/group")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.hasItem("operations"));
    as(user)
        .body(RecordingAccessApprovalIT.body(Orders.any()))
        .post("/api/recording-access-requests")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201);

    // a head cannot leave their department; an unknown Camunda user is 404, an unknown department
    // 400
    as("privacy.officer")
        .body(Map.of("displayName", "刘洋 Yang Liu", "department", "legal"))
        .put("/api/staff-directory/members/ops.head")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"));
    as("privacy.officer")
        .body(Map.of("displayName", "Nobody"))
        .put("/api/staff-directory/members/no.such.user")
        .then()
        .statusCode(404);
    as("privacy.officer")
        .body(Map.of("displayName", "周婷 Ting Zhou", "department", "no-such"))
        .put("/api/staff-directory/members/" + user)
        .then()
        .statusCode(400);

    as("privacy.officer").delete("/api/staff-directory/members/" + user).then().statusCode(204);
    as("admin")
        .queryParam("member", user)
        .get("/engine-rest/group")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("operations")));
  }
}
