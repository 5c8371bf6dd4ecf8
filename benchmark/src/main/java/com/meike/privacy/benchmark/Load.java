package com.meike.privacy.benchmark;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code clients} threads of the managed executor each repeat one iteration
 * until the time is up; every iteration that finishes counts, so the elapsed time runs until the
 * last client has finished its last iteration.
 */
final class Load {

  /**
   * One iteration of the measured work; it reports the end of each of its steps to {@code steps}.
   */
  @FunctionalInterface
  interface Iteration {
    void run(Steps steps) throws Exception;
  }

  /** Per-client step clock: {@link #lap(int)} charges the time since the previous lap to a step. */
  static final class Steps {
    private final long[] nanos;
    private long last;
    private long began;
    private long[] latencies = new long[1024];
    private int finished;

    Steps(int count) {
      nanos = new long[count];
    }

    void start() {
      last = System.nanoTime();
      began = last;
    }

    /** The iteration begun at {@link #start()} finished: keeps its latency. */
    void finish() {
      if (finished == latencies.length) {
        latencies = Arrays.copyOf(latencies, finished * 2);
      }
      latencies[finished++] = System.nanoTime() - began;
    }

    long[] latencies() {
      return Arrays.copyOf(latencies, finished);
    }

    void lap(int step) {
      long now = System.nanoTime();
      nanos[step] += now - last;
      last = now;
    }
  }

  /**
   * What one load produced. Step times are summed over all clients; {@code latencyNanos} holds
   * every finished iteration's time, all clients; {@code clientThreadCpuSeconds} is the CPU time of
   * the client threads themselves (all of the work for in-process calls, the client's part for
   * HTTP).
   */
  record Outcome(
      String name,
      int clients,
      long iterations,
      long errors,
      String firstError,
      double elapsedSeconds,
      double cpuSeconds,
      double databaseCpuSeconds,
      double otherCpuSeconds,
      long startedAtMillis,
      long endedAtMillis,
      long[] stepNanos,
      long[] latencyNanos,
      double clientThreadCpuSeconds) {

    double perSecond() {
      return elapsedSeconds == 0 ? 0 : iterations / elapsedSeconds;
    }
  }

  /** Stop a client after this many failed iterations in a row: something is broken, not slow. */
  private static final int MAX_ERRORS_IN_A_ROW = 20;

  private Load() {}

  static Outcome run(
      ManagedExecutorService executor,
      DatabaseCpu database,
      String name,
      int clients,
      double seconds,
      int stepCount,
      Iteration iteration)
      throws InterruptedException {
    AtomicInteger iterations = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    long[][] stepNanos = new long[clients][];
    Steps[] clientSteps = new Steps[clients];
    double[] clientCpu = new double[clients];
    double cpuStart = processCpuSeconds();
    DatabaseCpu.Reading databaseStart = database.read();
    double machineBusyStart = machineBusySeconds();
    long startedAt = System.currentTimeMillis();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1_000_000_000L);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      running.add(
          executor.submit(
              () -> {
                Steps steps = new Steps(stepCount);
                stepNanos[client] = steps.nanos;
                clientSteps[client] = steps;
                long threadCpuStart = threadCpuNanos();
                int inARow = 0;
                while (System.nanoTime() < deadline && inARow < MAX_ERRORS_IN_A_ROW) {
                  steps.start();
                  try {
                    iteration.run(steps);
                    steps.finish();
                    iterations.incrementAndGet();
                    inARow = 0;
                  } catch (Exception | AssertionError e) {
                    errors.incrementAndGet();
                    inARow++;
                    firstError.compareAndSet(null, describe(e));
                  }
                }
                long threadCpuEnd = threadCpuNanos();
                clientCpu[client] =
                    threadCpuStart < 0 || threadCpuEnd < 0
                        ? 0
                        : (threadCpuEnd - threadCpuStart) / 1e9;
              }));
    }
    for (Future<?> client : running) {
      try {
        client.get(Math.round(seconds) + 600L, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, describe(e));
        client.cancel(true);
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = cpuStart < 0 ? -1 : processCpuSeconds() - cpuStart;
    double databaseCpu = DatabaseCpu.between(databaseStart, database.read());
    double machineBusy = machineBusySeconds() - machineBusyStart;
    double others =
        machineBusyStart < 0 || cpu < 0 ? -1 : Math.max(0, machineBusy - cpu - databaseCpu);
    long[] summed = new long[stepCount];
    for (long[] perClient : stepNanos) {
      if (perClient != null) {
        for (int s = 0; s < stepCount; s++) {
          summed[s] += perClient[s];
        }
      }
    }
    long[] latencies =
        Arrays.stream(clientSteps)
            .filter(Objects::nonNull)
            .map(Steps::latencies)
            .flatMapToLong(Arrays::stream)
            .toArray();
    return new Outcome(
        name,
        clients,
        iterations.get(),
        errors.get(),
        firstError.get(),
        elapsed,
        cpu,
        databaseCpu,
        others,
        startedAt,
        System.currentTimeMillis(),
        summed,
        latencies,
        Arrays.stream(clientCpu).sum());
  }

  /** CPU time of the calling thread, -1 where the JVM cannot measure it. */
  private static long threadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
  }

  /**
   * CPU time the whole machine has spent busy since boot (all processes, all cores), from {@code
   * /proc/stat}; -1 where that file does not exist. The difference to this server's own CPU time
   * over a load is what other processes took meanwhile — the noise on a shared machine.
   */
  static double machineBusySeconds() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      // cpu user nice system idle iowait irq softirq steal ...; idle (4) and iowait (5) are not
      // busy
      for (int i = 1; i < Math.min(fields.length, 9); i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(fields[i]);
        }
      }
      return busy / (double) CLOCK_TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * CPU time this server process has used (all its threads), from {@code /proc/self/stat}; -1 where
   * that file does not exist. (The JDK's own bean for it, in {@code com.sun.management}, is not
   * visible to deployments on WildFly.)
   */
  static double processCpuSeconds() {
    return processCpuSeconds(Path.of("/proc/self/stat"));
  }

  /** The same for any process, by its {@code /proc/<pid>/stat}; -1 when it cannot be read. */
  static double processCpuSeconds(Path stat) {
    try {
      String line = Files.readString(stat);
      // after "pid (comm) ": state is field 3; utime and stime are fields 14 and 15
      String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]))
          / (double) CLOCK_TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** USER_HZ of Linux, 100 on every mainstream architecture. */
  private static final int CLOCK_TICKS_PER_SECOND = 100;

  /** The exception and its root cause, one line. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getClass().getName() + ": " + e.getMessage();
    if (root != e) {
      text += " (root cause " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }
    return text.length() > 600 ? text.substring(0, 600) + "..." : text;
  }
}
