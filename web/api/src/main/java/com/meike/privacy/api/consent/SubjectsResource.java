package com.meike.privacy.api.consent;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.identity.application.AccountLookup;
import com.meike.privacy.identity.application.AccountLookup.SubjectView;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Staff look a person up (customer service, privacy officer) by phone number or account id and get
 * the account's role, verification status and registration time, with the link to their consents.
 * Every look-up is audited, also when nothing matches (404).
 */
@Path("subjects")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffGroups.CUSTOMER_SERVICE, Roles.PRIVACY_OFFICER})
public class SubjectsResource {

  /** A person as staff see them; {@code consents} is the path of their consents. */
  public record Subject(
      String accountId,
      String role,
      String extraVerification,
      Instant registeredAt,
      String consents) {}

  @Inject AccountLookup lookup;
  @Context SecurityContext security;
  @Context UriInfo uri;

  /**
   * The account of a phone number (E.164), found by the number's keyed hash. A POST with the number
   * in the body, so that it never lands in a URL, an access log or a proxy's log.
   */
  @POST
  @Path("searches")
  @Consumes(MediaType.APPLICATION_JSON)
  public Subject byPhone(JsonObject json) {
    String phone = RequestBody.of(json, List.of("phone")).text("phone");
    if (phone == null) {
      throw DomainException.invalid(
          "phone", "is required: the person's mobile number in E.164 form");
    }
    return found(lookup.byPhone(phone, security.getUserPrincipal().getName()));
  }

  @GET
  @Path("{subject}")
  public Subject byId(@PathParam("subject") String subject) {
    return found(lookup.byId(SubjectId.of(subject), security.getUserPrincipal().getName()));
  }

  private Subject found(Optional<SubjectView> view) {
    SubjectView v = view.orElseThrow(() -> DomainException.notFound("No account matches."));
    return new Subject(
        v.accountId(),
        v.role(),
        v.extraVerification(),
        v.registeredAt(),
        uri.getBaseUriBuilder().path(SubjectConsentsResource.class).build(v.accountId()).getPath());
  }
}
