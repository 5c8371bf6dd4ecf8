package com.meike.privacy.it;

import static com.meike.privacy.it.Staff.anonymous;
import static com.meike.privacy.it.Staff.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.meike.privacy.it.AppUsers.AppUser;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ORD-1, ORD-2 through the deployed EAR: a customer orders, operations assigns a beautician, who
 * sees the service address and contact only while the order is active; recording-access
 * applications name real orders only; the customer reviews a completed order once, and a bad review
 * puts its recordings on legal hold (ORD-4); a child's order needs the guardian's consent (ORD-1).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrdersIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theAssignedBeauticianSeesTheContactOnlyWhileTheOrderIsActive() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    AppUser otherBeautician = AppUsers.verifiedBeautician();

    // a customer places an order for someone else and sees it with its details
    JsonPath placed =
        customer
            .call()
            .body(
                Map.of(
                    "serviceAddress",
                    "Room 5, 12 Xinhua Rd, Xuhui",
                    "contactName",
                    "Li Na",
                    "contactPhone",
                    "+8613812345678",
                    "items",
                    List.of("facial", "massage"),
                    "amount",
                    "268.00",
                    "city",
                    "Shanghai",
                    "forAnotherPerson",
                    true))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .body("status", equalTo("PLACED"))
            .extract()
            .jsonPath();
    String number = placed.getString("orderNumber");
    assertThat(number).matches("MK[0-9]{16}");
    customer
        .call()
        .get("/api/me/orders")
        .then()
        .statusCode(200)
        .body("orderNumber", hasItem(number))
        .body("find { it.orderNumber == '" + number + "' }.contactPhone", equalTo("+8613812345678"))
        .body("find { it.orderNumber == '" + number + "' }.forAnotherPerson", equalTo(true));

    // nobody sees the contact before the assignment
    beautician
        .call()
        .get(contact(number))
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));

    // only operations assigns, and only to a beautician
    as("cs.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post(assignment(number))
        .then()
        .statusCode(403);
    as("ops.agent")
        .body(Map.of("beauticianId", customer.accountId()))
        .post(assignment(number))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("beauticianId"));
    // ID-3: a beautician whose identity was never verified is not assigned and never sees the
    // address
    AppUser unverified = AppUsers.register("BEAUTICIAN");
    as("ops.agent")
        .body(Map.of("beauticianId", unverified.accountId()))
        .post(assignment(number))
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("beauticianId"));
    unverified.call().get(contact(number)).then().statusCode(403);
    as("ops.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post(assignment(number))
        .then()
        .statusCode(200)
        .body("status", equalTo("ASSIGNED"))
        .body("contactPhone", nullValue())
        .body("serviceAddress", nullValue());

    // the assigned beautician sees address and contact; nobody else does
    beautician
        .call()
        .get(contact(number))
        .then()
        .statusCode(200)
        .body("serviceAddress", equalTo("Room 5, 12 Xinhua Rd, Xuhui"))
        .body("contactName", equalTo("Li Na"))
        .body("contactPhone", equalTo("+8613812345678"))
        .body("$", not(org.hamcrest.Matchers.hasKey("items")));
    otherBeautician.call().get(contact(number)).then().statusCode(403);
    customer.call().get(contact(number)).then().statusCode(403);

    // once the service is done the beautician no longer sees it
    beautician
        .call()
        .post("/api/orders/" + number + "/completion")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    beautician.call().get(contact(number)).then().statusCode(403);
    // neither the beautician nor the customer can retrieve a recording (REC-4)
    beautician
        .call()
        .get("/api/recording-access-grants/any/recordings/any/audio")
        .then()
        .statusCode(403);
    customer
        .call()
        .get("/api/recording-access-grants/any/recordings/any/audio")
        .then()
        .statusCode(403);
    as("ops.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post(assignment(number))
        .then()
        .statusCode(409);

    as("privacy.officer")
        .get("/api/audit-trail/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));
  }

  @Test
  void aCustomerCancelsTheirOwnOrderOnly() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser stranger = AppUsers.register("CUSTOMER");
    String number = Orders.placeBy(customer);

    stranger.call().post("/api/orders/" + number + "/cancellation").then().statusCode(403);
    customer
        .call()
        .post("/api/orders/" + number + "/cancellation")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    stranger
        .call()
        .get("/api/me/orders")
        .then()
        .statusCode(200)
        .body("orderNumber", not(hasItem(number)));
  }

  @Test
  void onlyCustomersOrderAndBadInputIsRefusedNamingTheField() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    Map<String, Object> order =
        Map.of(
            "serviceAddress",
            "12 Xinhua Rd",
            "contactName",
            "Li Na",
            "contactPhone",
            "+8613812345678",
            "items",
            List.of("facial"),
            "amount",
            99,
            "city",
            "Shanghai");

    anonymous().body(order).post("/api/orders").then().statusCode(401);
    beautician.call().body(order).post("/api/orders").then().statusCode(403);
    refused(
        customer,
        Map.of(
            "serviceAddress",
            "12 Xinhua Rd",
            "contactName",
            "Li Na",
            "contactPhone",
            "+8613812345678",
            "items",
            List.of("facial"),
            "amount",
            -5,
            "city",
            "Shanghai"),
        "amount");
    refused(
        customer,
        Map.of(
            "serviceAddress",
            "12 Xinhua Rd",
            "contactName",
            "Li Na",
            "contactPhone",
            "+8613812345678",
            "items",
            List.of(),
            "amount",
            99,
            "city",
            "Shanghai"),
        "items");
    refused(
        customer,
        Map.of(
            "serviceAddress",
            "12 Xinhua Rd",
            "contactName",
            "Li Na",
            "contactPhone",
            "+8613812345678",
            "items",
            List.of("facial"),
            "amount",
            99,
            "city",
            "Shanghai",
            "idCard",
            "310101199001011234"),
        "idCard");
  }

  @Test
  void recordingAccessIsAppliedForOnRealOrdersOnly() throws Exception {
    String number = Orders.any();

    as("ops.agent")
        .body(RecordingAccessApprovalIT.body("MK2000010100000000"))
        .post("/api/recording-access-requests")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("orderNumber"));
    as("ops.agent")
        .body(RecordingAccessApprovalIT.body(number))
        .post("/api/recording-access-requests")
        .then()
        .statusCode(201);
  }

  @Test
  void legalHoldsAreForRealOrdersAndReleasedOnce() throws Exception {
    String number = Orders.any();

    as("cs.agent")
        .body(
            Map.of(
                "orderNumber",
                "MK2000010100000000",
                "reason",
                "Customer complaint about the visit"))
        .post("/api/recording-legal-holds")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("orderNumber"));
    as("ops.agent")
        .body(Map.of("orderNumber", number, "reason", "Customer complaint about the visit"))
        .post("/api/recording-legal-holds")
        .then()
        .statusCode(403);
    String hold =
        as("cs.agent")
            .body(Map.of("orderNumber", number, "reason", "Customer complaint about the visit"))
            .post("/api/recording-legal-holds")
            .then()
            .statusCode(201)
            .body("active", equalTo(true))
            .extract()
            .jsonPath()
            .getString("id");
    as("cs.agent").post("/api/recording-legal-holds/" + hold + "/release").then().statusCode(403);
    as("legal.counsel")
        .post("/api/recording-legal-holds/" + hold + "/release")
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("releasedBy", equalTo("legal.counsel"));
    as("legal.counsel")
        .post("/api/recording-legal-holds/" + hold + "/release")
        .then()
        .statusCode(409);
    as("privacy.officer")
        .queryParam("orderNumber", number)
        .get("/api/recording-legal-holds")
        .then()
        .statusCode(200)
        .body("id", hasItem(hold));
  }

  @Test
  void aBadReviewHoldsTheOrdersRecordingsAndAnOrderIsReviewedOnlyOnce() throws Exception {
    AppUser customer = AppUsers.register("CUSTOMER");
    AppUser stranger = AppUsers.register("CUSTOMER");
    AppUser beautician = AppUsers.verifiedBeautician();
    String number = Orders.placeBy(customer);
    String review = "/api/me/orders/" + number + "/review";

    customer
        .call()
        .body(Map.of("rating", 1))
        .post(review)
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"));
    as("ops.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post(assignment(number))
        .then()
        .statusCode(200);
    beautician.call().post("/api/orders/" + number + "/completion").then().statusCode(200);

    stranger.call().body(Map.of("rating", 1)).post(review).then().statusCode(403);
    customer
        .call()
        .body(Map.of("rating", 7))
        .post(review)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("rating"));
    customer
        .call()
        .body(Map.of("rating", 1, "text", "The beautician was rude.", "tip", 0))
        .post(review)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("tip"));
    customer
        .call()
        .body(Map.of("rating", 1, "text", "The beautician was rude."))
        .post(review)
        .then()
        .statusCode(201)
        .body("rating", equalTo(1))
        .body("text", equalTo("The beautician was rude."))
        .body("recordingsHeld", equalTo(true));
    customer
        .call()
        .body(Map.of("rating", 5))
        .post(review)
        .then()
        .statusCode(409)
        .body("detail", containsString("already reviewed"));

    // the hold is there for legal and the privacy office, with the reason "bad review"
    as("privacy.officer")
        .queryParam("orderNumber", number)
        .get("/api/recording-legal-holds")
        .then()
        .statusCode(200)
        .body("reason", hasItem("bad review"))
        .body("find { it.reason == 'bad review' }.active", equalTo(true));

    // a good review holds nothing
    String other = Orders.placeBy(customer);
    as("ops.agent")
        .body(Map.of("beauticianId", beautician.accountId()))
        .post(assignment(other))
        .then()
        .statusCode(200);
    as("ops.agent").post("/api/orders/" + other + "/completion").then().statusCode(200);
    customer
        .call()
        .body(Map.of("rating", 4))
        .post("/api/me/orders/" + other + "/review")
        .then()
        .statusCode(201)
        .body("recordingsHeld", equalTo(false));
    as("privacy.officer")
        .queryParam("orderNumber", other)
        .get("/api/recording-legal-holds")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void anOrderForAChildNeedsTheGuardianOrTheGuardiansConsent() throws Exception {
    AppUser guardian = AppUsers.register("CUSTOMER");
    AppUser child = AppUsers.register("CUSTOMER");
    AppUser relative = AppUsers.register("CUSTOMER");
    as("cs.agent")
        .body(Map.of("guardian", guardian.accountId(), "basis", "BIRTH_DATE"))
        .put("/api/subjects/" + child.accountId() + "/child-status")
        .then()
        .statusCode(200);
    Map<String, Object> forChild =
        Map.of(
            "serviceAddress",
            "Room 5, 12 Xinhua Rd, Xuhui",
            "contactName",
            "Li Xiaoming",
            "contactPhone",
            "+8613812345678",
            "items",
            List.of("haircut"),
            "amount",
            "88.00",
            "city",
            "Shanghai",
            "recipientId",
            child.accountId());

    // without the guardian's consent a relative cannot order for the child
    relative
        .call()
        .body(forChild)
        .post("/api/orders")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem("recipientId"))
        .body("detail", containsString("guardian's consent is missing"));
    relative.call().get("/api/me/orders").then().statusCode(200).body("size()", equalTo(0));

    // the guardian can; once the guardian has consented for the child, so can the relative
    guardian
        .call()
        .body(forChild)
        .post("/api/orders")
        .then()
        .statusCode(201)
        .body("recipientId", equalTo(child.accountId()))
        .body("forAnotherPerson", equalTo(true));
    guardian
        .call()
        .body(Map.of("channel", "SETTINGS"))
        .post("/api/me/children/" + child.accountId() + "/policy-acceptance")
        .then()
        .statusCode(201);
    relative
        .call()
        .body(forChild)
        .post("/api/orders")
        .then()
        .statusCode(201)
        .body("recipientId", equalTo(child.accountId()));

    as("privacy.officer")
        .get("/api/audit-trail/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true));
  }

  private static void refused(AppUser customer, Map<String, ?> body, String field) {
    customer
        .call()
        .body(body)
        .post("/api/orders")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("errors.field", hasItem(field));
  }

  private static String contact(String number) {
    return "/api/orders/" + number + "/service-contact";
  }

  private static String assignment(String number) {
    return "/api/orders/" + number + "/assignment";
  }
}
