package com.meike.privacy.audit.application.internal;

import static com.meike.privacy.audit.application.internal.DefaultAuditTrail.CHECKPOINT_KEY;

import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeyedHashes;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the chainer ({@link AuditChaining}) on a non-persistent timer of every node, every {@value
 * #INTERVAL} after the previous run ended: it links what is queued, in steps of {@value #BATCH}
 * entries, then seals the chain when a checkpoint is due. Every node's timer may fire; the head
 * row's lock lets one chainer work at a time and the others find an empty queue.
 *
 * <p>Configuration: {@value #INTERVAL} (default {@code PT1S}), {@value #CHECKPOINT_INTERVAL}
 * (default {@code PT5M}).
 */
@Startup
@Singleton
@DependsOn("AuditSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditChainer {

  public static final String INTERVAL = "meike.audit.chain-interval";
  public static final String CHECKPOINT_INTERVAL = "meike.audit.checkpoint-interval";

  /** Entries linked per transaction. */
  static final int BATCH = 500;

  /** Steps per run at most, so one run never holds the timer thread for long. */
  static final int MAX_STEPS = 100;

  private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

  @Resource TimerService timers;
  @Inject AuditChaining chaining;

  @Inject
  @Key(value = CHECKPOINT_KEY, defaultId = "c1", optional = true)
  KeyedHashes keys;

  @Inject
  @ConfigProperty(name = INTERVAL, defaultValue = "PT1S")
  Duration interval;

  @Inject
  @ConfigProperty(name = CHECKPOINT_INTERVAL, defaultValue = "PT5M")
  Duration checkpointInterval;

  @PostConstruct
  void schedule() {
    if (!keys.canSign()) {
      LOG.warning(
          CHECKPOINT_KEY
              + " is not set: the audit chain is linked but not sealed with checkpoints");
    }
    next();
  }

  /**
   * One timer at a time, set again when a run ends: a run that takes longer than the interval (a
   * large backlog, a loaded machine) is followed by the next one, not overlapped or skipped.
   */
  private void next() {
    try {
      timers.createSingleActionTimer(interval.toMillis(), new TimerConfig("audit-chainer", false));
    } catch (IllegalStateException | EJBException e) {
      // the application is being undeployed: no next run
      LOG.fine("audit chainer not rescheduled: " + e);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onTimer() {
    try {
      int steps = 0;
      while (chaining.chainNext(BATCH) == BATCH && ++steps < MAX_STEPS) {
        // more queued: go on
      }
      chaining.sealIfDue(checkpointInterval);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "audit chainer step failed; the next run retries", e);
    } finally {
      next();
    }
  }
}
