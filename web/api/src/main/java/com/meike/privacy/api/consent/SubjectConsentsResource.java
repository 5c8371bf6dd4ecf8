package com.meike.privacy.api.consent;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PurposeConsentState;
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
 * A person's consents as staff see them (customer service, privacy officer): the current state per
 * purpose and the full ledger history. Every look-up is audited by the ledger. Customer service
 * records a consent given or withdrawn by phone (channel CUSTOMER_SERVICE).
 */
@Path("subjects/{subject}/consents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffGroups.CUSTOMER_SERVICE, Roles.PRIVACY_OFFICER})
public class SubjectConsentsResource {

  static final List<String> FIELDS = List.of("purpose", "action", "channel", "actedAs", "actor");

  /** Current state and history of one person's consents. */
  public record SubjectConsents(
      String subject, List<PurposeConsentState> state, List<ConsentEntryView> history) {}

  @Inject ConsentLedger ledger;
  @Context SecurityContext security;

  @GET
  public SubjectConsents consents(@PathParam("subject") String subject) {
    String viewer = security.getUserPrincipal().getName();
    return new SubjectConsents(
        subject,
        ledger.state(SubjectId.of(subject), viewer, true),
        ledger.history(SubjectId.of(subject), viewer, true));
  }

  /** Records one consent act; {@code action} is GIVEN or WITHDRAWN. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(@PathParam("subject") String subject, JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    String channel = body.text("channel") == null ? "CUSTOMER_SERVICE" : body.text("channel");
    ConsentRequest request =
        ConsentRequest.of(
            subject, body.text("purpose"), channel, body.text("actedAs"), body.text("actor"));
    String recordedBy = security.getUserPrincipal().getName();
    ConsentEntryView entry =
        ConsentActions.record(ledger, body.text("action"), request, recordedBy);
    return Response.status(Response.Status.CREATED).entity(entry).build();
  }
}
