package com.meike.privacy.api.partner;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.DeletionOrderView;
import com.meike.privacy.partner.application.PartnerDeletionOrders;
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
 * Deletion orders to partners (DSR-7 groundwork): the privacy office orders every recipient of a
 * person's data to delete it; operations and the privacy office follow each order until every
 * partner acknowledged (outstanding, acknowledged, failed with the partner's reason).
 */
@Path("partner-deletion-orders")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerDeletionOrdersResource {

  static final List<String> FIELDS = List.of("subject", "reason");

  @Inject PartnerDeletionOrders orders;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public Response order(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    DeletionOrderView order =
        orders.orderDeletion(
            SubjectId.of(body.text("subject")),
            body.text("reason"),
            security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(order.id()).build())
        .entity(order)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.OPERATIONS, Roles.PRIVACY_OFFICER})
  public DeletionOrderView order(@PathParam("id") String id) {
    return orders.order(id, security.getUserPrincipal().getName());
  }
}
