package com.meike.privacy.api.partner;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.partner.application.PartnerRegistry;
import com.meike.privacy.partner.application.PartnerView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The partner and SDK registry (PTN-1). Reading is public: the policy publishes the SDK list with
 * each one's purpose and data scope. The privacy office suspends or reactivates a partner ({@code
 * PATCH}) and sets the fields it may receive for a purpose ({@code PUT} on the scope).
 */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {

  static final List<String> PATCH_FIELDS = List.of("status");
  static final List<String> SCOPE_FIELDS = List.of("fields");
  static final List<String> DESTINATION_FIELDS = List.of("country", "crossBorderTransfer");

  @Inject PartnerRegistry registry;
  @Context SecurityContext security;

  @GET
  @PermitAll
  public List<PartnerView> partners() {
    return registry.partners();
  }

  @GET
  @Path("{id}")
  @PermitAll
  public PartnerView partner(@PathParam("id") String id) {
    return registry.partner(id);
  }

  /** {@code {"status": "SUSPENDED"}} or {@code {"status": "ACTIVE"}}. */
  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public PartnerView change(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, PATCH_FIELDS);
    String status = body.text("status");
    if (status == null) {
      throw DomainException.invalid("status", "'status' is required: ACTIVE or SUSPENDED.");
    }
    return registry.changeStatus(id, status, security.getUserPrincipal().getName());
  }

  /**
   * {@code {"fields": ["deviceId", "title"]}}; an empty list removes the purpose from the partner.
   */
  @PUT
  @Path("{id}/scopes/{purpose}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public PartnerView scope(
      @PathParam("id") String id, @PathParam("purpose") String purpose, JsonObject json) {
    RequestBody body = RequestBody.of(json, SCOPE_FIELDS);
    if (json.get("fields") == null) {
      throw DomainException.invalid("fields", "'fields' is required: an array of field names.");
    }
    return registry.changeScope(
        id, purpose, body.texts("fields"), security.getUserPrincipal().getName());
  }

  /**
   * {@code {"country": "SG", "crossBorderTransfer": "<transfer id>"}}: where the partner receives
   * what it is sent and, abroad, the registered transfer abroad that covers it (DATA-4).
   */
  @PUT
  @Path("{id}/destination")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public PartnerView destination(@PathParam("id") String id, JsonObject json) {
    RequestBody body = RequestBody.of(json, DESTINATION_FIELDS);
    String country = body.text("country");
    if (country == null) {
      throw DomainException.invalid(
          "country", "'country' is required: an ISO 3166-1 alpha-2 code such as CN or SG.");
    }
    return registry.changeDestination(
        id, country, body.text("crossBorderTransfer"), security.getUserPrincipal().getName());
  }
}
