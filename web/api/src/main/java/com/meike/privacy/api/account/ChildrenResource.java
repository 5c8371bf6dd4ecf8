package com.meike.privacy.api.account;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.consent.ConsentActions;
import com.meike.privacy.api.rights.MyDataSubjectRequestsResource;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.application.ConsentEntryView;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.consent.application.PurposeConsentState;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.rights.application.DataSubjectRequests;
import com.meike.privacy.rights.application.RequestFiling;
import com.meike.privacy.rights.application.RequestView;
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
import jakarta.ws.rs.core.UriInfo;
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
  @Inject DataSubjectRequests requests;
  @Context SecurityContext security;
  @Context UriInfo uri;

  /** The request kind a guardian's deletion of the child files (Part 2 §V, ID-7). */
  static final String CANCELLATION = "CANCELLATION";

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
   * The guardian asks to close the child's account (ID-6, ID-7, Part 2 §VI): an alias of {@code
   * POST /api/me/data-subject-requests} with {@code kind CANCELLATION} and the child as {@code
   * subject}, so there is one way to delete a child — the same verification by customer service,
   * erasure in every context, archive vault and partner deletion orders. Answers 202 with the
   * request and its {@code Location}; a caller who is not the child's recorded guardian gets the
   * request's 403.
   */
  @DELETE
  @Path("{child}")
  public Response deleteChild(@PathParam("child") String child) {
    RequestView view = requests.file(new RequestFiling(CANCELLATION, null, null, child), caller());
    return Response.accepted(view)
        .location(
            uri.getBaseUriBuilder()
                .path(MyDataSubjectRequestsResource.class)
                .path(view.id())
                .build())
        .build();
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
