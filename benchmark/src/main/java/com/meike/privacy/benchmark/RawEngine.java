package com.meike.privacy.benchmark;

import com.meike.privacy.bpmn.recording.RecordingAccessProcess;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * A second, plain process engine in the same server, on the same datasource and JTA transaction
 * manager as ours: no CDI, no authorization, no job executor, history full, UUID ids, and the same
 * BPMN under another key with {@link NoOpRecordingAccessProcess} as its delegate bean. It shares
 * the Camunda tables of the real engine (schema untouched) and is closed after the run.
 */
final class RawEngine implements AutoCloseable {

  static final String NAME = "raw-benchmark";
  static final String REAL_KEY = "recording-access-approval";
  static final String PROCESS_KEY = "recording-access-approval-raw";
  static final String BPMN = "processes/recording-access-approval.bpmn";
  static final String DATASOURCE = "java:jboss/datasources/MeikePrivacyDS";

  private final ProcessEngine engine;

  private RawEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  static RawEngine start(TransactionManager transactionManager) {
    JakartaTransactionProcessEngineConfiguration config =
        new JakartaTransactionProcessEngineConfiguration();
    config.setProcessEngineName(NAME);
    config.setDataSourceJndiName(DATASOURCE);
    config.setTransactionManager(transactionManager);
    config.setTransactionsExternallyManaged(true);
    config.setDatabaseSchemaUpdate("false");
    return new RawEngine(buildAndDeploy(config));
  }

  /**
   * The raw engine's settings on {@code config} (history full, no job executor, no authorization,
   * UUID ids, the no-op delegates), built, with the renamed BPMN deployed; inside the server and
   * outside it (the standalone driver) alike.
   */
  static ProcessEngine buildAndDeploy(ProcessEngineConfigurationImpl config) {
    config.setHistory("full");
    config.setJobExecutorActivate(false);
    config.setAuthorizationEnabled(false);
    config.setIdGenerator(new StrongUuidGenerator());
    config.setBeans(Map.of("recordingAccessProcess", new NoOpRecordingAccessProcess()));
    ProcessEngine engine = config.buildProcessEngine();
    try {
      engine
          .getRepositoryService()
          .createDeployment()
          .name(NAME)
          .source(NAME)
          .enableDuplicateFiltering(true)
          .addString(PROCESS_KEY + ".bpmn", renamedBpmn())
          .deploy();
      return engine;
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /**
   * Our BPMN exactly as deployed, with the process id renamed so that it is a process of its own
   * rather than a new version of the real one.
   */
  static String renamedBpmn() {
    // The engine's own bootstrap reads the file the same way: from the bpmn module's class loader.
    try (InputStream in = RecordingAccessProcess.class.getClassLoader().getResourceAsStream(BPMN)) {
      if (in == null) {
        throw new IllegalStateException(BPMN + " not found next to RecordingAccessProcess");
      }
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String quoted = "\"" + REAL_KEY + "\"";
      if (!xml.contains("id=" + quoted)) {
        throw new IllegalStateException(BPMN + " has no process with id " + REAL_KEY);
      }
      return xml.replace(quoted, "\"" + PROCESS_KEY + "\"")
          .replace(
              "name=\"Recording access approval\"",
              "name=\"Recording access approval (raw benchmark)\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ProcessEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    engine.close();
  }
}
