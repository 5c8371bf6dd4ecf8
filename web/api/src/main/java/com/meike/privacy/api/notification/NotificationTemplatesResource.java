package com.meike.privacy.api.notification;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.notification.application.NoticeTemplates;
import com.meike.privacy.notification.application.TemplateView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The notice templates — the exact Chinese text people receive — for any member of staff. */
@Path("notification-templates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class NotificationTemplatesResource {

  @Inject NoticeTemplates templates;

  @GET
  public List<TemplateView> templates() {
    return templates.templates();
  }
}
