package com.meike.privacy.api.consent;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.purpose.PurposeCode;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * May this person's data be used for this purpose now? Allow or deny, with the reason (CON-3).
 * Staff ask about anyone; an app asks only about its own user.
 *
 * <p>One instance for all requests (issue 11: the hottest read of the API; a resource per request
 * means a bean, an EJB reference and a {@code SecurityContext} proxy created for every check). It
 * holds no state; the caller's security context comes with each call.
 */
@ApplicationScoped
@Path("consent-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.APP_USER})
public class ConsentChecksResource {

  @Inject ConsentCheck check;

  @GET
  public Decision check(
      @QueryParam("subject") String subject,
      @QueryParam("purpose") String purpose,
      @Context SecurityContext security) {
    boolean staff = security.isUserInRole(Roles.STAFF);
    if (!staff && !security.getUserPrincipal().getName().equals(subject)) {
      throw DomainException.forbidden("An app may check consent for its own user only.");
    }
    return check.may(SubjectId.of(subject), PurposeCode.of(purpose));
  }
}
