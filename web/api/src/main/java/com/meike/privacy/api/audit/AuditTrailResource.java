package com.meike.privacy.api.audit;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Walks the audit chain and reports the first broken link, if any. */
@Path("audit-trail/verification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.SECURITY_TEAM, Roles.SECURITY_HEAD, Roles.ADMIN})
public class AuditTrailResource {

  @Inject AuditTrail trail;

  @GET
  public ChainVerification verify() {
    return trail.verify();
  }
}
