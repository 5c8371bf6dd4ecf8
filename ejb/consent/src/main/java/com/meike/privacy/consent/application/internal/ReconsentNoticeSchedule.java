package com.meike.privacy.consent.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
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
 * Runs the {@link ReconsentNoticeRelay} {@code meike.consent.reconsent-notice-interval} (PT15S)
 * after the previous run ended: batches of {@code meike.consent.reconsent-notice-batch} (200)
 * notices, each its own transaction, until none is left or {@code
 * meike.consent.reconsent-notice-batches-per-run} (50) batches went out, so a campaign to millions
 * is spread over runs and never one huge transaction. The timer is not persistent: the work list is
 * the database, so a restart simply picks it up. Several nodes may run it at once; claims keep
 * every notice single.
 */
@Singleton
@Startup
@DependsOn("ConsentSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconsentNoticeSchedule {

  private static final Logger LOG = Logger.getLogger(ReconsentNoticeSchedule.class.getName());

  @Resource TimerService timerService;
  @EJB ReconsentNoticeRelay relay;

  @Inject
  @ConfigProperty(name = "meike.consent.reconsent-notice-interval", defaultValue = "PT15S")
  Duration interval;

  @Inject
  @ConfigProperty(name = "meike.consent.reconsent-notice-batch", defaultValue = "200")
  int batchSize;

  @Inject
  @ConfigProperty(name = "meike.consent.reconsent-notice-batches-per-run", defaultValue = "50")
  int batchesPerRun;

  @PostConstruct
  void start() {
    next();
  }

  @Timeout
  void run() {
    try {
      for (int i = 0; i < batchesPerRun; i++) {
        if (relay.notifyNextBatch(batchSize) < batchSize) {
          return;
        }
      }
    } catch (RuntimeException e) {
      // The batch rolled back and stays pending; the next run tries again.
      LOG.log(
          Level.WARNING, "re-consent notices: batch failed, retrying next run: {0}", e.toString());
    } finally {
      next();
    }
  }

  /** The next run an interval after this one ends, so that a long run never overlaps the next. */
  private void next() {
    timerService.createSingleActionTimer(
        interval.toMillis(), new TimerConfig("reconsent-notices", false));
  }
}
