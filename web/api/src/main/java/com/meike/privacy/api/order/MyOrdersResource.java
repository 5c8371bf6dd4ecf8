package com.meike.privacy.api.order;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.order.application.OrderPayments;
import com.meike.privacy.order.application.OrderService;
import com.meike.privacy.order.application.OrderView;
import com.meike.privacy.order.application.ReviewRequest;
import com.meike.privacy.order.application.ReviewView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * The calling customer's own orders, with their personal fields, newest first; and their review of
 * a completed order (ORD-4).
 */
@Path("me/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyOrdersResource {

  @Inject OrderService orders;
  @Inject OrderPayments payments;
  @Context SecurityContext security;

  @GET
  public List<OrderView> mine() {
    return orders.ordersOf(security.getUserPrincipal().getName());
  }

  /**
   * The customer reviews a completed order once: {@code {"rating": 1..5, "text": "..."}}. A bad
   * review puts the order's recordings on legal hold in the same transaction.
   */
  @POST
  @Path("{number}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response review(@PathParam("number") String number, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("rating", "text"));
    ReviewView review =
        orders.review(
            number,
            new ReviewRequest(rating(body.decimal("rating")), body.text("text")),
            security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(review).build();
  }

  /**
   * The customer pays an active order through a payment partner: {@code {"provider": "wechat-pay" |
   * "alipay"}} (ORD-3). The partner receives the order number, amount and currency; its reply
   * settles the payment, which {@code GET} shows.
   */
  @POST
  @Path("{number}/payment")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response pay(@PathParam("number") String number, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("provider"));
    OrderPayments.PaymentView payment =
        payments.pay(number, body.text("provider"), security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(payment).build();
  }

  @GET
  @Path("{number}/payment")
  public OrderPayments.PaymentView payment(@PathParam("number") String number) {
    return payments.paymentOf(number, security.getUserPrincipal().getName());
  }

  private static Integer rating(BigDecimal value) {
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw DomainException.invalid("rating", "must be a whole number from 1 to 5");
    }
  }
}
