package com.meike.privacy.testsupport;

import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The process engine a process test runs on: in memory, full history (Tasklist's History tab reads
 * it), no job executor (the test fires timers and jobs itself), beans from {@code Mocks}. The
 * caller adds what the server adds — for process tests, the server's own engine rules.
 */
public final class InMemoryEngine {

  private InMemoryEngine() {}

  public static ProcessEngine build(
      String name, Consumer<ProcessEngineConfigurationImpl> serverRules) {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setExpressionManager(new MockExpressionManager());
    serverRules.accept(configuration);
    return configuration.buildProcessEngine();
  }
}
