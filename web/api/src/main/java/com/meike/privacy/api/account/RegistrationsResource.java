package com.meike.privacy.api.account;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.identity.application.AppUserRegistration;
import com.meike.privacy.identity.application.AppUserRegistration.Registered;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Registration of app users (ID-1, ID-2), public: {@code POST /registrations/codes} sends a
 * one-time code to a phone through the SMS partner (202, the same answer for every well-formed
 * number); {@code POST /registrations} with the phone, the code and the role creates the account
 * (or signs in to the phone's existing one) and answers a bearer token.
 */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class RegistrationsResource {

  static final List<String> CODE_FIELDS = List.of("phone");
  static final List<String> REGISTRATION_FIELDS = List.of("phone", "code", "role");

  /** The answer to a registration: the account and its bearer token. */
  public record Registration(String accountId, String role, String token, Instant expiresAt) {}

  @Inject AppUserRegistration registration;
  @Context HttpServletRequest request;

  @POST
  @Path("codes")
  public Response requestCode(JsonObject json) {
    RequestBody body = RequestBody.of(json, CODE_FIELDS);
    registration.requestCode(body.text("phone"), request.getRemoteAddr());
    return Response.accepted().build();
  }

  @POST
  public Response register(JsonObject json) {
    RequestBody body = RequestBody.of(json, REGISTRATION_FIELDS);
    Registered registered =
        registration.register(body.text("phone"), body.text("code"), body.text("role"));
    return Response.status(Response.Status.CREATED)
        .entity(
            new Registration(
                registered.accountId(),
                registered.role(),
                registered.token(),
                registered.expiresAt()))
        .build();
  }
}
