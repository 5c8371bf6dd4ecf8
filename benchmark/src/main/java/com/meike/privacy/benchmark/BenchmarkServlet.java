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
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /benchmark/run?clients=2&seconds=30&warmup=30&rounds=6}: runs {@link
 * ApprovalThroughput} and answers its figures as JSON (409 while another run is in progress);
 * {@code sql=true} adds H2's statement statistics per phase (slower: for the "where the time goes"
 * passes). Only in the benchmark EAR that benchmark/run.sh assembles; never part of the
 * application.
 */
@WebServlet("/run")
public class BenchmarkServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(BenchmarkServlet.class.getName());

  @Inject ApprovalThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int clients;
    double seconds;
    double warmup;
    int rounds;
    try {
      clients = Integer.parseInt(parameter(request, "clients", "2"));
      seconds = Double.parseDouble(parameter(request, "seconds", "30"));
      warmup = Double.parseDouble(parameter(request, "warmup", "30"));
      rounds = Integer.parseInt(parameter(request, "rounds", "6"));
    } catch (NumberFormatException e) {
      response.sendError(400, "clients, seconds, warmup and rounds must be numbers");
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
        || warmup > 600) {
      response.sendError(400, "clients 1..64, seconds (0, 3600], warmup [0, 600]");
      return;
    }
    JsonObject answer;
    int status;
    try {
      boolean sql = "true".equals(parameter(request, "sql", "false"));
      Optional<JsonObject> figures = benchmark.run(clients, seconds, warmup, rounds, sql);
      status = figures.isPresent() ? 200 : 409;
      answer =
          figures.orElseGet(
              () ->
                  Json.createObjectBuilder().add("error", "a run is already in progress").build());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "benchmark run failed", e);
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
