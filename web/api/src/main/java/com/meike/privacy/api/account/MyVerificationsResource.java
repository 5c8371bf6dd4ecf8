package com.meike.privacy.api.account;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.identity.application.AccountVerifications;
import com.meike.privacy.identity.application.AccountVerifications.EvidenceInput;
import com.meike.privacy.identity.application.AccountVerifications.VerificationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The calling app user submits verification evidence (ID-3: a beautician's identity document, a
 * merchant's enterprise credential; ID-4: a customer's optional real-name verification). The
 * answer, like every other one, shows only the kind and the state, never the evidence.
 */
@Path("me/verifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyVerificationsResource {

  static final List<String> FIELDS =
      List.of(
          "documentType",
          "documentNumber",
          "fullName",
          "faceCheckReference",
          "creditCode",
          "enterpriseName",
          "legalRepresentative");

  @Inject AccountVerifications verifications;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    EvidenceInput evidence =
        new EvidenceInput(
            body.text("documentType"),
            body.text("documentNumber"),
            body.text("fullName"),
            body.text("faceCheckReference"),
            body.text("creditCode"),
            body.text("enterpriseName"),
            body.text("legalRepresentative"));
    VerificationView submitted =
        verifications.submit(security.getUserPrincipal().getName(), evidence);
    return Response.status(Response.Status.CREATED).entity(submitted).build();
  }
}
