package com.meike.privacy.it;

import static com.meike.privacy.it.RecordingAccessApprovalIT.single;
import static com.meike.privacy.it.RecordingAccessApprovalIT.taskIdsFor;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.it.AppUsers.AppUser;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CMP-1 end to end through the deployed EAR: an app user files a complaint over /api, customer
 * service finds it in Tasklist (engine REST, authorization on) and answers, the complainant sees it
 * closed with the answer; nobody else sees it; bad input is refused naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void customerServiceAnswersAFiledComplaintAndItIsClosed() throws Exception {
    // given a customer files a complaint
    AppUser customer = AppUsers.register("CUSTOMER");
    JsonPath filed = customer.call()
        .body(Map.of("about", "SERVICE", "text", "The beautician arrived two hours late."))
        .post("/api/me/complaints").then().statusCode(201).extract().jsonPath();
    String number = filed.getString("number");
    assertThat(number).matches("CP[0-9]{8}[0-9A-F]{8}");
    assertThat(filed.getString("state")).isEqualTo("OPEN");
    assertThat(filed.getString("tier")).isEqualTo("CUSTOMER_SERVICE");

    // then the task waits for customer service only
    assertThat(taskIdsFor("ops.head", number)).isEmpty();
    String task = single(taskIdsFor("cs.agent", number));

    // when customer service answers in Tasklist
    as("cs.agent").body(Map.of("variables", Map.of(
            "customerServiceOutcome", text("ANSWER"),
            "answerText", text("We apologise and refund the visit."),
            "resolution", text("UPHELD"))))
        .post("/engine-rest/task/" + task + "/complete").then().statusCode(204);

    // then the complainant sees the answer and the complaint closed
    customer.call().get("/api/me/complaints/" + number).then().statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("answer.handler", equalTo("cs.agent"))
        .body("answer.resolution", equalTo("UPHELD"))
        .body("history.kind", hasItem("ANSWERED"));
    customer.call().get("/api/me/complaints").then().statusCode(200).body("number", hasItem(number));
    assertThat(taskIdsFor("cs.agent", number)).isEmpty();

    // nobody else sees it, and the figures count it
    AppUsers.register("CUSTOMER").call().get("/api/me/complaints/" + number).then().statusCode(404);
    as("cs.agent").get("/api/complaints/statistics").then().statusCode(200)
        .body("answered", greaterThanOrEqualTo(1));
    as("ops.agent").get("/api/complaints/statistics").then().statusCode(403);
  }

  @Test
  void badInputIsRefusedNamingTheField() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    refused(customer, Map.of("about", "ORDER", "text", "Where is my order?"), "orderNumber");
    refused(customer, Map.of("about", "WEATHER", "text", "Too hot."), "about");
    refused(customer, Map.of("about", "SERVICE", "text", "  "), "text");
    refused(customer, Map.of("about", "SERVICE", "text", "Rude.", "attachment", "x"), "attachment");
  }

  private static void refused(AppUser user, Map<String, ?> body, String field) {
    user.call().body(body).post("/api/me/complaints").then().statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem(field));
  }

  private static Map<String, String> text(String value) {
    return Map.of("value", value, "type", "String");
  }
}
