package com.meike.privacy.api.recording;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.recording.application.LegalHoldView;
import com.meike.privacy.recording.application.RecordingRetention;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Legal holds on an order's recordings (REC-6): customer service, legal or the privacy office put
 * them on a bad review, a complaint or an unresolved dispute; legal or the privacy office release
 * them.
 */
@Path("recording-legal-holds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffGroups.CUSTOMER_SERVICE, StaffGroups.LEGAL, Roles.PRIVACY_OFFICER})
public class RecordingLegalHoldsResource {

  @Inject RecordingRetention retention;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response place(JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("orderNumber", "reason"));
    LegalHoldView hold =
        retention.placeHold(
            OrderNumber.of(body.text("orderNumber")), body.text("reason"), caller());
    return Response.created(
            uri.getAbsolutePathBuilder().queryParam("orderNumber", hold.orderNumber()).build())
        .entity(hold)
        .build();
  }

  @GET
  public List<LegalHoldView> ofOrder(@QueryParam("orderNumber") String orderNumber) {
    return retention.holdsOf(OrderNumber.of(orderNumber));
  }

  @POST
  @Path("{id}/release")
  @RolesAllowed({StaffGroups.LEGAL, Roles.PRIVACY_OFFICER})
  public LegalHoldView release(@PathParam("id") String id) {
    return retention.releaseHold(id, caller());
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
