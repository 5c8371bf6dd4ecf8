package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.anonymous;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.security.SecureRandom;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * App users registered the way the app does it: code from the SMS partner's queue, then the token.
 */
final class AppUsers {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A registered app user: phone, account id and bearer token. */
  record AppUser(String phone, String accountId, String token) {

    RequestSpecification call() {
      return bearer(token);
    }
  }

  private AppUsers() {}

  /** Registers a fresh phone number with {@code role} (CUSTOMER, BEAUTICIAN or MERCHANT). */
  static AppUser register(String role) throws JMSException {
    String phone = randomPhone();
    anonymous()
        .body(Map.of("phone", phone))
        .post("/api/registrations/codes")
        .then()
        .statusCode(202);
    String code = smsFor(phone).getString("payload.params.code");
    JsonPath registered =
        anonymous()
            .body(Map.of("phone", phone, "code", code, "role", role))
            .post("/api/registrations")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return new AppUser(phone, registered.getString("accountId"), registered.getString("token"));
  }

  /**
   * A beautician whose identity verification passed (ID-3): registered, an ID card submitted, and
   * operations' decision PASSED — the only kind of beautician an order may be assigned to.
   */
  static AppUser verifiedBeautician() throws JMSException {
    AppUser beautician = register("BEAUTICIAN");
    String verification =
        beautician
            .call()
            .body(
                Map.of(
                    "documentType", "ID_CARD", "documentNumber", idCardNumber(), "fullName", "张三"))
            .post("/api/me/verifications")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Staff.as("ops.agent")
        .body(Map.of("outcome", "PASSED"))
        .post("/api/verifications/" + verification + "/decision")
        .then()
        .statusCode(200);
    return beautician;
  }

  /** A random ID card number with a correct check digit (GB 11643), so runs never collide. */
  static String idCardNumber() {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    String body =
        "110105"
            + "19"
            + (50 + RANDOM.nextInt(50))
            + "0"
            + (1 + RANDOM.nextInt(9))
            + "1"
            + RANDOM.nextInt(10)
            + String.format("%03d", RANDOM.nextInt(1000));
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  static String randomPhone() {
    return String.format("+86139%08d", RANDOM.nextInt(100_000_000));
  }

  static RequestSpecification bearer(String token) {
    return given()
        .baseUri(Staff.BASE)
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  /** Reads partner.sms.outbound as the SMS partner until the message for {@code phone} arrives. */
  static JsonPath smsFor(String phone) throws JMSException {
    try (ActiveMQConnectionFactory factory =
            new ActiveMQConnectionFactory(PartnerQueuePermissionsIT.URL);
        JMSContext partner = factory.createContext("sms", "demo", JMSContext.AUTO_ACKNOWLEDGE);
        JMSConsumer consumer =
            partner.createConsumer(partner.createQueue("partner.sms.outbound"))) {
      for (int i = 0; i < 1000; i++) {
        Message message = consumer.receive(10_000);
        assertThat(message).as("an SMS message for the phone").isNotNull();
        JsonPath json = JsonPath.from(((TextMessage) message).getText());
        if (phone.equals(json.getString("payload.phone"))) {
          assertThat(message.getStringProperty("_AMQ_DUPL_ID"))
              .isEqualTo(json.getString("messageId"));
          return json;
        }
      }
      throw new AssertionError("no SMS message for the phone");
    }
  }
}
