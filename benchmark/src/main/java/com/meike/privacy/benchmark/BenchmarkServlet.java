package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

import com.meike.privacy.benchmark.BenchmarkRun.Phases;
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
    Phases phases;
    try {
      phases = Phases.read(request, "30", "30", "6");
    } catch (NumberFormatException e) {
      response.sendError(400, "clients, seconds, warmup and rounds must be numbers");
      return;
    }
    String refused = phases.refusedForAlternatingRounds();
    if (refused != null) {
      response.sendError(400, refused);
      return;
    }
    boolean sql = "true".equals(parameter(request, "sql", "false"));
    BenchmarkRun.answer(
        response,
        "benchmark run",
        () ->
            benchmark.run(
                phases.clients(), phases.seconds(), phases.warmup(), phases.rounds(), sql));
  }
}
