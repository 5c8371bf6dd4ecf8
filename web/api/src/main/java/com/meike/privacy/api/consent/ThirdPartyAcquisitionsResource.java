package com.meike.privacy.api.consent;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ThirdPartyAcquisitions;
import com.meike.privacy.consent.application.ThirdPartyAcquisitions.AcquisitionInput;
import com.meike.privacy.consent.application.ThirdPartyAcquisitions.AcquisitionView;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.subject.SubjectId;
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
import java.util.List;

/**
 * Information about a person received from a third party (CON-6): recorded by operations or the
 * privacy office only with the person's prior consent and the source's legality commitment; read by
 * customer service and the privacy office (audited).
 */
@Path("subjects/{subject}/third-party-acquisitions")
@Produces(MediaType.APPLICATION_JSON)
public class ThirdPartyAcquisitionsResource {

  @Inject ThirdPartyAcquisitions acquisitions;
  @Context SecurityContext security;

  @GET
  @RolesAllowed({StaffGroups.CUSTOMER_SERVICE, StaffGroups.OPERATIONS, Roles.PRIVACY_OFFICER})
  public List<AcquisitionView> acquisitions(@PathParam("subject") String subject) {
    return acquisitions.of(SubjectId.of(subject), security.getUserPrincipal().getName());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({StaffGroups.OPERATIONS, Roles.PRIVACY_OFFICER})
  public Response record(@PathParam("subject") String subject, JsonObject json) {
    RequestBody body =
        RequestBody.of(
            json,
            List.of(
                "source",
                "dataCategories",
                "commitmentReference",
                "commitmentDate",
                "personInformed"));
    AcquisitionView view =
        acquisitions.record(
            SubjectId.of(subject),
            new AcquisitionInput(
                body.text("source"),
                body.texts("dataCategories"),
                body.text("commitmentReference"),
                body.text("commitmentDate"),
                body.flag("personInformed", false)),
            security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(view).build();
  }
}
