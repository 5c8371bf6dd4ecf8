package com.meike.privacy.benchmark;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Issue 11, "the audit trail itself": audited transactions per second ({@link AuditedWork} with its
 * audit entry) next to the same transactions without it, with 2 and 8 closed-loop clients, in
 * alternating segments (the order flips every round). The chainer runs on its own timer meanwhile,
 * as in production, so its work is part of the audited figure; after each audited segment the queue
 * it left is reported (entries not linked yet), and at the end, once the chainer has caught up, how
 * long that took and the verification of the whole chain.
 *
 * <p>Each kind's CPU per transaction (the server's process, the chainer's timer thread included,
 * and on PostgreSQL its backends) is reported next to the rates: on a machine other work keeps
 * busy, the rates swing with that work, while the CPU a transaction costs hardly does, so {@code
 * cpuOverhead} ({@code 1 - plain CPU per tx / audited CPU per tx}) is the overhead the rates would
 * show on a machine of their own.
 */
@ApplicationScoped
public class AuditThroughput {

  static final int[] CLIENTS = {2, 8};

  @EJB AuditedWork work;
  @EJB AuditTrail trail;
  @Resource ManagedExecutorService executor;

  @Resource(lookup = RawEngine.DATASOURCE)
  DataSource dataSource;

  private final AtomicBoolean busy = new AtomicBoolean();

  /** Runs the comparison; empty when another run is in progress. */
  public Optional<JsonObject> run(double seconds, double warmup, int rounds) throws Exception {
    if (!busy.compareAndSet(false, true)) {
      return Optional.empty();
    }
    try {
      DatabaseCpu database = new DatabaseCpu(dataSource);
      work.prepare();
      String seed = UUID.randomUUID().toString();
      work.change(seed, seed, false);
      JsonObjectBuilder byClients = Json.createObjectBuilder();
      for (int clients : CLIENTS) {
        segment(database, clients, warmup, false, seed);
        segment(database, clients, warmup, true, seed);
        long plainOps = 0;
        long auditedOps = 0;
        double plainSeconds = 0;
        double auditedSeconds = 0;
        long maxQueue = 0;
        Cpu plainCpu = new Cpu();
        Cpu auditedCpu = new Cpu();
        JsonArrayBuilder order = Json.createArrayBuilder();
        double each = seconds / rounds;
        for (int round = 0; round < rounds; round++) {
          for (int i = 0; i < 2; i++) {
            boolean audited = (i + round) % 2 == 1;
            Load.Outcome outcome = segment(database, clients, each, audited, seed);
            if (outcome.errors() > 0) {
              throw new IllegalStateException(
                  outcome.errors() + " failed: " + outcome.firstError());
            }
            if (audited) {
              auditedOps += outcome.iterations();
              auditedSeconds += outcome.elapsedSeconds();
              maxQueue = Math.max(maxQueue, work.unchained());
              auditedCpu.add(outcome);
            } else {
              plainOps += outcome.iterations();
              plainSeconds += outcome.elapsedSeconds();
              plainCpu.add(outcome);
            }
            order.add(
                (audited ? "AUDITED " : "PLAIN ") + String.format("%.1f", outcome.perSecond()));
          }
        }
        double plain = plainOps / plainSeconds;
        double audited = auditedOps / auditedSeconds;
        byClients.add(
            Integer.toString(clients),
            Json.createObjectBuilder()
                .add("plainPerSecond", plain)
                .add("auditedPerSecond", audited)
                .add("ratio", audited / plain)
                .add("overhead", 1 - audited / plain)
                .add("unchainedAfterAuditedSegmentMax", maxQueue)
                .add("plainCpuMicrosPerTx", plainCpu.microsPerTx())
                .add("auditedCpuMicrosPerTx", auditedCpu.microsPerTx())
                .add("cpuOverhead", 1 - plainCpu.microsPerTx() / auditedCpu.microsPerTx())
                // where the CPU per transaction is spent: the database's processes, the rest is
                // the server's JVM (the chainer's timer thread included)
                .add("plainDatabaseCpuMicrosPerTx", plainCpu.databaseMicrosPerTx())
                .add("auditedDatabaseCpuMicrosPerTx", auditedCpu.databaseMicrosPerTx())
                .add("otherWorkCpusBusy", plainCpu.plus(auditedCpu).otherCpusBusy())
                .add("segments", order));
      }
      long caughtUpAt = System.nanoTime();
      long deadline = caughtUpAt + 120_000_000_000L;
      while (work.unchained() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      double catchUp = (System.nanoTime() - caughtUpAt) / 1e9;
      ChainVerification verification = trail.verify();
      return Optional.of(
          Json.createObjectBuilder()
              .add("seconds", seconds)
              .add("warmup", warmup)
              .add("rounds", rounds)
              .add("clients", byClients)
              .add("chainerCatchUpSeconds", catchUp)
              .add("unchainedAtEnd", work.unchained())
              .add("verificationIntact", verification.intact())
              .add("entriesChecked", verification.entriesChecked())
              .build());
    } finally {
      busy.set(false);
    }
  }

  /** CPU of one kind's segments: ours (server and database) and other work's on the machine. */
  private static final class Cpu {
    private double seconds;
    private double databaseSeconds;
    private double otherSeconds;
    private double elapsedSeconds;
    private long transactions;

    void add(Load.Outcome outcome) {
      seconds += Math.max(0, outcome.cpuSeconds()) + Math.max(0, outcome.databaseCpuSeconds());
      databaseSeconds += Math.max(0, outcome.databaseCpuSeconds());
      otherSeconds += Math.max(0, outcome.otherCpuSeconds());
      elapsedSeconds += outcome.elapsedSeconds();
      transactions += outcome.iterations();
    }

    Cpu plus(Cpu other) {
      Cpu sum = new Cpu();
      sum.seconds = seconds + other.seconds;
      sum.databaseSeconds = databaseSeconds + other.databaseSeconds;
      sum.otherSeconds = otherSeconds + other.otherSeconds;
      sum.elapsedSeconds = elapsedSeconds + other.elapsedSeconds;
      sum.transactions = transactions + other.transactions;
      return sum;
    }

    double microsPerTx() {
      return transactions == 0 ? 0 : seconds * 1e6 / transactions;
    }

    double databaseMicrosPerTx() {
      return transactions == 0 ? 0 : databaseSeconds * 1e6 / transactions;
    }

    double otherCpusBusy() {
      return elapsedSeconds == 0 ? 0 : otherSeconds / elapsedSeconds;
    }
  }

  private Load.Outcome segment(
      DatabaseCpu database, int clients, double seconds, boolean audited, String seed)
      throws InterruptedException {
    return Load.run(
        executor,
        database,
        audited ? "audited" : "plain",
        clients,
        seconds,
        1,
        steps -> {
          work.change(UUID.randomUUID().toString(), seed, audited);
          steps.lap(0);
        });
  }
}
