package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.meike.privacy.it.AppUsers.AppUser;
import com.meike.privacy.kernel.time.WorkingDayCalendar;
import io.restassured.RestAssured;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's browser walk: process managers work in Tasklist in a headless Chromium ({@code
 * src/test/js/tasklist-walk.cjs}, Playwright) as they do — find the task in its filter by what the
 * list shows, open it, see the facts, decide, see the decision in the history — for the
 * recording-access approval (both heads, and the applicant's "我的申请 My applications"), a complaint
 * (customer service opens the complainant's attachment from the form with the Tasklist sign-in,
 * claims the task opened from a link, escalates; the supervisor reads the escalation and answers)
 * and a lawful disclosure (legal reviews and decides); the head of security registers an incident
 * from the start form and assesses another found by its number, the privacy officer asks for a
 * shutdown from the start form and rejects it (the head of operations is offered it in "Start
 * process", an operations member is not), submits the report to the regulator of an incident graded
 * 较大 and reads it in the incident's history, customer service fulfils a verified rights request
 * found by its number, the head of security records this year's drill (raised at the server's
 * start) — each explanation read back in the History tab. Runs when {@code MEIKE_WALK_TOOLS} names
 * a directory whose {@code node_modules} holds playwright-core ({@code .ci/tasklist-walk.sh} sets
 * it up); skipped otherwise. Screenshots land in {@code target/tasklist-walk/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TasklistWalkIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** Registers an incident as the head of security: five people's phone numbers; its id. */
  static String incident(
      OffsetDateTime discovered, String description, String system, String grade) {
    return as("sec.head")
        .body(
            Map.of(
                "discoveredAt",
                discovered.withNano(0).toString(),
                "description",
                description,
                "systems",
                List.of(system),
                "categories",
                List.of("account.phone"),
                "estimatedPeople",
                5,
                "childrenAffected",
                false,
                "grade",
                grade))
        .post("/api/incidents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /**
   * The name Tasklist's list shows for the newest open task {@code activity} of {@code process}
   * that {@code user} may see, or "-" when there is none.
   */
  static String listed(String user, String process, String activity) {
    List<String> names =
        as(user)
            .queryParam("processDefinitionKey", process)
            .queryParam("taskDefinitionKey", activity)
            .queryParam("sortBy", "created")
            .queryParam("sortOrder", "desc")
            .get("/engine-rest/task")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("name");
    return names.isEmpty() ? "-" : names.get(0);
  }

  /** A small PDF the complainant attaches (the API checks the type by its first bytes). */
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  @DisplayName(
      "REC-8, CMP-1, DISC-1, INC-1, INC-3, INC-4, SHUT-1, DSR-1 (issue 17): process managers find, read and decide approvals, a complaint, a lawful disclosure, an incident, the regulator's report, a shutdown, a rights request and the yearly drill in Tasklist; only the head of operations and the privacy office are offered the shutdown; no engine text shown")
  void processManagersWorkInTasklist() throws Exception {
    String tools = System.getenv("MEIKE_WALK_TOOLS");
    Assumptions.assumeTrue(
        tools != null && new File(tools, "node_modules/playwright-core").isDirectory(),
        "MEIKE_WALK_TOOLS with playwright-core (see .ci/tasklist-walk.sh)");
    // its own cases, found in the lists by their numbers: an order, its recording-access
    // application, a complaint about it with an attachment, and an authority's request
    AppUser customer = AppUsers.register("CUSTOMER");
    String order = Orders.placeBy(customer);
    String id = RecordingAccessApprovalIT.apply("ops.agent", order);
    String complaint =
        customer
            .call()
            .body(
                Map.of(
                    "about",
                    "ORDER",
                    "orderNumber",
                    order,
                    "text",
                    "美容师服务中途离开 The beautician left halfway through."))
            .post("/api/me/complaints")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("number");
    RestAssured.given()
        .baseUri(Staff.BASE)
        .header("Authorization", "Bearer " + customer.token())
        .contentType("application/pdf")
        .body(PDF)
        .queryParam("name", "收据 receipt.pdf")
        .post("/api/me/complaints/" + complaint + "/attachments")
        .then()
        .statusCode(201);
    String lawful =
        as("privacy.officer")
            .body(
                LawfulDisclosureIT.request(
                    customer.accountId(), "PUBLIC_SECURITY", List.of("account.network-identity")))
            .post("/api/lawful-disclosures")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    // an incident the security team registered, and a verified request to see one's data
    String incident =
        incident(
            OffsetDateTime.now(WorkingDayCalendar.CHINA),
            "走查：日志含明文手机号 walk: logs held phone numbers in clear",
            "log-store",
            "GENERAL");
    // an incident graded 较大 (relatively major), assessed and contained by the security team: its
    // report to the regulator waits for the privacy officer (discovered half an hour ago, so the
    // minute the walk submits it lies after the discovery)
    String reported =
        incident(
            OffsetDateTime.now(WorkingDayCalendar.CHINA).minusMinutes(30),
            "走查：导出文件误发 walk: an export was sent to the wrong partner",
            "exports",
            "RELATIVELY_MAJOR");
    BreachNotificationIT.complete(
        "sec.head",
        reported,
        Map.of(
            "categories",
            "account.phone",
            "estimatedPeople",
            5L,
            "childrenAffected",
            false,
            "grade",
            "RELATIVELY_MAJOR"));
    BreachNotificationIT.complete(
        "sec.head", reported, Map.of("measure", "召回导出文件 export recalled"));
    String rights =
        customer
            .call()
            .body(Map.of("kind", "ACCESS"))
            .post("/api/me/data-subject-requests")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    customer
        .call()
        .post("/api/me/data-subject-requests/" + rights + "/verification-code")
        .then()
        .statusCode(202);
    customer
        .call()
        .body(Map.of("code", AppUsers.smsFor(customer.phone()).getString("payload.params.code")))
        .post("/api/me/data-subject-requests/" + rights + "/verification")
        .then()
        .statusCode(200)
        .body("state", equalTo("IN_PROGRESS"));

    // this year's drill, raised at the server's start (its date has passed); "-" when this
    // database recorded it in an earlier run
    String drill = listed("sec.head", "incident-drill", "UserTask_Drill");

    ProcessBuilder walk =
        new ProcessBuilder(
                "node",
                "src/test/js/tasklist-walk.cjs",
                Staff.BASE,
                order,
                "target/tasklist-walk",
                complaint,
                lawful.substring(0, 8),
                incident.substring(0, 8),
                rights.substring(0, 8),
                LocalDate.now(WorkingDayCalendar.CHINA).plusDays(120).toString(),
                reported.substring(0, 8),
                drill)
            .inheritIO();
    walk.environment().put("NODE_PATH", new File(tools, "node_modules").getAbsolutePath());
    Process process = walk.start();
    assertThat(process.waitFor(12, TimeUnit.MINUTES)).as("the walk ends").isTrue();
    assertThat(process.exitValue()).as("the walk passes (see its output)").isZero();

    as("ops.agent")
        .get("/api/recording-access-requests/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    as("cs.head")
        .get("/api/complaints/" + complaint)
        .then()
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("history.kind", hasItems("ESCALATED", "ANSWERED"));
    as("legal.counsel")
        .get("/api/lawful-disclosures/" + lawful)
        .then()
        .statusCode(200)
        .body("decidedBy", equalTo("legal.counsel"));
    as("privacy.officer")
        .get("/api/incidents/" + reported)
        .then()
        .statusCode(200)
        .body("reportReference", equalTo("网信报〔2026〕走查号"));
    customer
        .call()
        .get("/api/me/data-subject-requests/" + rights)
        .then()
        .statusCode(200)
        .body("state", equalTo("FULFILLED"));
  }
}
