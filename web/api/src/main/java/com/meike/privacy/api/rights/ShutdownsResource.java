package com.meike.privacy.api.rights;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.rights.application.DisposalReport;
import com.meike.privacy.rights.application.ServiceView;
import com.meike.privacy.rights.application.ShutdownRequest;
import com.meike.privacy.rights.application.ShutdownView;
import com.meike.privacy.rights.application.Shutdowns;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Shutting a service down (SHUT-1): the registry of services that collect, the request (the privacy
 * officer or the head of operations; starts {@code shutdown-data-disposal}), the shutdown and its
 * disposal report.
 */
@Path("shutdowns")
@Produces(MediaType.APPLICATION_JSON)
public class ShutdownsResource {

  @Inject Shutdowns shutdowns;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @Path("services")
  @RolesAllowed({StaffGroups.PRIVACY_OFFICER, StaffGroups.OPERATIONS})
  public List<ServiceView> services() {
    return shutdowns.services();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({StaffGroups.PRIVACY_OFFICER, StaffGroups.OPERATIONS})
  public Response request(JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("service", "shutdownDate", "reason"));
    Set<String> groups = new LinkedHashSet<>();
    for (String group : StaffGroups.ALL) {
      if (security.isUserInRole(group)) {
        groups.add(group);
      }
    }
    ShutdownView view =
        shutdowns.request(
            new ShutdownRequest(
                body.text("service"), body.text("shutdownDate"), body.text("reason")),
            security.getUserPrincipal().getName(),
            groups);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({StaffGroups.PRIVACY_OFFICER, StaffGroups.OPERATIONS})
  public ShutdownView one(@PathParam("id") String id) {
    return shutdowns.shutdown(id, security.getUserPrincipal().getName());
  }

  @GET
  @Path("{id}/report")
  @RolesAllowed(StaffGroups.PRIVACY_OFFICER)
  public DisposalReport report(@PathParam("id") String id) {
    return shutdowns.report(id, security.getUserPrincipal().getName());
  }
}
