package com.meike.privacy.bpmn.engine;

import com.meike.privacy.audit.application.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.logging.Logger;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.cdi.CdiExpressionManager;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the process engine at deployment start and closes it at undeployment. Bean-managed
 * transactions: the engine joins WildFly's JTA transactions itself (externally managed).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

  static final String DATASOURCE = "java:jboss/datasources/MeikePrivacyDS";
  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
  ManagedExecutorService executor;

  @Inject EngineSetup setup;

  /** Comments people add to tasks enter the audit trail ({@link TaskComments}). */
  @Inject AuditTrail auditTrail;

  /** The longest delay after wrong staff passwords; see README, "Security". */
  static final int LOGIN_DELAY_MAX_SECONDS = 60;

  /** First delay after a wrong staff password (the in-container tests set 0). */
  @Inject
  @ConfigProperty(name = "meike.security.login-delay-base-seconds", defaultValue = "3")
  int loginDelayBaseSeconds;

  /**
   * How long a job stays locked by the server running it (Camunda's default, 5 minutes). A job held
   * by a server that died is run again only after this; the kill -9 test of a shutdown's disposal
   * shortens it. Longer than any job takes, or a second thread runs it as well.
   */
  @Inject
  @ConfigProperty(name = "meike.engine.job-lock-time", defaultValue = "PT5M")
  Duration jobLockTime;

  /** Each process's personal facts and inputs, kept out of the engine's tables. */
  @Inject @Any Instance<FormFacts> formFacts;

  private ProcessEngine engine;
  private boolean registered;

  @PostConstruct
  void start() {
    JakartaTransactionProcessEngineConfiguration config =
        new JakartaTransactionProcessEngineConfiguration();
    config.setProcessEngineName("default");
    config.setDataSourceJndiName(DATASOURCE);
    config.setTransactionManager(transactionManager);
    config.setTransactionsExternallyManaged(true);
    config.setDatabaseSchemaUpdate("true");
    config.setHistory("full");
    config.setExpressionManager(new CdiExpressionManager());
    ManagedJobExecutor jobs = new ManagedJobExecutor(executor);
    jobs.setLockTimeInMillis(Math.toIntExact(jobLockTime.toMillis()));
    config.setJobExecutor(jobs);
    config.setJobExecutorActivate(true);
    // The default id generator contends on one row; UUIDs do not.
    config.setIdGenerator(new StrongUuidGenerator());
    // Authorization, the start and task doors, history permissions, audited comments.
    ServerEngineRules.apply(config, auditTrail::record);
    // Wrong passwords delay the account's next login (3 s, doubling, at most 60 s) but never lock
    // it: the engine's default permanent lock after 10 failures let any stranger shut a staff
    // member out until an admin unlocked them (ASVS V6; per client address: LoginThrottle).
    config.setLoginMaxAttempts(Integer.MAX_VALUE);
    config.setLoginDelayBase(loginDelayBaseSeconds);
    config.setLoginDelayFactor(2);
    config.setLoginDelayMaxTime(LOGIN_DELAY_MAX_SECONDS);
    config.getProcessEnginePlugins().add(new PersonalDataPlugin(formFacts));
    // Department groups follow the staff directory only (issue 17, item 7).
    config.setIdentityProviderSessionFactory(
        new org.camunda.bpm.engine.impl.persistence.GenericManagerFactory(
            DirectoryGroupsGuard.class));
    try {
      engine = config.buildProcessEngine();
      RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
      registered = true;
      setup.apply(engine);
      LOG.info("Process engine started");
    } catch (RuntimeException e) {
      // A half-started engine left registered breaks the next deployment (MBean already exists).
      stop();
      throw e;
    }
  }

  @PreDestroy
  void stop() {
    if (engine == null) {
      return;
    }
    if (registered) {
      RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
      registered = false;
    }
    engine.close();
    engine = null;
  }

  public ProcessEngine engine() {
    return engine;
  }
}
