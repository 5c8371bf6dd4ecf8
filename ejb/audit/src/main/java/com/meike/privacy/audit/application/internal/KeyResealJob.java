package com.meike.privacy.audit.application.internal;

import com.meike.privacy.kernel.crypto.Resealer;
import com.meike.privacy.kernel.crypto.SealedColumn;
import com.meike.privacy.kernel.crypto.SealedColumns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The re-seal job after a key rotation (README, "How to rotate a key"): a non-persistent timer of
 * every node, every {@value #INTERVAL}, walks every sealed column every context registered ({@link
 * SealedColumns}) in chunks of {@value #BATCH} rows, each chunk in its own transaction ({@link
 * KeyResealing}); values already under the current key are not touched, so a run after a crash, or
 * on a second node at the same time, only does what is left. The kernel jar (the EAR's lib/) cannot
 * hold an EJB, so the timer lives here, beside the chainer, which records each chunk's counts in
 * the audit trail.
 */
@Singleton
@Startup
public class KeyResealJob {

  public static final String INTERVAL = "meike.keys.reseal-interval";
  public static final String BATCH = "meike.keys.reseal-batch";

  private static final Logger LOG = Logger.getLogger(KeyResealJob.class.getName());

  @Resource TimerService timers;
  @Inject KeyResealing resealing;
  @Inject @Any Instance<SealedColumns> registered;

  @Inject
  @ConfigProperty(name = INTERVAL, defaultValue = "PT1H")
  Duration interval;

  @Inject
  @ConfigProperty(name = BATCH, defaultValue = "200")
  int batch;

  @PostConstruct
  void schedule() {
    next(Duration.ofMinutes(1));
  }

  private void next(Duration after) {
    try {
      timers.createSingleActionTimer(after.toMillis(), new TimerConfig("key-reseal", false));
    } catch (IllegalStateException | EJBException e) {
      LOG.fine("re-seal job not rescheduled: " + e);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onTimer() {
    try {
      for (SealedColumns columns : registered) {
        for (SealedColumn column : columns.sealedColumns()) {
          reseal(column);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "re-seal run stopped; the next run goes on", e);
    } finally {
      next(interval);
    }
  }

  private void reseal(SealedColumn column) {
    int resealed = 0;
    int unreadable = 0;
    Object after = null;
    do {
      Resealer.Chunk chunk = resealing.next(column, after, batch);
      resealed += chunk.resealed();
      unreadable += chunk.unreadable();
      after = chunk.last();
    } while (after != null);
    if (resealed > 0 || unreadable > 0) {
      int done = resealed;
      int left = unreadable;
      LOG.info(
          () ->
              column.name()
                  + " ("
                  + column.keySet()
                  + "): "
                  + done
                  + " value(s) re-sealed under the current key, "
                  + left
                  + " do not open and were left");
    }
  }
}
