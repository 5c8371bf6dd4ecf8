package com.meike.privacy.it.probe;

import com.meike.privacy.api.problem.RefusalStatus;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.partner.application.OutboundReceipt;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerOutbound;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stand-in for another context that sends to a partner: deployed only by PartnerOutboundIT, in a
 * web module it adds to the real EAR, never part of the application. POST a JSON object with the
 * fields of {@link PartnerMessage}; answers the receipt, or the refusal's status and message.
 */
@WebServlet("/messages")
public class PartnerProbeServlet extends HttpServlet {

  @EJB PartnerOutbound outbound;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObject json = Json.createReader(request.getInputStream()).readObject();
    Map<String, Object> payload = new LinkedHashMap<>();
    json.getJsonObject("payload").forEach((name, value) -> payload.put(name, plain(value)));
    PartnerMessage message =
        new PartnerMessage(
            json.getString("partner"),
            json.isNull("subject") ? null : json.getString("subject"),
            json.getString("purpose"),
            json.getString("type"),
            json.getInt("version"),
            payload,
            json.getBoolean("needsAcknowledgement"));
    response.setContentType("application/json");
    try {
      OutboundReceipt receipt = outbound.send(message);
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("messageId", receipt.messageId())
                  .add("sentFields", Json.createArrayBuilder(receipt.sentFields()))
                  .build()
                  .toString());
    } catch (DomainException e) {
      refuse(response, e);
    } catch (EJBException e) {
      if (e.getCause() instanceof DomainException cause) {
        refuse(response, cause);
      } else {
        throw e;
      }
    }
  }

  private static void refuse(HttpServletResponse response, DomainException e) throws IOException {
    response.setStatus(RefusalStatus.of(e.kind()));
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("field", e.field() == null ? "" : e.field())
                .add("detail", e.getMessage())
                .build()
                .toString());
  }

  /** JSON values as the plain Java values PartnerMessage takes. */
  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((jakarta.json.JsonString) value).getString();
      case NUMBER -> ((jakarta.json.JsonNumber) value).numberValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, inner) -> map.put(name, plain(inner)));
        yield map;
      }
      case ARRAY -> value.asJsonArray().stream().map(PartnerProbeServlet::plain).toList();
    };
  }
}
