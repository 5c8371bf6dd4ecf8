package com.meike.privacy.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Demo staff of the external contract (password "demo"), calling /api or /engine-rest. */
final class Staff {

  static final String BASE = "http://localhost:8080";

  private Staff() {}

  static RequestSpecification as(String user) {
    return given()
        .baseUri(BASE)
        .auth()
        .preemptive()
        .basic(user, "demo")
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  static RequestSpecification anonymous() {
    return given().baseUri(BASE).contentType(ContentType.JSON).accept(ContentType.JSON);
  }
}
