package com.meike.privacy.it.probe;

import com.meike.privacy.api.problem.RefusalStatus;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.Notice;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.NoticeReceipt;
import com.meike.privacy.notification.application.Notifications;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in for a context that tells a person something (NotificationsIT): POST {@code {subject,
 * templateId, category, params}} calls {@link Notifications#tell} and answers the receipt.
 */
@WebServlet("/notices")
public class NotificationProbeServlet extends HttpServlet {

  @EJB Notifications notifications;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObject json = Json.createReader(request.getInputStream()).readObject();
    Map<String, Object> params = new LinkedHashMap<>();
    json.getJsonObject("params")
        .forEach((name, value) -> params.put(name, ((jakarta.json.JsonString) value).getString()));
    response.setContentType("application/json");
    try {
      NoticeReceipt receipt =
          notifications.tell(
              new Notice(
                  SubjectId.of(json.getString("subject")),
                  json.getString("templateId"),
                  params,
                  NoticeCategory.valueOf(json.getString("category"))));
      JsonObjectBuilder out = Json.createObjectBuilder().add("sent", receipt.sent());
      add(out, "notificationId", receipt.notificationId());
      add(out, "channel", receipt.channel());
      add(out, "partner", receipt.partner());
      add(out, "messageId", receipt.messageId());
      add(out, "skippedBecause", receipt.skippedBecause());
      response.getWriter().write(out.build().toString());
    } catch (EJBException e) {
      if (e.getCause() instanceof DomainException cause) {
        response.setStatus(RefusalStatus.of(cause.kind()));
        response
            .getWriter()
            .write(Json.createObjectBuilder().add("detail", cause.getMessage()).build().toString());
      } else {
        throw e;
      }
    }
  }

  private static void add(JsonObjectBuilder out, String name, String value) {
    if (value != null) {
      out.add(name, value);
    }
  }
}
