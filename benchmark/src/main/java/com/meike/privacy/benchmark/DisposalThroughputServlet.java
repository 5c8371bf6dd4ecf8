package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET
 * /benchmark/disposal?part=disposal|retention|export&people=100000&batch=500&orders=10000}: runs
 * {@link DisposalThroughput} and answers its figures as JSON (409 while another run is in
 * progress). Only in the benchmark EAR.
 */
@WebServlet("/disposal")
public class DisposalThroughputServlet extends HttpServlet {

  @Inject DisposalThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String part = parameter(request, "part", "disposal");
    int people;
    int batch;
    int orders;
    try {
      people = Integer.parseInt(parameter(request, "people", "100000"));
      batch = Integer.parseInt(parameter(request, "batch", "500"));
      orders = Integer.parseInt(parameter(request, "orders", "10000"));
    } catch (NumberFormatException e) {
      response.sendError(400, "people, batch and orders must be numbers");
      return;
    }
    if (!java.util.Set.of("disposal", "retention", "export").contains(part)
        || people < 1
        || people > 2_000_000
        || batch < 1
        || batch > 10_000
        || orders < 1
        || orders > 100_000) {
      response.sendError(
          400,
          "part disposal|retention|export, people 1..2000000, batch 1..10000, orders 1..100000");
      return;
    }
    BenchmarkRun.answer(response, "disposal", () -> benchmark.run(part, people, batch, orders));
  }
}
