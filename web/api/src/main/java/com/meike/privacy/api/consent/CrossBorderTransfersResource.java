package com.meike.privacy.api.consent;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.CrossBorderTransfers;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferAssessment;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferPlan;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Transfers abroad (DATA-4) as the privacy office manages them: register a planned transfer, record
 * its impact assessment, list them. People consent at {@code /me/cross-border-transfers}; systems
 * ask {@code /cross-border-checks} before anything leaves the PRC.
 */
@Path("cross-border-transfers")
@Produces(MediaType.APPLICATION_JSON)
public class CrossBorderTransfersResource {

  @Inject CrossBorderTransfers transfers;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({Roles.PRIVACY_OFFICER, StaffGroups.LEGAL})
  public List<TransferView> transfers() {
    return transfers.transfers();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.PRIVACY_OFFICER, StaffGroups.LEGAL})
  public TransferView transfer(@PathParam("id") String id) {
    return transfers.transfer(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public Response register(JsonObject json) {
    RequestBody body =
        RequestBody.of(
            json, List.of("recipient", "country", "purpose", "dataCategories", "safeguards"));
    TransferView view =
        transfers.register(
            new TransferPlan(
                body.text("recipient"),
                body.text("country"),
                body.text("purpose"),
                body.texts("dataCategories"),
                body.text("safeguards")),
            caller());
    return Response.created(
            uri.getBaseUriBuilder().path("cross-border-transfers").path(view.id()).build())
        .entity(view)
        .build();
  }

  @POST
  @Path("{id}/impact-assessment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public TransferView assess(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("conclusion", "reference", "summary"));
    return transfers.assess(
        id,
        new TransferAssessment(
            body.text("conclusion"), body.text("reference"), body.text("summary")),
        caller());
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
