package com.meike.privacy.api.order;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.order.application.OrderRequest;
import com.meike.privacy.order.application.OrderService;
import com.meike.privacy.order.application.OrderView;
import com.meike.privacy.order.application.ServiceContact;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Orders. Customers (bearer, app role CUSTOMER) place them; operations assigns a beautician; the
 * assigned beautician (bearer, app role BEAUTICIAN) reads the service address and contact while the
 * order is active; completion or cancellation ends that.
 */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

  static final List<String> FIELDS =
      List.of(
          "serviceAddress",
          "contactName",
          "contactPhone",
          "items",
          "amount",
          "city",
          "forAnotherPerson",
          "recipientId");

  @Inject OrderService orders;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.APP_USER)
  public Response place(JsonObject json) {
    if (!security.isUserInRole(Roles.CUSTOMER)) {
      throw DomainException.forbidden("only customers place orders");
    }
    RequestBody body = RequestBody.of(json, FIELDS);
    OrderView order =
        orders.place(
            new OrderRequest(
                body.text("serviceAddress"),
                body.text("contactName"),
                body.text("contactPhone"),
                body.texts("items"),
                body.decimal("amount"),
                body.text("city"),
                body.flag("forAnotherPerson", false),
                body.text("recipientId")),
            caller());
    return Response.created(uri.getBaseUriBuilder().path("me/orders").build())
        .entity(order)
        .build();
  }

  /** Operations assigns the order to a beautician: {@code {"beauticianId": "<account id>"}}. */
  @POST
  @Path("{number}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.OPERATIONS)
  public OrderView assign(@PathParam("number") String number, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("beauticianId"));
    return orders.assign(number, body.text("beauticianId"), caller());
  }

  /** The assigned beautician's view of an active order: service address and contact only. */
  @GET
  @Path("{number}/service-contact")
  @RolesAllowed(Roles.APP_USER)
  public ServiceContact serviceContact(@PathParam("number") String number) {
    return orders.serviceContact(number, security.isUserInRole(Roles.BEAUTICIAN) ? caller() : null);
  }

  /** The service was done (operations, or the assigned beautician). */
  @POST
  @Path("{number}/completion")
  @RolesAllowed({Roles.OPERATIONS, Roles.APP_USER})
  public OrderView complete(@PathParam("number") String number) {
    return orders.complete(number, caller(), security.isUserInRole(Roles.OPERATIONS));
  }

  /** The order is called off (operations, or the customer who placed it). */
  @POST
  @Path("{number}/cancellation")
  @RolesAllowed({Roles.OPERATIONS, Roles.APP_USER})
  public OrderView cancel(@PathParam("number") String number) {
    return orders.cancel(number, caller(), security.isUserInRole(Roles.OPERATIONS));
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
