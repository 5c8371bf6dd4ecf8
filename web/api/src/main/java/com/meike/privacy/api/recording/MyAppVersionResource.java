package com.meike.privacy.api.recording;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.recording.application.RecordingSessions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * An app reports its version at start-up: {@code {"appVersion": "5.2.1"}}. A recording starts only
 * when both the customer's and the beautician's apps can ask for consent (REC-2); the customer's
 * version is the one their app last reported here.
 */
@Path("me/app-version")
@RolesAllowed(Roles.APP_USER)
public class MyAppVersionResource {

  @Inject RecordingSessions sessions;
  @Context SecurityContext security;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(JsonObject json) {
    String version = RequestBody.of(json, List.of("appVersion")).text("appVersion");
    sessions.reportAppVersion(security.getUserPrincipal().getName(), version);
    return Response.noContent().build();
  }
}
