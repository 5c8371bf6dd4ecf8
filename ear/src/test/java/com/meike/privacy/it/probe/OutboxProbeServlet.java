package com.meike.privacy.it.probe;

import jakarta.annotation.Resource;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Puts the outbox and the broker into the states a crash leaves behind (issue 20), for
 * PartnerOutboundIT only (deployed in its probe web module, never part of the application):
 *
 * <ul>
 *   <li>{@code POST /outbox/pending} {@code
 *       {"partner","messageId","type","secondsAgo","newPartner"}}: a pending outbox row, as one
 *       written just before a kill -9 (the after-commit relay never ran); with {@code newPartner}
 *       the partner is first registered — one whose queue this server lacks.
 *   <li>{@code POST /outbox/broker-copy} {@code {"partner","messageId","text"}}: the message
 *       committed on the broker's side, with {@code _AMQ_DUPL_ID} = messageId, as a hand-over whose
 *       database commit was lost leaves it.
 *   <li>{@code GET /outbox/row/<messageId>}: the row's relay columns, as JSON.
 *   <li>{@code DELETE /outbox/partner/<id>}: removes such a registered partner and its rows again.
 * </ul>
 */
@WebServlet("/outbox/*")
public class OutboxProbeServlet extends HttpServlet {

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  DataSource dataSource;

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connectionFactory;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObject json = Json.createReader(request.getInputStream()).readObject();
    String partner = json.getString("partner");
    String messageId = json.getString("messageId");
    try {
      if ("/pending".equals(request.getPathInfo())) {
        pending(
            partner,
            messageId,
            json.getString("type", "sms.notification"),
            json.getInt("secondsAgo", 0),
            json.getBoolean("newPartner", false));
      } else if ("/broker-copy".equals(request.getPathInfo())) {
        brokerCopy(partner, messageId, json.getString("text"));
      } else {
        response.sendError(404);
        return;
      }
    } catch (SQLException | JMSException | NamingException e) {
      throw new IOException(e);
    }
    response.setStatus(204);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.startsWith("/row/")) {
      response.sendError(404);
      return;
    }
    try (java.sql.Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select delivered_at, relay_attempts, dead_at, body from partner_outbox where message_id = ?")) {
      statement.setString(1, path.substring("/row/".length()));
      try (java.sql.ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          response.sendError(404);
          return;
        }
        response.setContentType("application/json");
        response
            .getWriter()
            .write(
                Json.createObjectBuilder()
                    .add("delivered", row.getTimestamp(1) != null)
                    .add("attempts", row.getInt(2))
                    .add("dead", row.getTimestamp(3) != null)
                    .add("bodyKept", row.getString(4) != null)
                    .build()
                    .toString());
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.startsWith("/partner/")) {
      response.sendError(404);
      return;
    }
    String partner = path.substring("/partner/".length());
    try (java.sql.Connection connection = dataSource.getConnection()) {
      for (String sql :
          new String[] {
            "delete from partner_outbox where partner_id = ?",
            "delete from partner_partner where id = ?"
          }) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
          statement.setString(1, partner);
          statement.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setStatus(204);
  }

  private void pending(
      String partner, String messageId, String type, int secondsAgo, boolean newPartner)
      throws SQLException {
    Instant created = Instant.now().minusSeconds(secondsAgo);
    try (java.sql.Connection connection = dataSource.getConnection()) {
      if (newPartner) {
        try (PreparedStatement statement =
            connection.prepareStatement(
                "insert into partner_partner (id, name_zh, name_en, sdk_package, kind, status, de_identified, description,"
                    + " changed_at, changed_by, row_version) values (?, ?, ?, null, 'MESSAGING', 'ACTIVE', false, ?, ?, 'it', 0)")) {
          statement.setString(1, partner);
          statement.setString(2, "测试合作方 " + partner);
          statement.setString(3, "test partner " + partner);
          statement.setString(4, "registered by PartnerOutboundIT; no queue on this server");
          statement.setTimestamp(5, Timestamp.from(created));
          statement.executeUpdate();
        }
      }
      try (PreparedStatement statement =
          connection.prepareStatement(
              "insert into partner_outbox (message_id, partner_id, message_type, message_version, purpose_code, needs_ack,"
                  + " body, created_at) values (?, ?, ?, 1, 'communication.order-sms', false, ?, ?)")) {
        statement.setString(1, messageId);
        statement.setString(2, partner);
        statement.setString(3, type);
        statement.setString(4, envelope(messageId, type, "from the outbox"));
        statement.setTimestamp(5, Timestamp.from(created));
        statement.executeUpdate();
      }
    }
  }

  private void brokerCopy(String partner, String messageId, String text)
      throws JMSException, NamingException {
    Queue queue =
        (Queue) new InitialContext().lookup("java:/jms/queue/partner." + partner + ".outbound");
    try (Connection connection = connectionFactory.createConnection()) {
      Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
      MessageProducer producer = session.createProducer(queue);
      TextMessage message =
          session.createTextMessage(envelope(messageId, "sms.notification", text));
      message.setStringProperty("_AMQ_DUPL_ID", messageId);
      message.setJMSType("sms.notification");
      producer.send(message);
      session.commit();
    }
  }

  private static String envelope(String messageId, String type, String note) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("version", 1)
        .add("messageId", messageId)
        .add("occurredAt", Instant.now().toString())
        .add("payload", Json.createObjectBuilder().add("note", note))
        .build()
        .toString();
  }
}
