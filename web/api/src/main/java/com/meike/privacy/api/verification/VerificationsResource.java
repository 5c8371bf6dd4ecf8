package com.meike.privacy.api.verification;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.identity.application.AccountVerifications;
import com.meike.privacy.identity.application.AccountVerifications.VerificationView;
import com.meike.privacy.kernel.staff.StaffGroups;
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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The review queue of app users' verifications (role {@code operations}): submissions by state, and
 * the decision that sets the account's status. Neither shows the evidence; the reviewer checks it
 * with the verification provider, not through this API. Both are audited.
 */
@Path("verifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(VerificationsResource.OPERATIONS)
public class VerificationsResource {

  static final String OPERATIONS = StaffGroups.OPERATIONS;

  @Inject AccountVerifications verifications;
  @Context SecurityContext security;

  /** Submissions in {@code state} (default PENDING), oldest first. */
  @GET
  public List<VerificationView> inState(@QueryParam("state") String state) {
    return verifications.inState(state, security.getUserPrincipal().getName());
  }

  /** {@code outcome} PASSED or FAILED; {@code reason} required when FAILED. */
  @POST
  @Path("{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public VerificationView decide(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("outcome", "reason"));
    return verifications.decide(
        id, body.text("outcome"), body.text("reason"), security.getUserPrincipal().getName());
  }
}
