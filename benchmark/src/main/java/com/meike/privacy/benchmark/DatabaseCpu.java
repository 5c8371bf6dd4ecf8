package com.meike.privacy.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * CPU time spent by the database outside this JVM. An embedded H2 runs inside the server, so its
 * CPU is the server's own and this counts nothing. On PostgreSQL it is the CPU of the server
 * processes (backends) connected to our database, found in {@code pg_stat_activity} and read from
 * {@code /proc}; PostgreSQL's shared background processes are not counted.
 */
final class DatabaseCpu {

  /** CPU seconds per backend process id at one moment. */
  record Reading(Map<Long, Double> perProcess) {}

  private final DataSource dataSource;
  private final String product;

  DatabaseCpu(DataSource dataSource) {
    this.dataSource = dataSource;
    String name;
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      name = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      name = "unknown";
    }
    this.product = name;
  }

  /** Database product and version, as the driver reports them. */
  String product() {
    return product;
  }

  boolean external() {
    return product.startsWith("PostgreSQL");
  }

  Reading read() {
    Map<Long, Double> cpu = new HashMap<>();
    if (!external()) {
      return new Reading(cpu);
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet pids =
            statement.executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
      while (pids.next()) {
        long pid = pids.getLong(1);
        double seconds = Load.processCpuSeconds(Path.of("/proc", Long.toString(pid), "stat"));
        if (seconds >= 0) {
          cpu.put(pid, seconds);
        }
      }
    } catch (SQLException e) {
      // no figure rather than a wrong one
    }
    return new Reading(cpu);
  }

  /** Database CPU seconds between two readings; backends that appeared meanwhile count whole. */
  static double between(Reading before, Reading after) {
    double sum = 0;
    for (Map.Entry<Long, Double> process : after.perProcess().entrySet()) {
      sum += process.getValue() - before.perProcess().getOrDefault(process.getKey(), 0.0);
    }
    return Math.max(0, sum);
  }
}
