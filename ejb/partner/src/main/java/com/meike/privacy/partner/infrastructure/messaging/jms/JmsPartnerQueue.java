package com.meike.privacy.partner.infrastructure.messaging.jms;

import com.meike.privacy.partner.domain.outbox.PartnerQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * {@link PartnerQueue} on the partner queues of the broker (architecture.md): a persistent text
 * message with the JMS type of the message and the Artemis duplicate-detection id {@value
 * #DUPLICATE_ID} = messageId, sent through the XA connection factory so it commits with the
 * caller's transaction. Queues are looked up by their JNDI names {@code
 * java:/jms/queue/partner.<id>.outbound} (configure-messaging.cli). Nothing here logs a body.
 */
@ApplicationScoped
public class JmsPartnerQueue implements PartnerQueue {

  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

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

  private Queue queue(String partnerId) {
    return queues.computeIfAbsent(
        partnerId,
        id -> {
          String name = "java:/jms/queue/partner." + id + ".outbound";
          try {
            return (Queue) new InitialContext().lookup(name);
          } catch (NamingException e) {
            throw new IllegalStateException("No queue " + name + " on this server", e);
          }
        });
  }
}
