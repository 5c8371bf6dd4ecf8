package com.meike.privacy.it;

import static com.meike.privacy.it.AppUsers.bearer;
import static com.meike.privacy.it.AppUsers.smsFor;
import static com.meike.privacy.it.Staff.anonymous;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import jakarta.jms.JMSException;
import java.security.SecureRandom;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * App-user registration end to end (ID-1, ID-2): a code is requested, the SMS partner reads it from
 * its queue from outside the server (Artemis client, as in docs/partners.md), the phone registers
 * with it and the bearer token opens /api/me; a replayed code, a tampered token and a malformed
 * phone are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void aPhoneRegistersWithTheCodeTheSmsPartnerReceivesAndTheTokenOpensTheApi() throws JMSException {
    String phone = String.format("+86139%08d", RANDOM.nextInt(100_000_000));
    anonymous()
        .body(Map.of("phone", phone))
        .post("/api/registrations/codes")
        .then()
        .statusCode(202);

    JsonPath sms = smsFor(phone);
    assertThat(sms.getString("type")).isEqualTo("sms.verification-code");
    assertThat(sms.getInt("version")).isEqualTo(1);
    assertThat(sms.getString("occurredAt")).isNotBlank();
    assertThat(sms.getString("payload.template")).isEqualTo("verification-code");
    String code = sms.getString("payload.params.code");
    assertThat(code).matches("[0-9]{6}");

    JsonPath registered =
        anonymous()
            .body(Map.of("phone", phone, "code", code, "role", "CUSTOMER"))
            .post("/api/registrations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String accountId = registered.getString("accountId");
    String token = registered.getString("token");
    assertThat(accountId).startsWith("u-");
    assertThat(registered.getString("expiresAt")).isNotBlank();

    bearer(token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("accountId", equalTo(accountId))
        .body("role", equalTo("CUSTOMER"));
    bearer(token).get("/api/me/consents").then().statusCode(200);

    // the app user accepts the policy (necessary purposes only) and consents separately to an
    // optional one
    bearer(token).body(Map.of()).post("/api/me/policy-acceptance").then().statusCode(201);
    checkOwn(token, accountId, "device.camera").body("allowed", equalTo(false));
    bearer(token)
        .body(Map.of("purpose", "device.camera", "action", "GIVEN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    checkOwn(token, accountId, "device.camera").body("allowed", equalTo(true));
    bearer(token)
        .body(Map.of("purpose", "device.camera", "action", "WITHDRAWN"))
        .post("/api/me/consents")
        .then()
        .statusCode(201);
    checkOwn(token, accountId, "device.camera")
        .body("allowed", equalTo(false))
        .body("reason", equalTo("WITHDRAWN"));
    // an app asks only about its own user
    bearer(token)
        .queryParam("subject", "u-someone-else")
        .queryParam("purpose", "device.camera")
        .get("/api/consent-checks")
        .then()
        .statusCode(403);

    // the code was used: the same answer as any wrong code
    anonymous()
        .body(Map.of("phone", phone, "code", code, "role", "CUSTOMER"))
        .post("/api/registrations")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("code"));

    // a token changed by one character is refused with the challenge
    String tampered =
        token.substring(0, token.length() - 2)
            + (token.charAt(token.length() - 2) == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);
    bearer(tampered)
        .get("/api/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic realm=\"meike-privacy\""));
    // staff are not app users; nobody anonymous is
    as("cs.agent").get("/api/me").then().statusCode(403);
    anonymous().get("/api/me").then().statusCode(401);
  }

  @Test
  void malformedInputIsRefusedNamingTheField() {
    anonymous()
        .body(Map.of("phone", "13812345678"))
        .post("/api/registrations/codes")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("phone"));
    anonymous()
        .body(Map.of("phone", "+8613812345678", "mood", "happy"))
        .post("/api/registrations/codes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("mood"));
    anonymous()
        .body(Map.of("phone", "+8613812345678", "code", "123456", "role", "ADMIN"))
        .post("/api/registrations")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"));
  }

  @Test
  void aWrongCodeGetsTheSameAnswerWhetherOrNotThePhoneHasACode() {
    String unknown = String.format("+86137%08d", RANDOM.nextInt(100_000_000));
    String body =
        anonymous()
            .body(Map.of("phone", unknown, "code", "000000", "role", "CUSTOMER"))
            .post("/api/registrations")
            .then()
            .statusCode(400)
            .body("errors.field", hasItem("code"))
            .extract()
            .asString();
    assertThat(body).doesNotContain(unknown);
  }

  private static io.restassured.response.ValidatableResponse checkOwn(
      String token, String subject, String purpose) {
    return bearer(token)
        .queryParam("subject", subject)
        .queryParam("purpose", purpose)
        .get("/api/consent-checks")
        .then()
        .statusCode(200);
  }
}
