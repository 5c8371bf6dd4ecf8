package com.meike.privacy.api.account;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.consent.ConsentActions;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.CrossBorderTransfers;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PurposeConsentState;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.kernel.problem.DomainException;
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

/** The calling app user's own account and consents (bearer token, role app-user). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MeResource {

  /** The caller's account; never the phone number. */
  public record Me(String accountId, String role, String extraVerification) {}

  @Inject AppUserRegistration accounts;
  @Inject ConsentLedger ledger;
  @Inject CrossBorderTransfers transfers;
  @Context SecurityContext security;

  @GET
  public Me me() {
    String accountId = security.getUserPrincipal().getName();
    return accounts
        .account(accountId)
        .map(a -> new Me(a.accountId(), a.role(), a.extraVerification()))
        .orElseThrow(() -> DomainException.notFound("The account of this token no longer exists."));
  }

  /** What the consent check answers now for each purpose of the policy in force. */
  @GET
  @Path("consents")
  public List<PurposeConsentState> consents() {
    String accountId = security.getUserPrincipal().getName();
    return ledger.state(SubjectId.of(accountId), accountId, false);
  }

  /**
   * The caller accepts the policy in force: this covers its necessary purposes only (CON-2). {@code
   * channel} is POPUP (default) or SETTINGS.
   */
  @POST
  @Path("policy-acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response acceptPolicy(JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("channel"));
    String accountId = security.getUserPrincipal().getName();
    String channel = body.text("channel") == null ? "POPUP" : body.text("channel");
    List<ConsentEntryView> entries =
        ledger.acceptPolicy(
            new PolicyAcceptance(SubjectId.of(accountId), channel, "SELF", accountId), accountId);
    return Response.status(Response.Status.CREATED).entity(entries).build();
  }

  /**
   * The caller gives or withdraws consent to one purpose ({@code action} GIVEN or WITHDRAWN);
   * {@code channel} is SETTINGS (default) or POPUP. Withdrawal takes effect on the next check.
   */
  @POST
  @Path("consents")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response consent(JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("purpose", "action", "channel"));
    String accountId = security.getUserPrincipal().getName();
    String channel = body.text("channel") == null ? "SETTINGS" : body.text("channel");
    ConsentRequest request =
        ConsentRequest.of(accountId, body.text("purpose"), channel, "SELF", accountId);
    ConsentEntryView entry = ConsentActions.record(ledger, body.text("action"), request, accountId);
    return Response.status(Response.Status.CREATED).entity(entry).build();
  }

  /**
   * The transfers abroad the caller may consent to (assessed as acceptable), with what they are to
   * be told before consenting (recipient, country, purpose, categories, safeguards) and their
   * answer.
   */
  @GET
  @Path("cross-border-transfers")
  public List<CrossBorderTransfers.OfferedTransfer> crossBorderTransfers() {
    return transfers.offeredTo(SubjectId.of(security.getUserPrincipal().getName()));
  }

  /** The caller gives or withdraws separate consent to one transfer abroad (DATA-4). */
  @POST
  @Path("cross-border-transfers/{id}/consent")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response crossBorderConsent(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("action", "channel"));
    String accountId = security.getUserPrincipal().getName();
    String channel = body.text("channel") == null ? "POPUP" : body.text("channel");
    return Response.status(Response.Status.CREATED)
        .entity(
            transfers.consent(id, SubjectId.of(accountId), body.text("action"), channel, accountId))
        .build();
  }
}
