package com.meike.privacy.it;

import com.meike.privacy.it.AppUsers.AppUser;
import jakarta.jms.JMSException;
import java.util.List;
import java.util.Map;

/** Real orders for the in-container tests: placed by a registered customer over /api. */
final class Orders {

  private static String shared;

  private Orders() {}

  /** Places an order as {@code customer}; returns its number. */
  static String placeBy(AppUser customer) {
    return customer
        .call()
        .body(requestIn("Shanghai"))
        .post("/api/orders")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("orderNumber");
  }

  /** The body of {@code POST /api/orders} for a facial in {@code city}. */
  static Map<String, Object> requestIn(String city) {
    return Map.of(
        "serviceAddress",
        "Room 5, 12 Xinhua Rd, Xuhui",
        "contactName",
        "Li Na",
        "contactPhone",
        "+8613812345678",
        "items",
        List.of("facial"),
        "amount",
        268.00,
        "city",
        city);
  }

  /**
   * One order placed by a fresh customer, shared by the tests of a run that only need some order.
   */
  static synchronized String any() throws JMSException {
    if (shared == null) {
      shared = placeBy(AppUsers.register("CUSTOMER"));
    }
    return shared;
  }
}
