package com.meike.privacy.api.recording;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.ApplicationRequest;
import com.meike.privacy.recording.application.ApplicationView;
import com.meike.privacy.recording.application.RecordingAccessService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

  /** The body of an application; unknown fields are refused by the JSON binding. */
  public record ApplicationBody(String orderNumber, String use, String reason) {}

  @Inject RecordingAccessService applications;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response apply(ApplicationBody body) {
    if (body == null) {
      throw DomainException.invalid(null, "A JSON body with orderNumber, use and reason is required.");
    }
    ApplicationView view = applications.apply(
        new ApplicationRequest(body.orderNumber(), body.use(), body.reason()), caller());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
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
