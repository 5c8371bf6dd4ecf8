package com.meike.privacy.api.consent;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.DataHolderTransfers;
import com.meike.privacy.consent.application.DataHolderTransfers.TransferInput;
import com.meike.privacy.consent.application.DataHolderTransfers.TransferView;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Transfers of the data to a new holder in a merger, acquisition or bankruptcy (PTN-6): the privacy
 * officer records them; legal reads them too. A re-consent outcome marks every affected person at
 * once, and the re-consent notices tell them.
 */
@Path("data-holder-transfers")
@Produces(MediaType.APPLICATION_JSON)
public class DataHolderTransfersResource {

  @Inject DataHolderTransfers transfers;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public Response record(JsonObject json) {
    RequestBody body =
        RequestBody.of(
            json,
            List.of(
                "kind", "newHolder", "transferDate", "scope", "outcome", "commitmentReference"));
    TransferView view =
        transfers.record(
            new TransferInput(
                body.text("kind"),
                body.text("newHolder"),
                body.text("transferDate"),
                body.texts("scope"),
                body.text("outcome"),
                body.text("commitmentReference")),
            security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(view).build();
  }

  @GET
  @RolesAllowed({Roles.PRIVACY_OFFICER, StaffGroups.LEGAL})
  public List<TransferView> all() {
    return transfers.all(security.getUserPrincipal().getName());
  }
}
