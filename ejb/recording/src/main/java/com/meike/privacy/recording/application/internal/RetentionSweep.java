package com.meike.privacy.recording.application.internal;

import com.meike.privacy.recording.application.DestructionClaim;
import com.meike.privacy.recording.application.RecordingRetention;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Destroys recordings whose retention ended (REC-5) on a non-persistent timer of every node, in
 * batches. Safe on several nodes: a batch is claimed in one transaction by conditional updates that
 * only one node wins per recording, that never match a held recording, and that mark the batch with
 * a claim token; then, in a second transaction holding the rows still claimed under that token,
 * their data keys and then their audio are destroyed (the store's root forced once per batch) and
 * the destructions are recorded and audited. A recording whose order got a hold since the claim was
 * taken back by the hold and is not among those rows. A node that dies after claiming leaves the
 * claim to be taken over after the claim timeout, under a new token (destroying is idempotent).
 *
 * <p>After the recordings, the sweep wraps data keys written before the key epochs under an epoch
 * and destroys the keys of spent epochs (DSR-8), each in batches of its own transactions. At start
 * and before every sweep it checks for a restored database: epochs the audio store noted as
 * destroyed that are live again are destroyed at once ({@link #checkRestore}).
 *
 * <p>Configuration: {@value #INTERVAL} (default {@code PT5M}), {@value #BATCH} (default 100).
 */
@Startup
@Singleton
@DependsOn("RecordingSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionSweep {

  public static final String INTERVAL = "meike.recording.retention-sweep-interval";
  public static final String BATCH = "meike.recording.retention-sweep-batch";

  private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());

  @Resource TimerService timers;
  @Inject RecordingRetention retention;

  @Inject
  @ConfigProperty(name = INTERVAL, defaultValue = "PT5M")
  Duration interval;

  @Inject
  @ConfigProperty(name = BATCH, defaultValue = "100")
  int batch;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    checkRestore();
    TimerConfig config = new TimerConfig("recording-retention-sweep", false);
    timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), config);
  }

  /**
   * The restore check (DSR-8): key epochs the audio store noted as destroyed but the database holds
   * live — the database was restored from an older backup — are destroyed again before anything
   * reads them. At start and before every sweep; a failure is logged and the next sweep repeats it.
   */
  void checkRestore() {
    try {
      int again = retention.destroyRestoredEpochs();
      if (again > 0) {
        LOG.warning(
            again
                + " recording key epoch(s) destroyed before were live in the database (restored from"
                + " an older backup?) and are destroyed again (DSR-8)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "recording key epoch restore check failed; the next sweep retries", e);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void onTimer() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "recording retention sweep failed; the next run retries", e);
    } finally {
      running.set(false);
    }
  }

  /**
   * Prepares the coming days' key epochs and wraps data keys written before the key epochs under an
   * epoch, a batch per transaction, until none is left (DSR-8).
   */
  void wrapLegacyKeys() {
    retention.prepareKeyEpochs();
    String after = null;
    List<String> page;
    do {
      page = retention.wrapLegacyKeys(after, batch);
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1);
      }
    } while (page.size() == batch);
  }

  /** One sweep: every recording due now is destroyed by exactly one node. Returns how many here. */
  int sweep() {
    checkRestore();
    int destroyed = 0;
    DestructionClaim claim;
    do {
      // two transactions per batch; claimed recordings leave the due ones whatever becomes of them
      claim = retention.claimDue(batch);
      destroyed += retention.destroyClaimed(claim);
    } while (claim.moreMayBeDue());
    wrapLegacyKeys();
    // DSR-8: then the keys of the epochs whose last recording is gone
    while (retention.destroySpentEpochs(batch) == batch) {
      // more may be spent
    }
    return destroyed;
  }
}
