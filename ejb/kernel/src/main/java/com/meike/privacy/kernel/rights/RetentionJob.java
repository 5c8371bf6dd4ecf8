package com.meike.privacy.kernel.rights;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
 * The one way a category's retention rule runs (RET-1): a non-persistent interval timer on every
 * node calls {@link RetentionRun} with the category's {@link #batch}, one transaction per batch —
 * resumable, safe on several nodes, memory flat. A run still going when the timer fires again is
 * not doubled.
 *
 * <p>A context registers a category with one declaration (the EJB annotations stay on the subclass,
 * which the container reads; {@code @DependsOn} names the context's schema bean):
 *
 * <pre>{@code
 * @Startup @Singleton @DependsOn("OrderSchema") @ConcurrencyManagement(ConcurrencyManagementType.BEAN)
 * public class OrderRetentionJob extends RetentionJob {
 *   @Inject OrderRetention retention;
 *   public OrderRetentionJob() { super("order"); }
 *   protected int batch(int size) { return retention.anonymiseDue(size); }
 * }
 * }</pre>
 *
 * <p>Configuration: {@value #INTERVAL} (default {@code PT1H}), {@value #BATCH} (default 500).
 */
public abstract class RetentionJob {

  public static final String INTERVAL = "meike.retention.interval";
  public static final String BATCH = "meike.retention.batch";

  /** A run stops after this many batches; the next timer goes on where it stopped. */
  static final int MAX_BATCHES_PER_RUN = 10_000;

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  private final String category;
  private final AtomicBoolean running = new AtomicBoolean();

  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = INTERVAL, defaultValue = "PT1H")
  Duration interval;

  @Inject
  @ConfigProperty(name = BATCH, defaultValue = "500")
  int batchSize;

  /**
   * @param category names the timer and the log line (e.g. {@code order})
   */
  protected RetentionJob(String category) {
    this.category = category;
  }

  /**
   * One batch in a transaction of its own (a call through the category's EJB): deletes or
   * anonymises at most {@code size} due rows, audits them, and answers how many.
   */
  protected abstract int batch(int size);

  @PostConstruct
  protected void scheduleRetention() {
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(category + "-retention", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  protected void onTimer() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      RetentionRun.run(batchSize, MAX_BATCHES_PER_RUN, this::batch);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, category + " retention failed; the next run resumes", e);
    } finally {
      running.set(false);
    }
  }
}
