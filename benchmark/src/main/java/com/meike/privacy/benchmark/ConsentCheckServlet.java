package com.meike.privacy.benchmark;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /benchmark/consent?clients=2&seconds=30&warmup=20&rounds=6&subjects=1000}: runs {@link
 * ConsentCheckThroughput} (the HTTP phase against this server's own listener, the port this request
 * came in on) and answers its figures as JSON (409 while another run is in progress). Only in the
 * benchmark EAR that benchmark/run.sh assembles; never part of the application.
 */
@WebServlet("/consent")
public class ConsentCheckServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ConsentCheckServlet.class.getName());

  @Inject ConsentCheckThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int clients;
    double seconds;
    double warmup;
    int rounds;
    int subjects;
    try {
      clients = Integer.parseInt(parameter(request, "clients", "2"));
      seconds = Double.parseDouble(parameter(request, "seconds", "30"));
      warmup = Double.parseDouble(parameter(request, "warmup", "20"));
      rounds = Integer.parseInt(parameter(request, "rounds", "6"));
      subjects = Integer.parseInt(parameter(request, "subjects", "1000"));
    } catch (NumberFormatException e) {
      response.sendError(400, "clients, seconds, warmup, rounds and subjects must be numbers");
      return;
    }
    if (rounds < 2 || rounds > 100 || rounds % 2 != 0) {
      response.sendError(400, "rounds: an even number of segments per phase, 2..100");
      return;
    }
    if (clients < 1
        || clients > 64
        || seconds <= 0
        || seconds > 3600
        || warmup < 0
        || warmup > 600
        || subjects < 1
        || subjects > 100_000) {
      response.sendError(
          400, "clients 1..64, seconds (0, 3600], warmup [0, 600], subjects 1..100000");
      return;
    }
    URI api = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/api");
    JsonObject answer;
    int status;
    try {
      Optional<JsonObject> figures = benchmark.run(api, clients, seconds, warmup, rounds, subjects);
      status = figures.isPresent() ? 200 : 409;
      answer =
          figures.orElseGet(
              () ->
                  Json.createObjectBuilder().add("error", "a run is already in progress").build());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "consent-check benchmark failed", e);
      status = 500;
      answer = Json.createObjectBuilder().add("error", Load.describe(e)).build();
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(response.getWriter())) {
      writer.writeObject(answer);
    }
  }

  private static String parameter(HttpServletRequest request, String name, String fallback) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
