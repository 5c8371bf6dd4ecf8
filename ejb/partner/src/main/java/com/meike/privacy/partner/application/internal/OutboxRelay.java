package com.meike.privacy.partner.application.internal;

import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.OutboxRepository;
import com.meike.privacy.partner.domain.outbox.PartnerQueue;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands outbox rows to the partner queues (PTN-4). The messages of one committed change — or, for
 * the sweep, up to {@code meike.partner.relay-batch} pending rows — go to the broker in ONE JTA
 * transaction that both puts them on {@code partner.<id>.outbound} (through the XA connection
 * factory, each with its messageId as duplicate-detection id) and marks the rows delivered (one
 * statement), so after a crash a row is either still pending (and swept again) or delivered. The
 * rows are claimed with {@code FOR UPDATE SKIP LOCKED}: when two nodes, or the after-commit path
 * and the sweep, reach the same row, one delivers it and the other passes over it. Should a message
 * still be handed over twice (a crash between the broker's commit and the database's), the broker
 * refuses the second copy by its duplicate id, and that refusal is recorded as delivery. A batch
 * that fails is retried message by message ({@link RelayPass}), so one bad message is isolated —
 * retried with growing waits, after {@code meike.partner.relay-max-attempts} a dead letter — while
 * the others go.
 */
@Stateless
public class OutboxRelay {

  static final String BATCH = "meike.partner.relay-batch";
  static final String MAX_ATTEMPTS = "meike.partner.relay-max-attempts";
  static final String RETRY_DELAY = "meike.partner.relay-retry-delay";

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  @Inject OutboxRepository outbox;
  @Inject PartnerQueue queue;
  @Inject Clock clock;
  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = BATCH, defaultValue = "100")
  int batch = 100;

  @Inject
  @ConfigProperty(name = MAX_ATTEMPTS, defaultValue = "10")
  int maxAttempts = 10;

  @Inject
  @ConfigProperty(name = RETRY_DELAY, defaultValue = "PT10S")
  Duration retryDelay = Duration.ofSeconds(10);

  /** Relays soon, off the caller's thread and transaction; what fails is left to the sweep. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void relaySoon(List<String> messageIds) {
    try {
      relay(messageIds);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Outbox messages {0} not relayed now ({1}); the sweep retries them",
          new Object[] {messageIds, e.getClass().getSimpleName()});
    }
  }

  /** One pass over these messages, in batches, each batch in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public RelayPass.Outcome relay(List<String> messageIds) {
    RelayPass.Outcome outcome =
        RelayPass.run(messageIds, batch, steps(context.getBusinessObject(OutboxRelay.class)));
    if (outcome.brokerDown()) {
      LOG.log(Level.WARNING, "Outbox relay stopped: the broker does not answer; the sweep retries");
    }
    return outcome;
  }

  /**
   * The pass's steps: each through {@code self}, the EJB, so that each is a transaction of its own.
   */
  RelayPass.Steps steps(OutboxRelay self) {
    return new RelayPass.Steps() {
      @Override
      public int handOver(List<String> ids) {
        return self.handOver(ids);
      }

      @Override
      public boolean confirmHeld(String messageId) {
        return self.confirmHeld(messageId);
      }

      @Override
      public boolean isolate(String messageId, Throwable cause) {
        return self.isolate(messageId, describe(cause));
      }

      @Override
      public boolean alreadyHolds(Throwable failure) {
        return queue.alreadyHolds(failure);
      }

      @Override
      public boolean brokerReachable() {
        return queue.reachable();
      }
    };
  }

  /**
   * Hands the still pending ones of these messages to the broker in one transaction.
   *
   * @return how many this call handed over (delivered ones, dead letters and rows another
   *     transaction holds are passed over)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int handOver(List<String> messageIds) {
    Instant now = clock.instant();
    List<OutboxMessage> claimed = outbox.claim(messageIds);
    for (OutboxMessage message : claimed) {
      queue.put(message.partnerId(), message.messageId(), message.type(), message.body());
    }
    // one statement for the batch (issue 14), in the same transaction as the broker's sends
    outbox.markDelivered(claimed.stream().map(OutboxMessage::messageId).toList(), now);
    return claimed.size();
  }

  /** The broker refused a second copy: it holds the message, so the row is delivered. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean confirmHeld(String messageId) {
    List<OutboxMessage> claimed = outbox.claim(List.of(messageId));
    claimed.forEach(message -> message.markDelivered(clock.instant()));
    if (!claimed.isEmpty()) {
      LOG.log(
          Level.INFO,
          "Outbox message {0}: the broker already holds it (duplicate id refused); recorded as delivered",
          messageId);
    }
    return !claimed.isEmpty();
  }

  /**
   * Counts a failed hand-over of the message on its own. @return whether it is a dead letter now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean isolate(String messageId, String cause) {
    for (OutboxMessage message : outbox.claim(List.of(messageId))) {
      boolean dead = message.handOverFailed(clock.instant(), cause, maxAttempts, retryDelay);
      if (dead) {
        LOG.log(
            Level.SEVERE,
            "Outbox message {0} to {1} is a dead letter after {2} failed hand-overs: {3}",
            new Object[] {messageId, message.partnerId(), message.relayAttempts(), cause});
      } else {
        LOG.log(
            Level.WARNING,
            "Outbox message {0} to {1} not taken (attempt {2} of {3}, next at {4}): {5}",
            new Object[] {
              messageId,
              message.partnerId(),
              message.relayAttempts(),
              maxAttempts,
              message.nextAttemptAt(),
              cause
            });
      }
      return dead;
    }
    return false;
  }

  /** Ids of messages due for a hand-over, oldest first, at most one batch. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> due() {
    return outbox.dueIds(clock.instant(), batch);
  }

  /**
   * The failure as operations read it: each cause's type and text, innermost (the root cause)
   * first, as the dead letter keeps it (500 characters); never a body.
   */
  static String describe(Throwable failure) {
    java.util.Deque<String> causes = new java.util.ArrayDeque<>();
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 10; depth++) {
      String message =
          t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage().strip();
      causes.push(t.getClass().getSimpleName() + message);
      t = t.getCause() == t ? null : t.getCause();
    }
    return String.join(" <- ", causes);
  }
}
