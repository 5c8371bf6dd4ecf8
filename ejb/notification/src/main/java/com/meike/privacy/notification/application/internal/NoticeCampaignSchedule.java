package com.meike.privacy.notification.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
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
 * Runs the {@link NoticeCampaignRelay} {@code meike.notification.campaign-interval} (PT2S) after
 * the previous run ended: batches of {@code meike.notification.campaign-batch} (500) notices, each
 * its own transaction, until no running campaign has anyone pending or {@code
 * meike.notification.campaign-batches-per-run} (1000) batches went out. The timer is not
 * persistent: the work list is the recipient table, so a restart after a crash simply picks it up.
 *
 * <p>A batch's notices go to the partners' queues in its own transaction ({@link
 * NoticeCampaignRelay#sendNextBatch}, XA with the database), not through the outbox and a relay
 * pass after it (issue 14: the body was stored twice and each batch took a second transaction).
 *
 * <p>{@code meike.notification.campaign-workers} (2) such timers run side by side (issue 14: while
 * one batch waits for its commit, another is prepared). They never take the same person: a claim
 * locks its batch {@code FOR UPDATE SKIP LOCKED} and passes over what another worker holds.
 */
@Singleton
@Startup
@DependsOn("NotificationSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeCampaignSchedule {

  private static final Logger LOG = Logger.getLogger(NoticeCampaignSchedule.class.getName());

  @Resource TimerService timerService;
  @EJB NoticeCampaignRelay relay;

  @Inject
  @ConfigProperty(name = "meike.notification.campaign-interval", defaultValue = "PT2S")
  Duration interval;

  @Inject
  @ConfigProperty(name = "meike.notification.campaign-batch", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "meike.notification.campaign-batches-per-run", defaultValue = "1000")
  int batchesPerRun;

  @Inject
  @ConfigProperty(name = "meike.notification.campaign-workers", defaultValue = "2")
  int workers;

  @PostConstruct
  void start() {
    for (int i = 0; i < Math.max(1, workers); i++) {
      next("notice-campaigns-" + (i + 1));
    }
  }

  @Timeout
  void run(Timer timer) {
    try {
      for (int i = 0; i < batchesPerRun; i++) {
        int claimed;
        try {
          // straight to the partners' queues in the batch's transaction (the body stored once)
          claimed = relay.sendNextBatch(batchSize, true);
        } catch (RuntimeException e) {
          // the broker refused a second copy (a batch repeated after a crash) or is down: the
          // outbox's relay confirms the one and waits for the other
          LOG.log(
              Level.INFO,
              "notice campaigns: batch not taken by the broker, repeated through the outbox: {0}",
              e.toString());
          claimed = relay.sendNextBatch(batchSize, false);
        }
        if (claimed == 0) {
          return;
        }
      }
    } catch (RuntimeException e) {
      // The batch rolled back and stays pending; the next run tries again with the same message
      // ids.
      LOG.log(
          Level.WARNING, "notice campaigns: batch failed, retrying next run: {0}", e.toString());
    } finally {
      next(String.valueOf(timer.getInfo()));
    }
  }

  private void next(String worker) {
    timerService.createSingleActionTimer(interval.toMillis(), new TimerConfig(worker, false));
  }
}
