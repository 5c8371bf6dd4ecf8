package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.anonymous;
import static com.meike.privacy.it.Staff.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an outsider tried (issue 12): locking staff out with wrong passwords, hostile JSON bodies,
 * anonymous writes to public reading, and answers a browser could sniff.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  @Tag("ASVS-V6")
  @DisplayName(
      "wrong passwords never lock a staff account: after more than the engine's old limit of 10, the right one works")
  void wrongPasswordsDoNotLockTheAccount() {
    String user = "lockout.probe." + UUID.randomUUID().toString().substring(0, 8);
    String password = "Right-" + UUID.randomUUID();
    as("admin")
        .body(
            Map.of(
                "profile",
                    Map.of(
                        "id",
                        user,
                        "firstName",
                        "Lock",
                        "lastName",
                        "Probe",
                        "email",
                        user + "@meike.example"),
                "credentials", Map.of("password", password)))
        .post("/engine-rest/user/create")
        .then()
        .statusCode(204);
    try {
      // department groups follow the staff directory (issue 17): the privacy office places the
      // probe
      as("privacy.officer")
          .body(Map.of("displayName", "锁定测试 Lock Probe", "department", "customer-service"))
          .put("/api/staff-directory/members/" + user)
          .then()
          .statusCode(200);
      for (int i = 0; i < 15; i++) {
        basic(user, "wrong-" + i).get("/api/staff-directory/departments").then().statusCode(401);
      }
      basic(user, password).get("/api/staff-directory/departments").then().statusCode(200);
    } finally {
      as("privacy.officer").delete("/api/staff-directory/members/" + user);
      as("admin").delete("/engine-rest/user/" + user).then().statusCode(204);
    }
  }

  @Test
  @DisplayName(
      "a deeply nested JSON body is a 400 problem, anonymously and as staff, on every kind of body")
  void deeplyNestedJsonIsA400Problem() {
    String nested = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
    String nestedArray = "[".repeat(5000) + "]".repeat(5000);
    for (String body : List.of(nested, nestedArray)) {
      problem(anonymous().body(body).post("/api/registrations/codes"), 400)
          .then()
          .body("detail", containsString("nested deeper"));
      problem(as("ops.agent").body(body).post("/api/recording-access-requests"), 400);
      problem(as("privacy.officer").body(body).post("/api/policies"), 400);
    }
  }

  @Test
  @DisplayName("no malformed body is a 500: wrong JSON types, broken encoding, empty, huge")
  void malformedBodiesAreProblemsNotErrors() {
    List<String> bodies =
        List.of(
            "[]",
            "[1,2]",
            "\"text\"",
            "42",
            "null",
            "",
            "{",
            "{\"phone\":}",
            "{\"phone\":\"+8613800000000\",\"phone\":1}",
            "{\"phone\":1e999999999}",
            "{\"phone\":[{}]}",
            "{\"phone\":\"\\ud800\"}");
    for (String body : bodies) {
      Response response = anonymous().body(body).post("/api/registrations/codes");
      assertThat(response.statusCode()).as("answer to %s", body).isBetween(400, 499);
      assertThat(response.contentType())
          .as("answer to %s", body)
          .startsWith("application/problem+json");
    }
    byte[] brokenUtf8 = {'{', '"', 'p', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    problem(anonymous().body(brokenUtf8).post("/api/registrations/codes"), 400);
    byte[] huge =
        ("{\"phone\":\"" + "1".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    problem(anonymous().body(huge).post("/api/registrations/codes"), 413);
  }

  @Test
  @DisplayName(
      "an anonymous write to public reading (policies, purposes, partners) asks for credentials: 401")
  void anonymousWritesToPublicReadingAre401() {
    for (String path : List.of("/api/policies", "/api/purposes", "/api/partners")) {
      problem(anonymous().body("{}").post(path), 401)
          .then()
          .header("WWW-Authenticate", startsWith("Basic"));
    }
    anonymous().get("/api/policies").then().statusCode(200);
  }

  @Test
  @DisplayName("every /api answer carries X-Content-Type-Options: nosniff, errors included")
  void answersCarryNosniff() {
    List<Response> answers =
        List.of(
            anonymous().get("/api/health"),
            anonymous().get("/api/policies"),
            anonymous().get("/api/openapi.yaml"),
            anonymous().get("/api/staff-directory/departments"),
            as("cs.agent").get("/api/staff-directory/departments"),
            as("cs.agent").get("/api/no-such-thing"),
            anonymous().body("{").post("/api/registrations/codes"),
            as("cs.agent").body("{}").post("/api/policies"));
    for (Response answer : answers) {
      assertThat(answer.header("X-Content-Type-Options"))
          .as("answer %s", answer.statusLine())
          .isEqualTo("nosniff");
    }
  }

  private static io.restassured.specification.RequestSpecification basic(
      String user, String password) {
    return given()
        .baseUri(Staff.BASE)
        .auth()
        .preemptive()
        .basic(user, password)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  private static Response problem(Response response, int status) {
    response
        .then()
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(status));
    return response;
  }
}
