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
 * {@code GET /benchmark/partners?clients=2&seconds=60&warmup=15&rounds=4}: runs {@link
 * PartnerThroughput} and answers its figures as JSON (409 while another run is in progress). Only
 * in the benchmark EAR; never part of the application.
 */
@WebServlet("/partners")
public class PartnerThroughputServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(PartnerThroughputServlet.class.getName());

  @Inject PartnerThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int clients;
    double seconds;
    double warmup;
    int rounds;
    try {
      clients = Integer.parseInt(parameter(request, "clients", "2"));
      seconds = Double.parseDouble(parameter(request, "seconds", "60"));
      warmup = Double.parseDouble(parameter(request, "warmup", "15"));
      rounds = Integer.parseInt(parameter(request, "rounds", "4"));
    } catch (NumberFormatException e) {
      response.sendError(400, "clients, seconds, warmup and rounds must be numbers");
      return;
    }
    if (clients < 1
        || clients > 64
        || seconds <= 0
        || seconds > 3600
        || warmup < 1
        || warmup > 600
        || rounds < 1
        || rounds > 100) {
      response.sendError(400, "clients 1..64, seconds (0, 3600], warmup [1, 600], rounds 1..100");
      return;
    }
    JsonObject answer;
    int status;
    try {
      Optional<JsonObject> figures = benchmark.run(clients, seconds, warmup, rounds);
      status = figures.isPresent() ? 200 : 409;
      answer =
          figures.orElseGet(
              () ->
                  Json.createObjectBuilder().add("error", "a run is already in progress").build());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "partner benchmark failed", e);
      status = 500;
      answer = Json.createObjectBuilder().add("error", Load.describe(e)).build();
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(answer.toString());
  }

  private static String parameter(HttpServletRequest request, String name, String fallback) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
