package com.meike.privacy.partner.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers what the after-commit path did not: messages written just before a crash, whose delivery
 * failed (broker briefly unavailable), or whose retry is due. A non-persistent EJB timer every
 * {@code meike.partner.relay-interval-seconds} (default 10) on each node; each batch of due rows
 * goes to the broker in one transaction of {@link OutboxRelay}, which claims the rows with {@code
 * SKIP LOCKED}, so nodes sweeping at the same time never send a message twice. A message that fails
 * is isolated by the relay; it never stops the sweep. Only a broker that does not answer does —
 * until the next sweep.
 */
@Singleton
@Startup
@DependsOn("PartnerSchema")
public class OutboxSweeper {

  /** Most batches one sweep relays; the next sweep takes the rest. */
  static final int MAX_BATCHES = 20;

  private static final Logger LOG = Logger.getLogger(OutboxSweeper.class.getName());

  @Resource TimerService timers;
  @Inject OutboxRelay relay;

  @Inject
  @ConfigProperty(name = "meike.partner.relay-interval-seconds", defaultValue = "10")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = OutboxRelay.BATCH, defaultValue = "100")
  int batch = 100;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, intervalSeconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("partner-outbox-sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    int delivered = 0;
    int confirmed = 0;
    try {
      for (int batches = 0; batches < MAX_BATCHES; batches++) {
        List<String> due = relay.due();
        if (due.isEmpty()) {
          break;
        }
        RelayPass.Outcome outcome = relay.relay(due);
        delivered += outcome.delivered();
        confirmed += outcome.confirmed();
        // a short batch, rows other transactions hold, or a broker that does not answer: done for
        // now
        if (outcome.brokerDown() || due.size() < batch || outcome.handled() < due.size()) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Outbox sweep stopped ({0}); the next sweep retries",
          e.getClass().getSimpleName());
    }
    if (delivered > 0) {
      LOG.log(Level.INFO, "Outbox sweep delivered {0} message(s)", delivered);
    }
    if (confirmed > 0) {
      LOG.log(Level.INFO, "Outbox sweep found {0} message(s) the broker already held", confirmed);
    }
  }
}
