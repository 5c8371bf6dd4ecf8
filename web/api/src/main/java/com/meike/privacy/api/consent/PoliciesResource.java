package com.meike.privacy.api.consent;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.PolicyPublication;
import com.meike.privacy.consent.application.PolicyVersionSummary;
import com.meike.privacy.consent.application.PolicyVersionView;
import com.meike.privacy.consent.application.PolicyVersions;
import jakarta.annotation.security.PermitAll;
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
 * Published policy versions (CON-5): every version stays readable; the privacy officer publishes.
 */
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {

  static final List<String> FIELDS =
      List.of("version", "summary", "text", "major", "majorChangeKinds");

  @Inject PolicyVersions policies;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @PermitAll
  public List<PolicyVersionSummary> versions() {
    return policies.versions();
  }

  @GET
  @Path("{version}")
  @PermitAll
  public PolicyVersionView version(@PathParam("version") String version) {
    return policies.version(version);
  }

  /** A major change (§VIII) marks everyone who consented as needing to consent again. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public Response publish(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    PolicyVersionView published =
        policies.publish(
            new PolicyPublication(
                body.text("version"),
                body.text("summary"),
                body.text("text"),
                body.flag("major", false),
                body.texts("majorChangeKinds")),
            security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(published.version()).build())
        .entity(published)
        .build();
  }
}
