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
 * Delivers what the after-commit path did not: messages written just before a crash, or whose
 * delivery failed (broker briefly unavailable). A non-persistent EJB timer every {@code
 * meike.partner.relay-interval-seconds} (default 10) on each node; every message is delivered in
 * its own transaction by {@link OutboxRelay#deliver}, which locks the row, so nodes sweeping at the
 * same time never send a message twice.
 */
@Singleton
@Startup
@DependsOn("PartnerSchema")
public class OutboxSweeper {

  /** Most messages one sweep delivers; the next sweep takes the rest. */
  static final int BATCH = 500;

  private static final Logger LOG = Logger.getLogger(OutboxSweeper.class.getName());

  @Resource TimerService timers;
  @Inject OutboxRelay relay;

  @Inject
  @ConfigProperty(name = "meike.partner.relay-interval-seconds", defaultValue = "10")
  long intervalSeconds;

  @PostConstruct
  void schedule() {
    long interval = Math.max(1, intervalSeconds) * 1000;
    timers.createIntervalTimer(interval, interval, new TimerConfig("partner-outbox-sweep", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    List<String> pending = relay.pending(BATCH);
    int delivered = 0;
    for (String messageId : pending) {
      try {
        if (relay.deliver(messageId)) {
          delivered++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Outbox sweep stopped at message {0} ({1}); next sweep retries",
            new Object[] {messageId, e.getClass().getSimpleName()});
        break;
      }
    }
    if (delivered > 0) {
      LOG.log(Level.INFO, "Outbox sweep delivered {0} message(s)", delivered);
    }
  }
}
