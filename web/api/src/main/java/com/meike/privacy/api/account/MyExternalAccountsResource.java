package com.meike.privacy.api.account;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.identity.application.ExternalAccounts;
import com.meike.privacy.identity.application.ExternalAccounts.Binding;
import com.meike.privacy.identity.application.ExternalAccounts.BindingInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The calling app user's third-party login bindings (ID-5). A profile field the person did not
 * consent to is simply not sent; any field beyond the consented profile is refused by name.
 */
@Path("me/external-accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyExternalAccountsResource {

  static final List<String> FIELDS =
      List.of("provider", "externalId", "consent", "nickname", "avatarUrl");

  @Inject ExternalAccounts externalAccounts;
  @Context SecurityContext security;

  @GET
  public List<Binding> bindings() {
    return externalAccounts.bindings(security.getUserPrincipal().getName());
  }

  /**
   * Binds with {@code consent: true}; keeps {@code nickname} and {@code avatarUrl} only when sent.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response bind(JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    BindingInput input =
        new BindingInput(
            body.text("provider"),
            body.text("externalId"),
            body.flag("consent", false),
            body.text("nickname"),
            body.text("avatarUrl"));
    Binding bound = externalAccounts.bind(security.getUserPrincipal().getName(), input);
    return Response.status(Response.Status.CREATED).entity(bound).build();
  }

  /** Unbinds and erases everything stored about the external account. */
  @DELETE
  @Path("{provider}")
  public Response unbind(@PathParam("provider") String provider) {
    externalAccounts.unbind(security.getUserPrincipal().getName(), provider);
    return Response.noContent().build();
  }
}
