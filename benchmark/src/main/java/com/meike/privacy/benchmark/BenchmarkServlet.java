package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /benchmark/run?clients=2&seconds=30&warmup=30&rounds=6}: runs {@link
 * ApprovalThroughput} and answers its figures as JSON (409 while another run is in progress);
 * {@code sql=true} adds H2's statement statistics per phase (slower: for the "where the time goes"
 * passes). Only in the benchmark EAR that benchmark/run.sh assembles; never part of the
 * application.
 */
@WebServlet("/run")
public class BenchmarkServlet extends HttpServlet {

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
    boolean sql = "true".equals(parameter(request, "sql", "false"));
    BenchmarkRun.answer(
        response, "benchmark run", () -> benchmark.run(clients, seconds, warmup, rounds, sql));
  }
}
