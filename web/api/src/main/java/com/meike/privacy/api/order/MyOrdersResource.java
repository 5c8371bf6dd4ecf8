package com.meike.privacy.api.order;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.order.application.OrderService;
import com.meike.privacy.order.application.OrderView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The calling customer's own orders, with their personal fields, newest first. */
@Path("me/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyOrdersResource {

  @Inject OrderService orders;
  @Context SecurityContext security;

  @GET
  public List<OrderView> mine() {
    return orders.ordersOf(security.getUserPrincipal().getName());
  }
}
