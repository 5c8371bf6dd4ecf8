package com.meike.privacy.api.recording;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.RecordingAccessService;
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

/** Employees apply to listen to an order's recording and follow their applications. */
@Path("recording-access-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class RecordingAccessRequestsResource {

  static final List<String> FIELDS = List.of("orderNumber", "use", "reason", "urgency");

  @Inject RecordingAccessService applications;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response apply(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    ApplicationView view =
        applications.apply(
            new ApplicationRequest(
                body.text("orderNumber"),
                body.text("use"),
                body.text("reason"),
                body.text("urgency")),
            caller());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }

  @GET
  public List<ApplicationView> mine() {
    return applications.applicationsOf(caller());
  }

  @GET
  @Path("{id}")
  public ApplicationView one(@PathParam("id") String id) {
    return applications.application(id, caller(), Oversight.of(security));
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
