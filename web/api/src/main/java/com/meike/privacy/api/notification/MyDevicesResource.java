package com.meike.privacy.api.notification;

import com.meike.privacy.api.RequestBody;
import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.DeviceView;
import com.meike.privacy.notification.application.Devices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The calling app user's devices that receive push notices: the app registers (again) on start and
 * whenever the push service gives it a new token. The token is never answered back.
 */
@Path("me/devices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyDevicesResource {

  static final List<String> FIELDS = List.of("platform", "pushToken");

  @Inject Devices devices;
  @Context SecurityContext security;

  @GET
  public List<DeviceView> devices() {
    return devices.devices(SubjectId.of(security.getUserPrincipal().getName()));
  }

  @PUT
  @Path("{deviceId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public DeviceView register(@PathParam("deviceId") String deviceId, JsonObject json) {
    RequestBody body = RequestBody.of(json, FIELDS);
    return devices.register(
        SubjectId.of(security.getUserPrincipal().getName()),
        deviceId,
        body.text("platform"),
        body.text("pushToken"));
  }
}
