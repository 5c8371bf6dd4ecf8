package com.meike.privacy.api.notification;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.NotificationView;
import com.meike.privacy.notification.application.Notifications;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The notices the calling app user was sent (latest 100) and what the partners report of each. */
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APP_USER)
public class MyNotificationsResource {

  @Inject Notifications notifications;
  @Context SecurityContext security;

  @GET
  public List<NotificationView> notifications() {
    return notifications.sentTo(SubjectId.of(security.getUserPrincipal().getName()));
  }
}
