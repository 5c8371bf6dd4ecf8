package com.meike.privacy.api.consent;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ChildMarking;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Customer service records that a person is a child under 14 and who their guardian is (ID-6), once
 * the age is known from a birth date or a declaration. The guardian must hold an account: they act
 * for the child in the app from then on ({@code /me/children}).
 */
@Path("subjects/{subject}/child-status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffGroups.CUSTOMER_SERVICE, Roles.PRIVACY_OFFICER})
public class SubjectChildStatusResource {

  @Inject ChildRegister children;
  @Inject AppUserRegistration accounts;
  @Context SecurityContext security;

  @GET
  public ChildStatusView status(@PathParam("subject") String subject) {
    return children
        .childStatus(SubjectId.of(subject))
        .orElseThrow(() -> DomainException.notFound("this person is not recorded as a child"));
  }

  /** Marks the person as a child; marking again with the same guardian changes nothing. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ChildStatusView mark(@PathParam("subject") String subject, JsonObject json) {
    RequestBody body = RequestBody.of(json, List.of("guardian", "basis"));
    String guardian = body.text("guardian");
    if (guardian == null || guardian.isBlank()) {
      throw DomainException.invalid(
          "guardian", "'guardian' (the guardian's account id) is required.");
    }
    if (accounts.account(guardian).isEmpty()) {
      throw DomainException.invalid("guardian", "no account with this id");
    }
    return children.markChild(
        new ChildMarking(SubjectId.of(subject), SubjectId.of(guardian), body.text("basis")),
        security.getUserPrincipal().getName());
  }
}
