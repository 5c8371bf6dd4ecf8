package com.meike.privacy.recording.application.internal;

import com.meike.privacy.recording.application.RecordingSessions;
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
 * Stops recording sessions nobody touches any more (REC-1): a non-persistent timer of every node
 * looks at the sessions still recording and stops, seals and hands to retention each one whose
 * order's service ended at least {@code meike.recording.stop-after} ago. Safe on several nodes:
 * each stop locks the session row and re-checks its state. A session the app still talks to is
 * stopped by that call already.
 *
 * <p>Configuration: {@value #INTERVAL} (default {@code PT1M}).
 */
@Startup
@Singleton
@DependsOn("RecordingSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SessionStopTimer {

  public static final String INTERVAL = "meike.recording.session-stop-interval";

  private static final Logger LOG = Logger.getLogger(SessionStopTimer.class.getName());
  private static final int PAGE = 200;

  @Resource TimerService timers;
  @Inject RecordingSessions sessions;

  @Inject
  @ConfigProperty(name = INTERVAL, defaultValue = "PT1M")
  Duration interval;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig("recording-session-stop", false));
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
      LOG.log(Level.WARNING, "stopping ended recording sessions failed; the next run retries", e);
    } finally {
      running.set(false);
    }
  }

  /** One pass over the recording sessions; returns how many it stopped. */
  int sweep() {
    int stopped = 0;
    int offset = 0;
    List<String> page;
    do {
      page = sessions.recordingSessions(PAGE, offset);
      int stoppedHere = 0;
      for (String id : page) {
        if (sessions.stopIfServiceEnded(id)) {
          stoppedHere++;
        }
      }
      stopped += stoppedHere;
      offset += page.size() - stoppedHere;
    } while (page.size() == PAGE);
    return stopped;
  }
}
