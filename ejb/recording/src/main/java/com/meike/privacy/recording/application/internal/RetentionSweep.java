package com.meike.privacy.recording.application.internal;

import com.meike.privacy.recording.application.RecordingRetention;
import com.meike.privacy.recording.infrastructure.storage.RecordingAudio;
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
 * Destroys recordings whose retention ended (REC-5) on a non-persistent timer of every node. Safe
 * on several nodes: each recording is first claimed by a conditional update that only one node
 * wins and that never matches a held recording; then its data key and audio are destroyed outside
 * any transaction; then the destruction is recorded and audited. A node that dies after claiming
 * leaves the claim to be taken over after the claim timeout (destroying is idempotent).
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
  @Inject RecordingAudio audio;

  @Inject
  @ConfigProperty(name = INTERVAL, defaultValue = "PT5M")
  Duration interval;

  @Inject
  @ConfigProperty(name = BATCH, defaultValue = "100")
  int batch;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    TimerConfig config = new TimerConfig("recording-retention-sweep", false);
    timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), config);
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

  /** One sweep: every recording due now is destroyed by exactly one node. Returns how many here. */
  int sweep() {
    int destroyed = 0;
    List<String> due;
    do {
      due = retention.dueForDestruction(batch);
      int before = destroyed;
      for (String id : due) {
        if (retention.claim(id)) {
          audio.vault().destroy(id);
          retention.destroyed(id);
          destroyed++;
        }
      }
      if (destroyed == before) {
        break;
      }
    } while (due.size() == batch);
    return destroyed;
  }
}
