package com.meike.privacy.api.rights;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.rights.application.DataSubjectRequests;
import com.meike.privacy.rights.application.RequestFiling;
import com.meike.privacy.rights.application.RequestView;
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
 * Customer service registers a request received by phone (ID-7: cancellation goes through customer
 * service); customer service and the privacy officer read one (audited).
 */
@Path("data-subject-requests")
@Produces(MediaType.APPLICATION_JSON)
public class DataSubjectRequestsResource {

  // the staff groups' one definition (issue 13), not a copy of their names
  static final String CUSTOMER_SERVICE = StaffGroups.CUSTOMER_SERVICE;
  static final String PRIVACY_OFFICER = StaffGroups.PRIVACY_OFFICER;

  @Inject DataSubjectRequests requests;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(CUSTOMER_SERVICE)
  public Response register(JsonObject json) {
    RequestBody body =
        RequestBody.of(json, List.of("kind", "deletionGround", "details", "subject"));
    RequestView view =
        requests.register(
            new RequestFiling(
                body.text("kind"),
                body.text("deletionGround"),
                body.text("details"),
                body.text("subject")),
            security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({CUSTOMER_SERVICE, PRIVACY_OFFICER})
  public RequestView one(@PathParam("id") String id) {
    return requests.request(id, security.getUserPrincipal().getName());
  }
}
