package com.meike.privacy.api.audit;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ImpactAssessments;
import com.meike.privacy.consent.application.ImpactAssessments.AssessmentRecord;
import com.meike.privacy.consent.application.ImpactAssessments.AssessmentView;
import com.meike.privacy.kernel.problem.DomainException;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The register of personal-information impact assessments (AUD-3, PIPL arts. 55–56) as the privacy
 * office keeps it: list, register, withdraw. Legal reads it. Nothing deletes an assessment here;
 * the retention rule does, three years (at least) after it was done and only once withdrawn.
 */
@Path("impact-assessments")
@Produces(MediaType.APPLICATION_JSON)
public class ImpactAssessmentsResource {

  @Inject ImpactAssessments assessments;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @RolesAllowed({Roles.PRIVACY_OFFICER, StaffGroups.LEGAL})
  public List<AssessmentView> assessments() {
    return assessments.assessments();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.PRIVACY_OFFICER, StaffGroups.LEGAL})
  public AssessmentView assessment(@PathParam("id") String id) {
    return assessments.assessment(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public Response register(JsonObject json) {
    RequestBody body =
        RequestBody.of(
            json,
            List.of(
                "processing",
                "purpose",
                "partner",
                "transfer",
                "conclusion",
                "reference",
                "summary",
                "assessedOn",
                "approvedBy"));
    AssessmentView view =
        assessments.register(
            new AssessmentRecord(
                body.text("processing"),
                body.text("purpose"),
                body.text("partner"),
                body.text("transfer"),
                body.text("conclusion"),
                body.text("reference"),
                body.text("summary"),
                date(body.text("assessedOn")),
                body.text("approvedBy")),
            caller());
    return Response.created(
            uri.getBaseUriBuilder().path("impact-assessments").path(view.id()).build())
        .entity(view)
        .build();
  }

  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public AssessmentView withdraw(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("reason"));
    return assessments.withdraw(id, body.text("reason"), caller());
  }

  private static LocalDate date(String value) {
    if (value == null) {
      throw DomainException.invalid(
          "assessedOn", "is required (the date the assessment was completed, 2026-11-30)");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("assessedOn", "must be a date such as 2026-11-30");
    }
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
