package com.meike.privacy.api.audit;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.rights.application.RegulatoryCounters;
import com.meike.privacy.rights.application.RegulatoryCounters.CountersView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** The regulator's counters, computed from the records when asked (AUD-4). */
@Path("regulatory-counters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class RegulatoryCountersResource {

  @Inject RegulatoryCounters counters;
  @Context SecurityContext security;

  @GET
  public CountersView counters() {
    return counters.counters(security.getUserPrincipal().getName());
  }
}
