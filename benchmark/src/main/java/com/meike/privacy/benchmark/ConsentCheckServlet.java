package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * {@code GET /benchmark/consent?clients=2&seconds=30&warmup=20&rounds=6&subjects=1000}: runs {@link
 * ConsentCheckThroughput} (the HTTP phase against this server's own listener, the port this request
 * came in on) and answers its figures as JSON (409 while another run is in progress). Only in the
 * benchmark EAR that benchmark/run.sh assembles; never part of the application.
 */
@WebServlet("/consent")
public class ConsentCheckServlet extends HttpServlet {

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
    BenchmarkRun.answer(
        response,
        "consent-check",
        () -> benchmark.run(api, clients, seconds, warmup, rounds, subjects));
  }
}
