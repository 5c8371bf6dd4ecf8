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
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands outbox rows to the partner queues (PTN-4). Each message goes in its own JTA transaction
 * that both puts it on {@code partner.<id>.outbound} (through the XA connection factory) and marks
 * the row delivered, so after a crash a row is either still pending (and swept again) or delivered.
 * The row is locked first: when two nodes or the after-commit path and the sweep reach the same row,
 * one delivers and the other finds it delivered. Should a message still be handed over twice (a
 * crash between the broker's commit and the database's), the broker drops the second copy by its
 * duplicate id, the messageId.
 */
@Stateless
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  @Inject OutboxRepository outbox;
  @Inject PartnerQueue queue;
  @Inject Clock clock;
  @Resource SessionContext context;

  /** Delivers soon, off the caller's thread and transaction; a failure leaves it to the sweep. */
  @Asynchronous
  public void deliverSoon(String messageId) {
    try {
      context.getBusinessObject(OutboxRelay.class).deliver(messageId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox message {0} not delivered now ({1}); the sweep retries it",
          new Object[] {messageId, e.getClass().getSimpleName()});
    }
  }

  /**
   * Delivers one message in a transaction of its own.
   *
   * @return whether this call delivered it (false when it was delivered already or is unknown)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliver(String messageId) {
    Optional<OutboxMessage> found = outbox.lockForDelivery(messageId);
    if (found.isEmpty() || found.get().delivered()) {
      return false;
    }
    OutboxMessage message = found.get();
    queue.put(message.partnerId(), message.messageId(), message.type(), message.body());
    message.markDelivered(clock.instant());
    return true;
  }

  /** Ids of messages still waiting for the broker, oldest first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<String> pending(int max) {
    return outbox.pendingIds(max);
  }
}
