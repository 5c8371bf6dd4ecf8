package com.meike.privacy.api.rights;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.rights.application.DataSubjectRequests;
import com.meike.privacy.rights.application.RequestFiling;
import com.meike.privacy.rights.application.RequestView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Map;

/**
 * The caller's requests about their own information (Part 2 §V; DSR-1..6, ID-7), or a child's as
 * their recorded guardian: make one, verify identity with a fresh phone code, follow its state and
 * deadline, accept the fee charged for a repeated or excessive request, download the ACCESS package
 * once, and turn an answer into a complaint. Somebody else's request is answered as not found.
 */
@Path("me/data-subject-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyDataSubjectRequestsResource {

  @Inject DataSubjectRequests requests;
  @Context SecurityContext security;
  @Context UriInfo uri;
  @Context HttpServletRequest http;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(JsonObject json) {
    RequestBody body =
        RequestBody.of(json, List.of("kind", "deletionGround", "details", "subject"));
    RequestView view =
        requests.file(
            new RequestFiling(
                body.text("kind"),
                body.text("deletionGround"),
                body.text("details"),
                body.text("subject")),
            caller());
    return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
        .entity(view)
        .build();
  }

  @GET
  public List<RequestView> mine() {
    return requests.requestsOf(caller());
  }

  @GET
  @Path("{id}")
  public RequestView one(@PathParam("id") String id) {
    return requests.requestOf(id, caller());
  }

  /** DSR-5: a fresh code to the caller's own phone. */
  @POST
  @Path("{id}/verification-code")
  public Response code(@PathParam("id") String id) {
    requests.sendCode(id, caller(), http.getRemoteAddr());
    return Response.accepted(Map.of("sent", true)).build();
  }

  /** DSR-5: the code typed back; the 15-working-day clock starts. */
  @POST
  @Path("{id}/verification")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView verify(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("code"));
    return requests.verifyCode(id, caller(), body.text("code"));
  }

  /**
   * DSR-6: the requester accepts the fee of a repeated or excessive request (recorded, not
   * collected); the answer clock resumes.
   */
  @POST
  @Path("{id}/fee-acceptance")
  public RequestView acceptFee(@PathParam("id") String id) {
    return requests.acceptFee(id, caller());
  }

  /** DSR-1: the access package, once. */
  @GET
  @Path("{id}/package")
  public Response accessPackage(@PathParam("id") String id) {
    byte[] json = requests.download(id, caller());
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
        .header(
            "Content-Disposition", "attachment; filename=\"meike-access-package-" + id + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** CMP-1: the person is unhappy with the answer. */
  @POST
  @Path("{id}/complaint")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complain(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("text"));
    String number = requests.complain(id, caller(), body.text("text"));
    return Response.created(uri.getBaseUriBuilder().path("me/complaints").path(number).build())
        .entity(Map.of("complaintNumber", number))
        .build();
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
