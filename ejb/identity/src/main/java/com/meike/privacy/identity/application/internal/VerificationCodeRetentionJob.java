package com.meike.privacy.identity.application.internal;

import com.meike.privacy.kernel.rights.RetentionRun;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the verification codes's retention rule ({@link VerificationCodeRetention}) on a non-persistent timer of
 * every node, in batches of their own transactions ({@link RetentionRun}): resumable, safe on
 * several nodes (a deleted code no longer matches), memory flat.
 *
 * <p>Configuration: {@value #INTERVAL} (default {@code PT1H}), {@value #BATCH} (default 500).
 */
@Startup
@Singleton
@DependsOn("IdentitySchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VerificationCodeRetentionJob {

  public static final String INTERVAL = "meike.retention.interval";
  public static final String BATCH = "meike.retention.batch";

  private static final Logger LOG = Logger.getLogger(VerificationCodeRetentionJob.class.getName());

  @Resource TimerService timers;
  @Inject VerificationCodeRetention retention;

  @Inject
  @ConfigProperty(name = INTERVAL, defaultValue = "PT1H")
  Duration interval;

  @Inject
  @ConfigProperty(name = BATCH, defaultValue = "500")
  int batch;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig("verification-code-retention", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onTimer() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      RetentionRun.run(batch, 10_000, retention::deleteDue);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "verification code retention failed; the next run resumes", e);
    } finally {
      running.set(false);
    }
  }
}
