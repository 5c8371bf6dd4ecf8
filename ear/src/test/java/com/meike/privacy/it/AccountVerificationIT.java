package com.meike.privacy.it;

import static com.meike.privacy.it.AppUsers.bearer;
import static com.meike.privacy.it.AppUsers.register;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.it.AppUsers.AppUser;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.jms.JMSException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Extra verification (ID-3, ID-4), third-party login bindings (ID-5) and staff look-ups end to end:
 * app users registered through the SMS partner's queue submit evidence, one document verifies one
 * account only, operations staff decide without ever seeing the evidence, the account shows only
 * the state; a WeChat account is bound only with consent and only with the consented fields;
 * customer service finds a person by phone and follows the link to their consents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountVerificationIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void evidenceIsReviewedByOperationsAndOnlyTheStateIsEverShown() throws JMSException {
    AppUser beautician = register("BEAUTICIAN");
    AppUser customer = register("CUSTOMER");
    String idCard = idCardNumber();
    bearer(beautician.token())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("extraVerification", equalTo("PENDING"));

    // bad input names its field and changes nothing
    refused(
        bearer(beautician.token())
            .body(withField(document("ID_CARD", idCard, "张三"), "creditCode", creditCode())),
        "creditCode");
    refused(
        bearer(beautician.token())
            .body(withField(document("ID_CARD", idCard, "张三"), "birthDate", "1949-12-31")),
        "birthDate");
    String wrongCheckDigit = idCard.substring(0, 17) + (idCard.charAt(17) == '0' ? '1' : '0');
    refused(
        bearer(beautician.token()).body(document("ID_CARD", wrongCheckDigit, "张三")),
        "documentNumber");
    refused(
        bearer(beautician.token()).body(document("HOUSEHOLD_REGISTER", idCard, "张三")),
        "documentType");

    String submitted =
        bearer(beautician.token())
            .body(
                withField(document("ID_CARD", idCard, "张三"), "faceCheckReference", "face-check-1"))
            .post("/api/me/verifications")
            .then()
            .statusCode(201)
            .body("kind", equalTo("IDENTITY"))
            .body("state", equalTo("PENDING"))
            .extract()
            .asString();
    assertThat(submitted)
        .doesNotContain(idCard)
        .doesNotContain("张三")
        .doesNotContain("face-check-1");
    String verificationId = JsonPath.from(submitted).getString("id");
    // one pending submission at a time; one document for one account
    bearer(beautician.token())
        .body(document("PASSPORT", "E" + digits(8), "张三"))
        .post("/api/me/verifications")
        .then()
        .statusCode(409);
    bearer(customer.token())
        .body(document("ID_CARD", idCard, "张三"))
        .post("/api/me/verifications")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"));
    bearer(customer.token())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("extraVerification", equalTo("NOT_REQUIRED"));

    // operations review the queue: ids, kinds and times, never the evidence
    String queue =
        as("ops.agent")
            .queryParam("state", "PENDING")
            .get("/api/verifications")
            .then()
            .statusCode(200)
            .body("id", hasItem(verificationId))
            .extract()
            .asString();
    assertThat(queue).doesNotContain(idCard).doesNotContain("张三");
    as("cs.agent").get("/api/verifications").then().statusCode(403);
    bearer(beautician.token()).get("/api/verifications").then().statusCode(403);
    as("ops.agent")
        .queryParam("state", "LOST")
        .get("/api/verifications")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("state"));

    refused(
        as("ops.agent").body(Map.of("outcome", "FAILED")),
        "reason",
        "/api/verifications/" + verificationId + "/decision");
    as("ops.agent")
        .body(Map.of("outcome", "FAILED", "reason", "The document photo is unreadable."))
        .post("/api/verifications/" + verificationId + "/decision")
        .then()
        .statusCode(200)
        .body("state", equalTo("FAILED"))
        .body("$", not(org.hamcrest.Matchers.hasKey("reason")));
    as("ops.agent")
        .body(Map.of("outcome", "PASSED"))
        .post("/api/verifications/" + verificationId + "/decision")
        .then()
        .statusCode(409);
    as("ops.agent")
        .body(Map.of("outcome", "PASSED"))
        .post("/api/verifications/v-unknown/decision")
        .then()
        .statusCode(404);
    bearer(beautician.token())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("extraVerification", equalTo("FAILED"));

    // the failed document is free again: the customer's optional real-name verification may use it
    bearer(customer.token())
        .body(document("ID_CARD", idCard, "张三"))
        .post("/api/me/verifications")
        .then()
        .statusCode(201)
        .body("kind", equalTo("REAL_NAME"));
    bearer(customer.token())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("extraVerification", equalTo("PENDING"));

    // the beautician resubmits after FAILED; once PASSED nothing more is accepted
    String second =
        bearer(beautician.token())
            .body(document("PASSPORT", "E" + digits(8), "Zhang San"))
            .post("/api/me/verifications")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("ops.head")
        .body(Map.of("outcome", "PASSED"))
        .post("/api/verifications/" + second + "/decision")
        .then()
        .statusCode(200)
        .body("state", equalTo("PASSED"));
    bearer(beautician.token())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("extraVerification", equalTo("PASSED"));
    bearer(beautician.token())
        .body(document("PASSPORT", "E" + digits(8), "Zhang San"))
        .post("/api/me/verifications")
        .then()
        .statusCode(409);
  }

  @Test
  void aMerchantSubmitsItsEnterpriseCredential() throws JMSException {
    AppUser merchant = register("MERCHANT");
    refused(
        bearer(merchant.token()).body(document("ID_CARD", idCardNumber(), "王五")), "documentType");
    String code = creditCode();
    refused(
        bearer(merchant.token())
            .body(enterprise(code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'))),
        "creditCode");
    String body =
        bearer(merchant.token())
            .body(enterprise(code))
            .post("/api/me/verifications")
            .then()
            .statusCode(201)
            .body("kind", equalTo("ENTERPRISE"))
            .extract()
            .asString();
    assertThat(body).doesNotContain(code);
  }

  @Test
  void staffLookAPersonUpByPhoneOrIdAndFollowTheLinkToTheirConsents() throws JMSException {
    AppUser customer = register("CUSTOMER");

    String found =
        as("cs.agent")
            .body(Map.of("phone", customer.phone()))
            .post("/api/subjects/searches")
            .then()
            .statusCode(200)
            .body("accountId", equalTo(customer.accountId()))
            .body("role", equalTo("CUSTOMER"))
            .body("extraVerification", equalTo("NOT_REQUIRED"))
            .body("consents", equalTo("/api/subjects/" + customer.accountId() + "/consents"))
            .extract()
            .asString();
    assertThat(found).doesNotContain(customer.phone().substring(3));
    String consents = JsonPath.from(found).getString("consents");
    as("cs.agent")
        .get(consents)
        .then()
        .statusCode(200)
        .body("subject", equalTo(customer.accountId()));
    as("privacy.officer")
        .get("/api/subjects/" + customer.accountId())
        .then()
        .statusCode(200)
        .body("registeredAt", org.hamcrest.Matchers.notNullValue());

    String unknown = String.format("+86137%08d", RANDOM.nextInt(100_000_000));
    as("cs.agent")
        .body(Map.of("phone", unknown))
        .post("/api/subjects/searches")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
    as("cs.agent").get("/api/subjects/u-nobody-" + digits(6)).then().statusCode(404);
    as("cs.agent")
        .body(Map.of("phone", "13812345678"))
        .post("/api/subjects/searches")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("phone"));
    as("cs.agent")
        .body(Map.of("mobile", customer.phone()))
        .post("/api/subjects/searches")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("mobile"));
    as("cs.agent")
        .get("/api/subjects/+8613812345678")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("subject"));
    as("ops.agent")
        .body(Map.of("phone", customer.phone()))
        .post("/api/subjects/searches")
        .then()
        .statusCode(403);
    bearer(customer.token()).get("/api/subjects/" + customer.accountId()).then().statusCode(403);
  }

  @Test
  void aThirdPartyAccountIsBoundOnlyWithConsentAndOnlyWithTheConsentedFields() throws JMSException {
    AppUser first = register("CUSTOMER");
    AppUser second = register("CUSTOMER");
    String openId = "oWx1-" + digits(12);

    refused(
        bearer(first.token()).body(Map.of("provider", "WECHAT", "externalId", openId)),
        "consent",
        "/api/me/external-accounts");
    refused(
        bearer(first.token())
            .body(Map.of("provider", "WECHAT", "externalId", openId, "consent", false)),
        "consent",
        "/api/me/external-accounts");
    refused(
        bearer(first.token())
            .body(
                Map.of("provider", "WECHAT", "externalId", openId, "consent", true, "gender", "F")),
        "gender",
        "/api/me/external-accounts");
    refused(
        bearer(first.token()).body(Map.of("provider", "QQ", "externalId", openId, "consent", true)),
        "provider",
        "/api/me/external-accounts");
    bearer(first.token())
        .get("/api/me/external-accounts")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));

    String bound =
        bearer(first.token())
            .body(
                Map.of(
                    "provider", "WECHAT", "externalId", openId, "consent", true, "nickname", "小美"))
            .post("/api/me/external-accounts")
            .then()
            .statusCode(201)
            .body("provider", equalTo("WECHAT"))
            .body("nickname", equalTo("小美"))
            .body("$", not(org.hamcrest.Matchers.hasKey("avatarUrl")))
            .extract()
            .asString();
    assertThat(bound).doesNotContain(openId);
    bearer(second.token())
        .body(Map.of("provider", "WECHAT", "externalId", openId, "consent", true))
        .post("/api/me/external-accounts")
        .then()
        .statusCode(409);
    String listed =
        bearer(first.token())
            .get("/api/me/external-accounts")
            .then()
            .statusCode(200)
            .body("provider", equalTo(java.util.List.of("WECHAT")))
            .body("[0].boundAt", org.hamcrest.Matchers.notNullValue())
            .extract()
            .asString();
    assertThat(listed).doesNotContain(openId);

    bearer(first.token()).delete("/api/me/external-accounts/WECHAT").then().statusCode(204);
    bearer(first.token())
        .get("/api/me/external-accounts")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
    bearer(first.token()).delete("/api/me/external-accounts/WECHAT").then().statusCode(404);
    // once unbound, the external account may be bound by whoever owns it now
    bearer(second.token())
        .body(
            Map.of(
                "provider",
                "WECHAT",
                "externalId",
                openId,
                "consent",
                true,
                "avatarUrl",
                "https://thirdwx.example/avatar/1.png"))
        .post("/api/me/external-accounts")
        .then()
        .statusCode(201)
        .body("avatarUrl", equalTo("https://thirdwx.example/avatar/1.png"));
    as("cs.agent").get("/api/me/external-accounts").then().statusCode(403);
  }

  private static void refused(RequestSpecification request, String field) {
    refused(request, field, "/api/me/verifications");
  }

  private static void refused(RequestSpecification request, String field, String path) {
    request
        .post(path)
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem(field));
  }

  private static Map<String, String> document(String type, String number, String name) {
    return Map.of("documentType", type, "documentNumber", number, "fullName", name);
  }

  private static Map<String, String> enterprise(String code) {
    return Map.of(
        "creditCode", code, "enterpriseName", "杭州美十每客美容有限公司", "legalRepresentative", "王五");
  }

  private static Map<String, String> withField(
      Map<String, String> body, String field, String value) {
    Map<String, String> copy = new HashMap<>(body);
    copy.put(field, value);
    return copy;
  }

  private static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    return digits.toString();
  }

  /** A random ID card number with a correct check digit (GB 11643), so runs never collide. */
  private static String idCardNumber() {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    String body =
        "110105"
            + "19"
            + (50 + RANDOM.nextInt(50))
            + "0"
            + (1 + RANDOM.nextInt(9))
            + "1"
            + RANDOM.nextInt(10)
            + digits(3);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  /** A random unified social credit code with a correct check character (GB 32100). */
  private static String creditCode() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    String body = "91330100" + digits(9);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(body.charAt(i)) * weights[i];
    }
    return body + alphabet.charAt((31 - sum % 31) % 31);
  }
}
