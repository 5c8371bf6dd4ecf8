package com.meike.privacy.api.partner;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.DisclosureView;
import com.meike.privacy.partner.application.Disclosures;
import com.meike.privacy.partner.application.PartnerCount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The disclosure log (PTN-5): per person ({@code ?subject=}, to answer an access request) or per
 * partner ({@code ?partner=}), audited; and per partner how many people's data it received in a
 * year.
 */
@Path("disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffGroups.CUSTOMER_SERVICE, Roles.PRIVACY_OFFICER})
public class DisclosuresResource {

  @Inject Disclosures disclosures;
  @Context SecurityContext security;

  @GET
  public List<DisclosureView> disclosures(
      @QueryParam("subject") String subject, @QueryParam("partner") String partner) {
    String viewer = security.getUserPrincipal().getName();
    if ((subject == null) == (partner == null)) {
      throw DomainException.invalid(
          subject == null ? "subject" : "partner", "Give either 'subject' or 'partner'.");
    }
    return subject != null
        ? disclosures.forSubject(SubjectId.of(subject), viewer)
        : disclosures.forPartner(partner, viewer);
  }

  @GET
  @Path("counters")
  public List<PartnerCount> counters(@QueryParam("year") String year) {
    if (year == null || !year.matches("[0-9]{4}")) {
      throw DomainException.invalid("year", "'year' is required: four digits such as 2026.");
    }
    return disclosures.peoplePerPartner(Integer.parseInt(year));
  }
}
