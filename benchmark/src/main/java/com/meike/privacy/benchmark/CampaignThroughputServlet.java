package com.meike.privacy.benchmark;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /benchmark/campaign?people=100000&batch=500}: runs {@link CampaignThroughput} and
 * answers its figures as JSON (409 while another run is in progress). Only in the benchmark EAR.
 */
@WebServlet("/campaign")
public class CampaignThroughputServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(CampaignThroughputServlet.class.getName());

  @Inject CampaignThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int people;
    int batch;
    try {
      people =
          Integer.parseInt(
              request.getParameter("people") == null ? "100000" : request.getParameter("people"));
      batch =
          Integer.parseInt(
              request.getParameter("batch") == null ? "500" : request.getParameter("batch"));
    } catch (NumberFormatException e) {
      response.sendError(400, "people and batch must be numbers");
      return;
    }
    if (people < 2 || people > 2_000_000 || batch < 1 || batch > 10_000) {
      response.sendError(400, "people 2..2000000, batch 1..10000");
      return;
    }
    JsonObject answer;
    int status;
    try {
      Optional<JsonObject> figures = benchmark.run(people, batch);
      status = figures.isPresent() ? 200 : 409;
      answer =
          figures.orElseGet(
              () ->
                  Json.createObjectBuilder().add("error", "a run is already in progress").build());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "campaign benchmark failed", e);
      status = 500;
      answer = Json.createObjectBuilder().add("error", Load.describe(e)).build();
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(answer.toString());
  }
}
