package com.meike.privacy.kernel.rights;

import com.meike.privacy.kernel.audit.AuditEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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
 * <p>A category whose rows are due a number of days after a date takes its batch from {@link Rule}
 * (its repository from {@link DueRows}): the cut-off, the removal and the one audit entry with the
 * count are written once here, not in each context.
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

  /**
   * The batch step of a rule that deletes (or anonymises) rows a number of days old (RET-1): at
   * most {@code limit} rows due before now minus {@code days}, removed in the caller's transaction,
   * then one audit entry ({@code action} on the {@code table}) with the count — none when nothing
   * was due. {@code detail} is the entry's text: {@code %1$d} the count, {@code %2$s} the cut-off,
   * {@code %3$d} the days, e.g. {@code "%1$d notice record(s) sent before %2$s deleted (%3$d-day
   * rule, RET-1)"}.
   */
  public record Rule(String action, String table, String detail) {

    /** Removes at most {@code limit} rows due before {@code cutoff}; how many. */
    @FunctionalInterface
    public interface Removal {
      int removeBefore(Instant cutoff, int limit);
    }

    /** One batch: the cut-off from {@code clock}, the removal, the audit entry; how many. */
    public int apply(
        Clock clock, int days, int limit, Removal removal, Consumer<AuditEvent> auditTrail) {
      Instant cutoff = clock.instant().minus(Duration.ofDays(days));
      int removed = removal.removeBefore(cutoff, limit);
      if (removed > 0) {
        auditTrail.accept(
            new AuditEvent(
                "system",
                action,
                "retention",
                table,
                String.format(Locale.ROOT, detail, removed, cutoff, days)));
      }
      return removed;
    }
  }
}
