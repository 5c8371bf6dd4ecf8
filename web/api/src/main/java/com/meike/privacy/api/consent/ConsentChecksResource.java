package com.meike.privacy.api.consent;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.domain.ledger.Decision;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** May this person's data be used for this purpose now? Allow or deny, with the reason (CON-3). */
@Path("consent-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class ConsentChecksResource {

  @Inject ConsentCheck check;

  @GET
  public Decision check(@QueryParam("subject") String subject, @QueryParam("purpose") String purpose) {
    return check.may(subject, purpose);
  }
}
