package com.meike.privacy.api.account;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.PurposeConsentState;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The calling app user's own account and consents (bearer token, role app-user). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MeResource {

  /** The caller's account; never the phone number. */
  public record Me(String accountId, String role, String extraVerification) {}

  @Inject AppUserRegistration accounts;
  @Inject ConsentLedger ledger;
  @Context SecurityContext security;

  @GET
  public Me me() {
    String accountId = security.getUserPrincipal().getName();
    return accounts.account(accountId)
        .map(a -> new Me(a.accountId(), a.role(), a.extraVerification()))
        .orElseThrow(() -> DomainException.notFound("The account of this token no longer exists."));
  }

  /** What the consent check answers now for each purpose of the policy in force. */
  @GET
  @Path("consents")
  public List<PurposeConsentState> consents() {
    String accountId = security.getUserPrincipal().getName();
    return ledger.state(accountId, accountId, false);
  }
}
