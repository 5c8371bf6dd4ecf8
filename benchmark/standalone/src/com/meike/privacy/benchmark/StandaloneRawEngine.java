package com.meike.privacy.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.Task;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue 11: the raw engine of the approval figure ({@link RawEngine}: the same BPMN, {@link
 * NoOpRecordingAccessProcess}, history full, no authorization, no job executor, UUID ids) outside
 * any server, on the engine's own JDBC transactions and connection pool, against a PostgreSQL
 * database: how far the raw engine inside WildFly (JTA, the XA datasource, the EJB around the
 * benchmark's transactions) is from the same engine on its own. Each step is one transaction, as in
 * the server (start; the department head's task query and completion; the security head's).
 *
 * <pre>
 *   benchmark/standalone-raw.sh   (see there: builds the class path and runs this)
 *   java … StandaloneRawEngine jdbc:postgresql://localhost/db user password clients warmup seconds
 * </pre>
 *
 * <p>Prints one JSON line: instances per second, and CPU per instance of this JVM and of the
 * database's backends (the steadier figure on a shared machine). Not part of benchmark.war: the
 * script compiles it against the module's classes and its test class path (PostgreSQL driver,
 * engine).
 */
public final class StandaloneRawEngine {

  private StandaloneRawEngine() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int clients = Integer.parseInt(args[3]);
    double warmup = Double.parseDouble(args[4]);
    double seconds = Double.parseDouble(args[5]);
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setUser(args[1]);
    pg.setPassword(args[2]);

    StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
    config.setProcessEngineName("raw-standalone");
    // the engine's own pool (MyBatis PooledDataSource), as a plain Java program has it; the plain
    // data source above only reads the database's CPU
    config.setJdbcUrl(url);
    config.setJdbcDriver("org.postgresql.Driver");
    config.setJdbcUsername(args[1]);
    config.setJdbcPassword(args[2]);
    config.setJdbcMaxActiveConnections(Math.max(10, clients * 2));
    config.setDatabaseSchemaUpdate("true");
    ProcessEngine engine = RawEngine.buildAndDeploy(config);
    try {
      CommandExecutor tx = ((ProcessEngineConfigurationImpl) config).getCommandExecutorTxRequired();
      Runnable instance =
          () -> {
            String key = UUID.randomUUID().toString();
            engine
                .getRuntimeService()
                .startProcessInstanceByKey(RawEngine.PROCESS_KEY, key, Map.of("applicationId", key));
            // query and completion in one transaction, as tx.inTransaction does in the server
            tx.execute(
                c ->
                    complete(
                        engine,
                        key,
                        ApprovalThroughput.DEPARTMENT_HEAD,
                        ApprovalThroughput.DEPARTMENT_HEAD_DECISION));
            tx.execute(
                c -> complete(
                        engine,
                        key,
                        ApprovalThroughput.SECURITY_HEAD,
                        ApprovalThroughput.SECURITY_HEAD_DECISION));
          };
      run(instance, clients, warmup, null);
      DatabaseCpu database = new DatabaseCpu(pg);
      String result = run(instance, clients, seconds, database);
      System.out.println(result);
    } finally {
      engine.close();
    }
  }

  private static String complete(
      ProcessEngine engine, String key, String user, Map<String, Object> variables) {
    TaskService tasks = engine.getTaskService();
    Task task =
        tasks.createTaskQuery().processInstanceBusinessKey(key).taskAssignee(user).singleResult();
    if (task == null) {
      throw new IllegalStateException("no task for " + user + " in " + key);
    }
    tasks.complete(task.getId(), variables);
    return task.getId();
  }

  private static String run(Runnable instance, int clients, double seconds, DatabaseCpu database)
      throws InterruptedException {
    AtomicLong done = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    double cpuStart = Load.processCpuSeconds();
    DatabaseCpu.Reading dbStart = database == null ? null : database.read();
    double machineStart = Load.machineBusySeconds();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread t =
          new Thread(
              () -> {
                while (System.nanoTime() < deadline) {
                  try {
                    instance.run();
                    done.incrementAndGet();
                  } catch (RuntimeException e) {
                    if (errors.incrementAndGet() == 1) {
                      e.printStackTrace();
                    }
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double jvm = Load.processCpuSeconds() - cpuStart;
    double db = database == null ? 0 : DatabaseCpu.between(dbStart, database.read());
    double others = Math.max(0, Load.machineBusySeconds() - machineStart - jvm - db) / elapsed;
    long n = Math.max(1, done.get());
    return String.format(
        java.util.Locale.ROOT,
        "{\"clients\":%d,\"seconds\":%.1f,\"instances\":%d,\"errors\":%d,\"perSecond\":%.2f,"
            + "\"jvmCpuMsPerInstance\":%.2f,\"databaseCpuMsPerInstance\":%.2f,"
            + "\"otherWorkCpusBusy\":%.2f}",
        clients,
        elapsed,
        done.get(),
        errors.get(),
        done.get() / elapsed,
        jvm * 1000 / n,
        db * 1000 / n,
        others);
  }
}
