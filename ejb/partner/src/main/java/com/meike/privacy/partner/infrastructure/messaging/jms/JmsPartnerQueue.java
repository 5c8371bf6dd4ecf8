package com.meike.privacy.partner.infrastructure.messaging.jms;

import com.meike.privacy.partner.domain.outbox.PartnerQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * {@link PartnerQueue} on the partner queues of the broker (architecture.md): a persistent text
 * message with the JMS type of the message and the Artemis duplicate-detection id {@value
 * #DUPLICATE_ID} = messageId, sent through the XA connection factory so it commits with the
 * caller's transaction. Queues are looked up by their JNDI names {@code
 * java:/jms/queue/partner.<id>.outbound} (configure-messaging.cli). Nothing here logs a body.
 *
 * <p>A second copy of a message the broker committed is refused at prepare: Artemis marks the
 * transaction rollback-only with {@code ActiveMQDuplicateIdException} (type {@value
 * #DUPLICATE_REJECTED}), its client throws an {@code XAException} caused by it, and the transaction
 * manager attaches that to the {@code RollbackException} (cause or suppressed) that the EJB
 * container wraps. {@link #alreadyHolds} finds it anywhere in that chain, by name: the Artemis
 * classes are not visible to the application.
 */
@ApplicationScoped
public class JmsPartnerQueue implements PartnerQueue {

  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  static final String DUPLICATE_REJECTED = "DUPLICATE_ID_REJECTED";

  private static final String DUPLICATE_EXCEPTION = "ActiveMQDuplicateIdException";

  /**
   * What {@link #reachable} browses: the broker's dead-letter queue, which every WildFly full
   * profile has and no configuration of ours removes (the shared {@code partner.inbound} it browsed
   * before is gone since each partner replies on its own queue — then every failure looked like a
   * broker that does not answer, and one failing message held back the sweep; issue 20).
   */
  static final String ALWAYS_THERE = "java:/jms/queue/DLQ";

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext context;

  private final Map<String, Queue> queues = new ConcurrentHashMap<>();

  @Override
  public void put(String partnerId, String messageId, String type, String body) {
    TextMessage message = context.createTextMessage(body);
    try {
      message.setStringProperty(DUPLICATE_ID, messageId);
      message.setJMSType(type);
    } catch (JMSException e) {
      throw new JMSRuntimeException("could not set message properties: " + e.getMessage());
    }
    context.createProducer().send(queue(partnerId), message);
  }

  @Override
  public boolean alreadyHolds(Throwable failure) {
    return duplicateRejection(failure);
  }

  @Override
  public boolean reachable() {
    try (QueueBrowser browser = context.createBrowser(lookup(ALWAYS_THERE))) {
      browser.getEnumeration();
      return true;
    } catch (JMSException | RuntimeException e) {
      return false;
    }
  }

  /** Whether the broker's duplicate-id rejection is anywhere among the causes and suppressed. */
  static boolean duplicateRejection(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> next = new ArrayDeque<>();
    if (failure != null) {
      next.push(failure);
    }
    while (!next.isEmpty()) {
      Throwable t = next.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t.getClass().getSimpleName().equals(DUPLICATE_EXCEPTION)
          || String.valueOf(t).contains("errorType=" + DUPLICATE_REJECTED)) {
        return true;
      }
      if (t.getCause() != null) {
        next.push(t.getCause());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        next.push(suppressed);
      }
    }
    return false;
  }

  private Queue queue(String partnerId) {
    return queues.computeIfAbsent(
        partnerId, id -> lookup("java:/jms/queue/partner." + id + ".outbound"));
  }

  private static Queue lookup(String name) {
    try {
      return (Queue) new InitialContext().lookup(name);
    } catch (NamingException e) {
      throw new IllegalStateException("No queue " + name + " on this server", e);
    }
  }
}
