package com.meike.privacy.api.recording;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.recording.application.GrantView;
import com.meike.privacy.recording.application.RecordingAccessService;
import com.meike.privacy.recording.application.RecordingPlayback;
import com.meike.privacy.recording.application.RecordingView;
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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Grants that two approvals produced: read them, check one against an order, revoke one. */
@Path("recording-access-grants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class RecordingAccessGrantsResource {

  @Inject RecordingAccessService applications;
  @Inject RecordingPlayback playback;
  @Context SecurityContext security;

  @GET
  @Path("{id}")
  public GrantView one(@PathParam("id") String id) {
    return applications.grant(id, caller(), Oversight.of(security));
  }

  /**
   * The recordings of the grant's order (ids and states, no audio), for its holder while it is
   * valid.
   */
  @GET
  @Path("{id}/recordings")
  public List<RecordingView> recordings(@PathParam("id") String id) {
    return playback.recordingsOf(id, caller());
  }

  /**
   * 200 with the grant when it opens this order's recording now; 403 problem (audited) otherwise.
   */
  @POST
  @Path("{id}/checks")
  @Consumes(MediaType.APPLICATION_JSON)
  public GrantView check(@PathParam("id") String id, JsonObject json) {
    String orderNumber = RequestBody.of(json, List.of("orderNumber")).text("orderNumber");
    return applications.checkGrant(id, orderNumber, caller());
  }

  @POST
  @Path("{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PRIVACY_OFFICER, Roles.SECURITY_HEAD})
  public GrantView revoke(@PathParam("id") String id, JsonObject json) {
    String reason = RequestBody.of(json, List.of("reason")).text("reason");
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "A reason for the revocation is required.");
    }
    return applications.revoke(id, caller(), reason.trim());
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
