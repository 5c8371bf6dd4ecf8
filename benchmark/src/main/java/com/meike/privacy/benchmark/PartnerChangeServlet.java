package com.meike.privacy.benchmark;

import static com.meike.privacy.benchmark.BenchmarkRun.parameter;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What benchmark/partner-crash-test.sh drives and reads (only in the benchmark EAR):
 *
 * <ul>
 *   <li>{@code POST /benchmark/partner-changes/load?prefix=k1&clients=2&seconds=60&rollbackEvery=5}
 *       starts {@code clients} threads making {@link PartnerChanges} one after another for up to
 *       {@code seconds} — person {@code <prefix>-<thread>-<n>}, every {@code rollbackEvery}-th one
 *       rolled back on purpose (its name ends in {@code -r}) — and answers at once; the load runs
 *       until its time is up or the server is killed.
 *   <li>{@code GET /benchmark/partner-changes/load}: whether it runs, and its counts.
 *   <li>{@code GET /benchmark/partner-changes/state?prefix=k}: straight from the database, every
 *       person whose prefix matches with a committed consent entry and the message ids the
 *       disclosure log names for them, the outbox rows not yet handed to the broker (dead letters
 *       among them, also counted on their own), and people with only half a change (entries without
 *       messages or messages without entries) or a trace of a change rolled back on purpose.
 * </ul>
 */
@WebServlet("/partner-changes/*")
public class PartnerChangeServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(PartnerChangeServlet.class.getName());

  @EJB PartnerChanges changes;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong rolledBack = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/load".equals(request.getPathInfo())) {
      response.sendError(404);
      return;
    }
    String prefix = request.getParameter("prefix");
    int clients;
    long seconds;
    int rollbackEvery;
    try {
      clients = Integer.parseInt(parameter(request, "clients", "2"));
      seconds = Long.parseLong(parameter(request, "seconds", "60"));
      rollbackEvery = Integer.parseInt(parameter(request, "rollbackEvery", "5"));
    } catch (NumberFormatException e) {
      response.sendError(400, "clients, seconds and rollbackEvery must be numbers");
      return;
    }
    if (prefix == null
        || !prefix.matches("[a-z0-9-]{1,20}")
        || clients < 1
        || clients > 16
        || seconds < 1
        || rollbackEvery < 2) {
      response.sendError(
          400, "prefix [a-z0-9-]{1,20}, clients 1..16, seconds >= 1, rollbackEvery >= 2");
      return;
    }
    if (!running.compareAndSet(false, true)) {
      response.sendError(409, "a load is running");
      return;
    }
    committed.set(0);
    rolledBack.set(0);
    failed.set(0);
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong threadsLeft = new AtomicLong(clients);
    for (int t = 0; t < clients; t++) {
      int thread = t;
      executor.submit(
          () -> {
            try {
              for (int n = 1; System.nanoTime() < until; n++) {
                boolean rollBack = n % rollbackEvery == 0;
                String subject = prefix + "-" + thread + "-" + n + (rollBack ? "-r" : "");
                try {
                  changes.change(subject, rollBack);
                  committed.incrementAndGet();
                } catch (RuntimeException e) {
                  if (rollBack && Load.describe(e).contains("rolled back on purpose")) {
                    rolledBack.incrementAndGet();
                  } else {
                    failed.incrementAndGet();
                    LOG.log(
                        Level.WARNING,
                        "partner change {0} failed: {1}",
                        new Object[] {subject, Load.describe(e)});
                  }
                }
              }
            } finally {
              if (threadsLeft.decrementAndGet() == 0) {
                running.set(false);
              }
            }
          });
    }
    response.setStatus(202);
    write(response, counts());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("/load".equals(request.getPathInfo())) {
      write(response, counts());
      return;
    }
    if (!"/state".equals(request.getPathInfo())) {
      response.sendError(404);
      return;
    }
    String prefix = request.getParameter("prefix");
    if (prefix == null || !prefix.matches("[a-z0-9-]{1,20}")) {
      response.sendError(400, "prefix [a-z0-9-]{1,20}");
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      List<String> people =
          strings(
              connection,
              "select distinct subject_id from consent_entry where subject_id like ? order by subject_id",
              prefix + "%");
      Map<String, List<String>> messages = new TreeMap<>();
      try (PreparedStatement statement =
          connection.prepareStatement(
              "select subject_id, message_id from partner_disclosure where subject_id like ? order by subject_id, message_id")) {
        statement.setString(1, prefix + "%");
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            messages
                .computeIfAbsent(rows.getString(1), s -> new ArrayList<>())
                .add(rows.getString(2));
          }
        }
      }
      JsonObjectBuilder committedChanges = Json.createObjectBuilder();
      JsonArrayBuilder halfChanges = Json.createArrayBuilder();
      JsonArrayBuilder rolledBackTraces = Json.createArrayBuilder();
      for (String person : people) {
        List<String> ids = messages.getOrDefault(person, List.of());
        committedChanges.add(person, Json.createArrayBuilder(ids));
        if (ids.size() != PartnerChanges.MESSAGES) {
          halfChanges.add(person + ": " + ids.size() + " messages");
        }
        if (person.endsWith("-r")) {
          rolledBackTraces.add(person);
        }
      }
      for (String person : messages.keySet()) {
        if (!people.contains(person)) {
          halfChanges.add(person + ": messages without a consent entry");
          if (person.endsWith("-r")) {
            rolledBackTraces.add(person);
          }
        }
      }
      long pending =
          strings(
                  connection,
                  "select count(*) from partner_outbox where delivered_at is null",
                  null)
              .stream()
              .mapToLong(Long::parseLong)
              .sum();
      long deadLetters =
          strings(connection, "select count(*) from partner_outbox where dead_at is not null", null)
              .stream()
              .mapToLong(Long::parseLong)
              .sum();
      write(
          response,
          Json.createObjectBuilder()
              .add("changes", committedChanges)
              .add("pending", pending)
              .add("deadLetters", deadLetters)
              .add("halfChanges", halfChanges)
              .add("rolledBackTraces", rolledBackTraces)
              .build());
    } catch (SQLException e) {
      response.sendError(500, Load.describe(e));
    }
  }

  private JsonObjectBuilder counts() {
    return Json.createObjectBuilder()
        .add("running", running.get())
        .add("committed", committed.get())
        .add("rolledBack", rolledBack.get())
        .add("failed", failed.get());
  }

  private static List<String> strings(Connection connection, String sql, String parameter)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  private static void write(HttpServletResponse response, JsonObjectBuilder json)
      throws IOException {
    write(response, json.build());
  }

  private static void write(HttpServletResponse response, jakarta.json.JsonObject json)
      throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.toString());
  }
}
