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
 * {@code GET
 * /benchmark/disposal?part=disposal|retention|export&people=100000&batch=500&orders=10000}: runs
 * {@link DisposalThroughput} and answers its figures as JSON (409 while another run is in
 * progress). Only in the benchmark EAR.
 */
@WebServlet("/disposal")
public class DisposalThroughputServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(DisposalThroughputServlet.class.getName());

  @Inject DisposalThroughput benchmark;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String part = request.getParameter("part") == null ? "disposal" : request.getParameter("part");
    int people;
    int batch;
    int orders;
    try {
      people = number(request, "people", 100_000);
      batch = number(request, "batch", 500);
      orders = number(request, "orders", 10_000);
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
    JsonObject answer;
    int status;
    try {
      Optional<JsonObject> figures = benchmark.run(part, people, batch, orders);
      status = figures.isPresent() ? 200 : 409;
      answer =
          figures.orElseGet(
              () ->
                  Json.createObjectBuilder().add("error", "a run is already in progress").build());
    } catch (Exception e) {
      LOG.log(Level.SEVERE, "disposal benchmark failed", e);
      status = 500;
      answer = Json.createObjectBuilder().add("error", Load.describe(e)).build();
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(answer.toString());
  }

  private static int number(HttpServletRequest request, String name, int otherwise) {
    String value = request.getParameter(name);
    return value == null ? otherwise : Integer.parseInt(value);
  }
}
