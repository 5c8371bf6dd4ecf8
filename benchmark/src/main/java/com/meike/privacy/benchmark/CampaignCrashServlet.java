package com.meike.privacy.benchmark;

import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.CampaignStart;
import com.meike.privacy.notification.application.CampaignView;
import com.meike.privacy.notification.application.NoticeCampaigns;
import com.meike.privacy.notification.domain.campaign.Campaign;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The driver of {@code benchmark/campaign-crash-test.sh} (issue 14, the kill -9 test of a notice
 * campaign). Only in the benchmark EAR.
 *
 * <ul>
 *   <li>{@code POST /benchmark/campaign-crash/start?people=100000}: starts a campaign paused, seeds
 *       its recipients in bulk (as {@link CampaignThroughput} does, committed) and resumes it; the
 *       server's own timer then sends it. Answers {@code {"campaign": id}}.
 *   <li>{@code GET /benchmark/campaign-crash/state?campaign=…}: the campaign's progress and, from
 *       the database, what the test checks: recipients not yet sent, recipients whose message id is
 *       not the name-based id of campaign and person, notice rows and outbox rows per recipient
 *       (exactly one each), outbox rows pending or dead; with {@code &ids=true} also every sent
 *       recipient's message id (what must arrive on the partner's queue, once).
 * </ul>
 */
@WebServlet("/campaign-crash/*")
public class CampaignCrashServlet extends HttpServlet {

  @EJB NoticeCampaigns campaigns;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/start".equals(request.getPathInfo())) {
      response.sendError(404);
      return;
    }
    int people;
    try {
      people =
          Integer.parseInt(
              request.getParameter("people") == null ? "100000" : request.getParameter("people"));
    } catch (NumberFormatException e) {
      response.sendError(400, "people must be a number");
      return;
    }
    if (people < 2 || people > 2_000_000) {
      response.sendError(400, "people 2..2000000");
      return;
    }
    String reference = "crash-" + UUID.randomUUID();
    CampaignView started =
        campaigns.start(
            new CampaignStart(
                "BENCHMARK",
                reference,
                "breach-notice",
                CampaignThroughput.TEXT,
                Set.of(),
                Instant.now(),
                List.of(SubjectId.of("bench-" + reference + "-0"))),
            "benchmark");
    campaigns.pause(started.id(), "benchmark");
    try {
      CampaignThroughput.seed(dataSource, started.id(), reference, people);
    } catch (SQLException e) {
      throw new IOException("seeding failed", e);
    }
    campaigns.resume(started.id(), "benchmark");
    write(response, Json.createObjectBuilder().add("campaign", started.id()).add("people", people));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String campaign = request.getParameter("campaign");
    if (!"/state".equals(request.getPathInfo()) || campaign == null) {
      response.sendError(404);
      return;
    }
    CampaignView view = campaigns.progress(campaign);
    JsonObjectBuilder answer =
        Json.createObjectBuilder()
            .add("campaign", campaign)
            .add("state", view.state())
            .add("selected", view.selected())
            .add("sent", view.sent())
            .add("unreached", view.unreached())
            .add("pending", view.pending());
    try (Connection c = dataSource.getConnection()) {
      answer.add(
          "recipients",
          count(
              c,
              "select count(*) from notification_campaign_recipient where campaign_id = ?",
              campaign));
      answer.add(
          "recipientsNotSent",
          count(
              c,
              "select count(*) from notification_campaign_recipient"
                  + " where campaign_id = ? and state <> 'SENT'",
              campaign));
      // every sent recipient's notice row and outbox row, counted by message id (more than one =
      // sent twice)
      answer.add(
          "noticeRows",
          count(
              c,
              "select count(*) from notification_campaign_recipient r"
                  + " join notification_notice n on n.message_id = r.message_id where r.campaign_id = ?",
              campaign));
      answer.add(
          "outboxRows",
          count(
              c,
              "select count(*) from notification_campaign_recipient r"
                  + " join partner_outbox o on o.message_id = r.message_id where r.campaign_id = ?",
              campaign));
      answer.add(
          "outboxPending",
          count(
              c,
              "select count(*) from partner_outbox where delivered_at is null"
                  + " and dead_at is null",
              null));
      answer.add(
          "outboxDead",
          count(c, "select count(*) from partner_outbox where dead_at is not null", null));
      long wrongIds = 0;
      boolean ids = "true".equals(request.getParameter("ids"));
      JsonArrayBuilder expected = Json.createArrayBuilder();
      try (PreparedStatement s =
          c.prepareStatement(
              "select subject_id, message_id from notification_campaign_recipient"
                  + " where campaign_id = ? and state = 'SENT'")) {
        s.setString(1, campaign);
        s.setFetchSize(1000);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            String messageId = rows.getString(2);
            if (!Campaign.messageId(campaign, rows.getString(1)).equals(messageId)) {
              wrongIds++;
            }
            if (ids) {
              expected.add(messageId);
            }
          }
        }
      }
      answer.add("wrongMessageIds", wrongIds);
      if (ids) {
        answer.add("expected", expected);
      }
    } catch (SQLException e) {
      throw new IOException("reading the campaign's state failed", e);
    }
    write(response, answer);
  }

  static long count(Connection c, String sql, String campaign) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (campaign != null) {
        s.setString(1, campaign);
      }
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  static void write(HttpServletResponse response, JsonObjectBuilder answer) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(answer.build().toString());
  }
}
