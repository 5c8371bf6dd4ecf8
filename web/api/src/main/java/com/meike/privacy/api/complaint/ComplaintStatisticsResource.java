package com.meike.privacy.api.complaint;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.incidents.application.ComplaintService;
import com.meike.privacy.incidents.application.ComplaintStatistics;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Complaint figures for the people who handle complaints: open by tier, overdue, average time to
 * answer.
 */
@Path("complaints/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintStatisticsResource {

  @Inject ComplaintService complaints;

  @GET
  @RolesAllowed({StaffGroups.CUSTOMER_SERVICE, StaffGroups.CS_SUPERVISOR, Roles.PRIVACY_OFFICER})
  public ComplaintStatistics statistics() {
    return complaints.statistics();
  }
}
