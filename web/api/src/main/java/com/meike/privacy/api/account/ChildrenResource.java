package com.meike.privacy.api.account;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.consent.ConsentActions;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PurposeConsentState;
import com.meike.privacy.identity.application.AccountDeletion;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * A guardian's view of the children recorded with them (ID-6, Part 2 §VI): which children, what the
 * consent check answers for each child, the child's ledger, and giving or withdrawing consent for
 * the child. Nothing optional runs for a child without the guardian's entry here. Acting for
 * someone who is not recorded as the caller's child is refused before anything is read.
 */
@Path("me/children")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class ChildrenResource {

  /** One child's consents as their guardian sees them. */
  public record ChildConsents(
      String subject, List<PurposeConsentState> state, List<ConsentEntryView> history) {}

  @Inject ChildRegister children;
  @Inject ConsentLedger ledger;
  @Inject AccountDeletion deletion;
  @Context SecurityContext security;

  @GET
  public List<ChildStatusView> children() {
    return children.childrenOf(SubjectId.of(caller()));
  }

  @GET
  @Path("{child}/consents")
  public ChildConsents consents(@PathParam("child") String child) {
    String guardian = guardianOf(child);
    return new ChildConsents(
        child,
        ledger.state(SubjectId.of(child), guardian, false),
        ledger.history(SubjectId.of(child), guardian, false));
  }

  /** The guardian accepts the policy in force for the child: its necessary purposes only. */
  @POST
  @Path("{child}/policy-acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response acceptPolicy(@PathParam("child") String child, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("channel"));
    String guardian = guardianOf(child);
    String channel = body.text("channel") == null ? "SETTINGS" : body.text("channel");
    List<ConsentEntryView> entries =
        ledger.acceptPolicy(
            new PolicyAcceptance(SubjectId.of(child), channel, "GUARDIAN", guardian), guardian);
    return Response.status(Response.Status.CREATED).entity(entries).build();
  }

  /** The guardian gives or withdraws consent to one purpose for the child. */
  @POST
  @Path("{child}/consents")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response consent(@PathParam("child") String child, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("purpose", "action", "channel"));
    String guardian = guardianOf(child);
    String channel = body.text("channel") == null ? "SETTINGS" : body.text("channel");
    ConsentRequest request =
        ConsentRequest.of(child, body.text("purpose"), channel, "GUARDIAN", guardian);
    ConsentEntryView entry = ConsentActions.record(ledger, body.text("action"), request, guardian);
    return Response.status(Response.Status.CREATED).entity(entry).build();
  }

  /**
   * The guardian deletes the child's account and what the identity context holds about it (ID-6,
   * Part 2 §VI); the consent ledger keeps its entries as the record of what was consented.
   */
  @DELETE
  @Path("{child}")
  public Response deleteChild(@PathParam("child") String child) {
    String guardian = guardianOf(child);
    deletion.delete(child, guardian, "deleted by the guardian (Part 2 §VI)");
    return Response.noContent().build();
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }

  /** The caller, when they are the child's recorded guardian. */
  private String guardianOf(String child) {
    String caller = caller();
    boolean theirs =
        children
            .childStatus(SubjectId.of(child))
            .filter(status -> status.guardian().equals(caller))
            .isPresent();
    if (!theirs) {
      throw DomainException.forbidden("this person is not recorded as your child");
    }
    return caller;
  }
}
