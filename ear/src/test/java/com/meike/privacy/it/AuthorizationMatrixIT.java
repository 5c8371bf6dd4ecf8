package com.meike.privacy.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.it.AppUsers.AppUser;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Role × endpoint: every operation of the OpenAPI document, called as no one, a partner's messaging
 * credentials, each demo staff member, two customers and a beautician, against real objects created
 * here (fresh accounts, orders, a complaint, an application, a legal hold, a recording session, a
 * cross-border transfer, a lawful disclosure, a deletion order — nothing shared with other tests;
 * grants, children, verifications and attachments are unknown ids). Who may call what is written
 * below as data, from the requirements and the roles the API document states; nothing is read from
 * the server. A caller not allowed must get no 2xx (anonymous and the partner: exactly 401); an
 * allowed caller must not be refused (401/403) — its answer may still be 400/404/409 when the
 * minimal body or the object's state says so. No answer may be a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("AUD-2")
class AuthorizationMatrixIT {

  /** Callers and the roles (and object ownerships) each holds, as the requirements give them. */
  private static final Map<String, Set<String>> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("anonymous", Set.of());
    ROLES.put("partner", Set.of());
    ROLES.put("admin", Set.of("camunda-admin"));
    ROLES.put("cs.agent", Set.of("staff", "customer-service"));
    ROLES.put("cs.head", Set.of("staff", "customer-service", "cs-supervisor", "department-head"));
    ROLES.put("ops.agent", Set.of("staff", "operations"));
    ROLES.put("ops.head", Set.of("staff", "operations", "department-head"));
    ROLES.put("sec.head", Set.of("staff", "security-head", "security-team", "department-head"));
    ROLES.put("privacy.officer", Set.of("staff", "privacy-officer", "department-head"));
    ROLES.put("legal.counsel", Set.of("staff", "legal", "department-head"));
    ROLES.put("customerA", Set.of("app", "customer", "customerA"));
    ROLES.put("customerB", Set.of("app", "customer", "customerB"));
    ROLES.put("beautician", Set.of("app", "beautician"));
  }

  /**
   * One row per operation: method, path (placeholders filled from the objects below), who may call
   * it. {@code public} = everyone; otherwise any of the roles or owners listed. customerA owns the
   * orders and the complaint; the beautician is assigned to both orders and holds the recording
   * session; the complaint is at its first tier (customer service).
   */
  private static final String[][] MATRIX = {
    {"POST", "/recording-access-requests", "staff"},
    {"GET", "/recording-access-requests", "staff"},
    // REC-8: the applicant, the approvers of its department and security, and the oversight roles
    {
      "GET",
      "/recording-access-requests/{request}",
      "ops.agent ops.head sec.head privacy-officer security-head"
    },
    {"GET", "/recording-access-grants/{x}", "staff"},
    {"POST", "/recording-access-grants/{x}/checks", "staff"},
    {"POST", "/recording-access-grants/{x}/revocation", "privacy-officer security-head"},
    {"GET", "/purposes", "public"},
    {"GET", "/purposes/{purpose}", "public"},
    {"GET", "/policies", "public"},
    {"POST", "/policies", "privacy-officer"},
    {"GET", "/policies/{policy}", "public"},
    {"GET", "/subjects/{subject}/consents", "customer-service privacy-officer"},
    {"POST", "/subjects/{subject}/consents", "customer-service privacy-officer"},
    {"GET", "/consent-checks?subject={subject}&purpose={purpose}", "staff customerA"},
    {"GET", "/staff-directory/departments", "staff camunda-admin"},
    // issue 17.7: the privacy office manages the directory ({x}: nobody, so no change is made)
    {"PUT", "/staff-directory/members/{x}", "privacy-officer"},
    {"DELETE", "/staff-directory/members/{x}", "privacy-officer"},
    {"PUT", "/staff-directory/departments/{x}/head", "privacy-officer"},
    {
      "GET",
      "/audit-trail/verification",
      "privacy-officer security-team security-head camunda-admin"
    },
    {"POST", "/registrations/codes", "public"},
    {"POST", "/registrations", "public"},
    {"GET", "/me", "app"},
    {"GET", "/me/consents", "app"},
    {"POST", "/me/consents", "app"},
    {"POST", "/me/policy-acceptance", "app"},
    {"GET", "/me/children", "app"},
    // ID-6: only the recorded guardian acts for a child; none of these callers is one ({x} is no
    // child of theirs)
    {"DELETE", "/me/children/{x}", "none"},
    {"GET", "/me/children/{x}/consents", "none"},
    {"POST", "/me/children/{x}/consents", "none"},
    {"POST", "/me/children/{x}/policy-acceptance", "none"},
    {"GET", "/subjects/{subject}/child-status", "customer-service privacy-officer"},
    {"PUT", "/subjects/{subject}/child-status", "customer-service privacy-officer"},
    {"GET", "/cross-border-transfers", "privacy-officer legal"},
    {"POST", "/cross-border-transfers", "privacy-officer"},
    {"GET", "/cross-border-transfers/{transfer}", "privacy-officer legal"},
    {"POST", "/cross-border-transfers/{transfer}/impact-assessment", "privacy-officer"},
    {"GET", "/cross-border-checks?subject={subject}&transfer={transfer}", "staff"},
    {"GET", "/me/cross-border-transfers", "app"},
    {"POST", "/me/cross-border-transfers/{transfer}/consent", "app"},
    {
      "GET",
      "/subjects/{subject}/third-party-acquisitions",
      "customer-service operations privacy-officer"
    },
    {"POST", "/subjects/{subject}/third-party-acquisitions", "operations privacy-officer"},
    {"POST", "/me/complaints", "app"},
    {"GET", "/me/complaints", "app"},
    {"GET", "/me/complaints/{complaint}", "customerA"},
    {"POST", "/me/complaints/{complaint}/information", "customerA"},
    {"POST", "/me/complaints/{complaint}/attachments?name=receipt.jpg", "customerA"},
    {"GET", "/me/complaints/{complaint}/attachments", "customerA"},
    {"GET", "/complaints/{complaint}", "customer-service privacy-officer"},
    {"GET", "/complaints/{complaint}/attachments/{x}", "customer-service privacy-officer"},
    {
      "POST",
      "/complaints/{complaint}/recording-access-requests",
      "customer-service privacy-officer"
    },
    {"GET", "/complaints/statistics", "customer-service cs-supervisor privacy-officer"},
    {"GET", "/health", "public"},
    {"GET", "/openapi.yaml", "public"},
    {"POST", "/subjects/searches", "customer-service privacy-officer"},
    {"GET", "/subjects/{subject}", "customer-service privacy-officer"},
    {"GET", "/me/external-accounts", "app"},
    {"POST", "/me/external-accounts", "app"},
    {"DELETE", "/me/external-accounts/WECHAT", "app"},
    {"POST", "/me/verifications", "app"},
    {"GET", "/verifications", "operations"},
    {"POST", "/verifications/{x}/decision", "operations"},
    {"GET", "/partners", "public"},
    {"GET", "/partners/getui", "public"},
    {"PATCH", "/partners/{x}", "privacy-officer"},
    {"PUT", "/partners/{x}/scopes/{purpose}", "privacy-officer"},
    {"PUT", "/partners/{x}/destination", "privacy-officer"},
    {"GET", "/partner-messages", "operations privacy-officer"},
    {"GET", "/partner-messages/rejected-replies", "operations privacy-officer"},
    {"GET", "/partner-messages/dead-letters", "operations privacy-officer"},
    {"GET", "/disclosures?subject={subject}", "customer-service privacy-officer"},
    {"GET", "/disclosures/counters?year=2026", "customer-service privacy-officer"},
    {"GET", "/regulatory-counters", "privacy-officer"},
    {"GET", "/risk-reports?from=2026-11-01&to=2026-11-30", "privacy-officer"},
    {"GET", "/impact-assessments", "privacy-officer legal"},
    {"POST", "/impact-assessments", "privacy-officer"},
    {"GET", "/impact-assessments/pia-seed-01", "privacy-officer legal"},
    {"POST", "/impact-assessments/{x}/withdrawal", "privacy-officer"},
    {"GET", "/recording-access-grants/{x}/recordings/{x}/audio", "staff"},
    {"POST", "/recording-legal-holds", "customer-service legal privacy-officer"},
    {"GET", "/recording-legal-holds?orderNumber={order}", "customer-service legal privacy-officer"},
    {"POST", "/recording-legal-holds/{hold}/release", "legal privacy-officer"},
    {"POST", "/orders", "customer"},
    {"POST", "/orders/{order}/assignment", "operations"},
    {"GET", "/orders/{order}/service-contact", "beautician"},
    {"POST", "/orders/{endOrder}/completion", "operations beautician"},
    {"POST", "/orders/{endOrder}/cancellation", "operations customerA"},
    {"GET", "/me/orders", "app"},
    {"POST", "/me/orders/{order}/review", "customerA"},
    {"POST", "/me/orders/{order}/payment", "customerA"},
    {"GET", "/me/orders/{order}/payment", "customerA"},
    {"PUT", "/me/app-version", "app"},
    {"POST", "/me/recording-sessions", "beautician"},
    {"GET", "/me/recording-sessions/{session}", "beautician"},
    {"PUT", "/me/recording-sessions/{session}/chunks/0", "beautician"},
    {"POST", "/me/recording-sessions/{session}/finish", "beautician"},
    {"POST", "/me/recording-sessions/{session}/failure", "beautician"},
    {"GET", "/recording-access-grants/{x}/recordings", "staff"},
    {"POST", "/lawful-disclosures", "legal privacy-officer"},
    {"GET", "/lawful-disclosures", "legal privacy-officer"},
    {"GET", "/lawful-disclosures/{disclosure}", "legal privacy-officer"},
    {"GET", "/lawful-disclosures/{disclosure}/document", "legal privacy-officer"},
    {"GET", "/lawful-disclosures/{disclosure}/package", "legal"},
    {"POST", "/lawful-disclosures/{disclosure}/key-handover", "legal"},
    {"POST", "/data-holder-transfers", "privacy-officer"},
    {"GET", "/data-holder-transfers", "privacy-officer legal"},
    {"GET", "/me/devices", "app"},
    {"PUT", "/me/devices/it-device-1", "app"},
    {"GET", "/me/notifications", "app"},
    {"GET", "/notification-templates", "staff"},
    {"POST", "/partner-deletion-orders", "privacy-officer"},
    {"GET", "/partner-deletion-orders/{deletion}", "operations privacy-officer"},
    {"POST", "/incidents", "security-team security-head privacy-officer"},
    {"GET", "/incidents", "security-team security-head privacy-officer"},
    {"GET", "/incidents/statistics", "privacy-officer"},
    {"GET", "/incidents/{incident}", "security-team security-head privacy-officer"},
    {"GET", "/incidents/{incident}/reports", "security-team security-head privacy-officer"},
    {"POST", "/incidents/{incident}/grade", "security-head privacy-officer"},
    {"GET", "/incidents/{incident}/notice-campaign", "security-team security-head privacy-officer"},
    {"POST", "/incidents/{incident}/notice-campaign/pause", "security-head privacy-officer"},
    {"POST", "/incidents/{incident}/notice-campaign/resume", "security-head privacy-officer"},
    {
      "GET",
      "/incidents/{incident}/notice-campaign/unreached",
      "security-team security-head privacy-officer"
    },
    // INC-3: the children's incident plan and its drills
    {"GET", "/incident-plan", "security-team security-head privacy-officer"},
    {"GET", "/incident-plan/versions", "security-team security-head privacy-officer"},
    {"POST", "/incident-plan/versions", "security-head privacy-officer"},
    {"GET", "/incident-plan/versions/1", "security-team security-head privacy-officer"},
    {"GET", "/incident-plan/drills", "security-team security-head privacy-officer"},
    // DSR-1..6, ID-7: the person's own requests; {x} is nobody's request (404 for every app user)
    {"POST", "/me/data-subject-requests", "app"},
    {"GET", "/me/data-subject-requests", "app"},
    {"GET", "/me/data-subject-requests/{x}", "none"},
    {"POST", "/me/data-subject-requests/{x}/verification-code", "none"},
    {"POST", "/me/data-subject-requests/{x}/verification", "none"},
    {"GET", "/me/data-subject-requests/{x}/package", "none"},
    {"POST", "/me/data-subject-requests/{x}/complaint", "none"},
    {"POST", "/data-subject-requests", "customer-service"},
    {"GET", "/data-subject-requests/{x}", "customer-service privacy-officer"},
    // SHUT-1: the head of operations (operations + department-head) or the privacy officer shuts a
    // service down
    {"GET", "/shutdowns/services", "privacy-officer operations"},
    {"POST", "/shutdowns", "privacy-officer ops.head"},
    {"GET", "/shutdowns/{x}", "privacy-officer operations"},
    {"GET", "/shutdowns/{x}/report", "privacy-officer"},
    // RET-3: legal or the privacy office record serious violations and credit records, kept
    // permanently
    {"POST", "/conduct-records", "legal privacy-officer"},
    {"GET", "/conduct-records?account={subject}", "legal privacy-officer"},
  };

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  @DisplayName("every /api operation: no unexpected 2xx, no legitimate caller refused, no 5xx")
  void everyOperationAnswersEachCallerAsTheRequirementsSay() throws Exception {
    AppUser customerA = AppUsers.register("CUSTOMER");
    AppUser customerB = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    Map<String, RequestSpecification> callers = new LinkedHashMap<>();
    Map<String, java.util.function.Supplier<RequestSpecification>> as = new LinkedHashMap<>();
    as.put("anonymous", Staff::anonymous);
    as.put(
        "partner",
        () ->
            given()
                .baseUri(Staff.BASE)
                .auth()
                .preemptive()
                .basic("getui", "demo")
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON));
    for (String staff :
        List.of(
            "admin",
            "cs.agent",
            "cs.head",
            "ops.agent",
            "ops.head",
            "sec.head",
            "privacy.officer",
            "legal.counsel")) {
      as.put(staff, () -> Staff.as(staff));
    }
    as.put("customerA", customerA::call);
    as.put("customerB", customerB::call);
    as.put("beautician", beautician::call);

    String order = Orders.placeBy(customerA);
    String endOrder = Orders.placeBy(customerA);
    for (String number : List.of(order, endOrder)) {
      Staff.as("ops.agent")
          .body(Map.of("beauticianId", beautician.accountId()))
          .post("/api/orders/" + number + "/assignment")
          .then()
          .statusCode(200);
    }
    String complaint =
        customerA
            .call()
            .body(Map.of("about", "SERVICE", "text", "The beautician arrived late."))
            .post("/api/me/complaints")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("number");
    String request =
        Staff.as("ops.agent")
            .body(
                Map.of(
                    "orderNumber",
                    order,
                    "use",
                    "RULE_SPOT_CHECK",
                    "reason",
                    "The customer disputes what was said during the visit"))
            .post("/api/recording-access-requests")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String hold =
        Staff.as("cs.agent")
            .body(Map.of("orderNumber", order, "reason", "Customer complaint about the visit"))
            .post("/api/recording-legal-holds")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String session =
        beautician
            .call()
            .body(Map.of("orderNumber", order, "appVersion", "5.1.0"))
            .post("/api/me/recording-sessions")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String transfer =
        Staff.as("privacy.officer")
            .body(
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
                    "标准合同、传输加密、不得再转移"))
            .post("/api/cross-border-transfers")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String disclosure =
        Staff.as("legal.counsel")
            .body(
                LawfulDisclosureIT.request(
                    customerA.accountId(), "PUBLIC_SECURITY", List.of("account.network-identity")))
            .post("/api/lawful-disclosures")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String deletion =
        Staff.as("privacy.officer")
            .body(Map.of("subject", customerB.accountId(), "reason", "account cancelled"))
            .post("/api/partner-deletion-orders")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String incident =
        Staff.as("sec.head")
            .body(
                Map.of(
                    "discoveredAt",
                    "2026-12-06T08:30:00+08:00",
                    "description",
                    "An order backup was downloaded without authorisation",
                    "systems",
                    List.of("order-db"),
                    "categories",
                    List.of("account.phone"),
                    "estimatedPeople",
                    1200,
                    "childrenAffected",
                    false,
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
    String policy =
        Staff.anonymous()
            .get("/api/policies")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("[0].version");

    Map<String, String> objects = new LinkedHashMap<>();
    objects.putAll(
        Map.of(
            "{subject}",
            customerA.accountId(),
            "{order}",
            order,
            "{endOrder}",
            endOrder,
            "{complaint}",
            complaint,
            "{request}",
            request,
            "{hold}",
            hold,
            "{session}",
            session,
            "{policy}",
            policy,
            "{purpose}",
            "account.phone",
            "{x}",
            "it-" + UUID.randomUUID()));
    objects.putAll(
        Map.of(
            "{transfer}",
            transfer,
            "{disclosure}",
            disclosure,
            "{deletion}",
            deletion,
            "{incident}",
            incident));

    List<String> defects = new ArrayList<>();
    for (String[] row : MATRIX) {
      String path = row[1];
      for (Map.Entry<String, String> object : objects.entrySet()) {
        path = path.replace(object.getKey(), object.getValue());
      }
      Set<String> allowed = Set.of(row[2].split(" "));
      // Refused callers first, while the object is still as created (an allowed call may change
      // it).
      List<String> order1 =
          Stream.concat(
                  as.keySet().stream().filter(c -> !mayCall(c, allowed)),
                  // app users before staff: the assigned beautician completes while the order is
                  // active
                  as.keySet().stream()
                      .filter(c -> mayCall(c, allowed))
                      .sorted(
                          java.util.Comparator.comparing(
                              c -> ROLES.get(c).contains("app") ? 0 : 1)))
              .collect(Collectors.toList());
      for (String caller : order1) {
        if (caller.equals("partner") && allowed.contains("public")) {
          continue; // wrong credentials on a public path may fairly be refused: 401 or 200 both
          // right
        }
        Response response = call(as.get(caller).get(), row[0], "/api" + path);
        int status = response.statusCode();
        String what = row[0] + " " + row[1] + " as " + caller + " → " + status;
        if (status >= 500) {
          defects.add(what + " (server error)");
        } else if (mayCall(caller, allowed)) {
          if (status == 401 || status == 403) {
            defects.add(what + " (legitimate caller refused)");
          }
        } else if (status < 300) {
          defects.add(what + " (unexpected success)");
        } else if ((caller.equals("anonymous") || caller.equals("partner")) && status != 401) {
          defects.add(what + " (expected 401)");
        }
      }
    }
    assertThat(defects).as("defects of the role × endpoint matrix").isEmpty();
  }

  private static boolean mayCall(String caller, Set<String> allowed) {
    return allowed.contains("public")
        || allowed.contains(caller)
        || ROLES.get(caller).stream().anyMatch(allowed::contains);
  }

  private static Response call(RequestSpecification spec, String method, String path) {
    if (path.contains("/chunks/") || path.contains("/attachments?")) {
      spec =
          spec.contentType(path.contains("/chunks/") ? "application/octet-stream" : "image/jpeg")
              .body(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00});
    } else if (!method.equals("GET") && !method.equals("DELETE")) {
      spec = spec.body("{}");
    }
    return spec.request(method, path);
  }
}
