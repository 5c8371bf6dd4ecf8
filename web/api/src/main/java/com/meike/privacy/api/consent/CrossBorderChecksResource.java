package com.meike.privacy.api.consent;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.CrossBorderTransfers;
import com.meike.privacy.consent.application.CrossBorderTransfers.TransferDecision;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * May this person's information go abroad under this registered transfer now (DATA-4)? Every system
 * asks before anything leaves the PRC; the answer is audited either way.
 */
@Path("cross-border-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class CrossBorderChecksResource {

  @Inject CrossBorderTransfers transfers;
  @Context SecurityContext security;

  @GET
  public TransferDecision check(
      @QueryParam("subject") String subject, @QueryParam("transfer") String transfer) {
    return transfers.check(SubjectId.of(subject), transfer, security.getUserPrincipal().getName());
  }
}
