package com.meike.privacy.api.complaint;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.incidents.application.ComplaintFiling;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintView;
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
 * The caller's own complaints (CMP-1): file one, list them, follow one (state, deadlines, history,
 * answer), and reply when customer service asks for information. Somebody else's complaint is
 * answered as not found.
 */
@Path("me/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyComplaintsResource {

  @Inject ComplaintService complaints;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("about", "orderNumber", "text"));
    ComplaintView view =
        complaints.file(
            new ComplaintFiling(body.text("about"), body.text("orderNumber"), body.text("text")), caller());
    return Response.created(uri.getAbsolutePathBuilder().path(view.number()).build()).entity(view).build();
  }

  @GET
  public List<ComplaintView> mine() {
    return complaints.complaintsOf(caller());
  }

  @GET
  @Path("{number}")
  public ComplaintView one(@PathParam("number") String number) {
    return complaints.complaintOf(number, caller());
  }

  /** The complainant's reply to a request for information: the clock runs again. */
  @POST
  @Path("{number}/information")
  @Consumes(MediaType.APPLICATION_JSON)
  public ComplaintView reply(@PathParam("number") String number, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("text"));
    return complaints.informationReceived(number, caller(), body.text("text"));
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
