package com.meike.privacy.partner.infrastructure.messaging.jms;

import com.meike.privacy.partner.domain.outbox.DeadLetter;
import com.meike.privacy.partner.domain.outbox.DeadLetterQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

/**
 * {@link DeadLetterQueue} on the broker's {@code DLQ}, browsed (never consumed) through the
 * server's own connection factory. Reads only properties: where Artemis says a message came from
 * ({@value #ORIGINAL_ADDRESS}, without WildFly's {@code jms.queue.} prefix), its
 * duplicate-detection id (our messageId) and the rejection properties {@link
 * PartnerInboundListener} sets on a refused reply.
 */
@ApplicationScoped
public class JmsDeadLetterQueue implements DeadLetterQueue {

  static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

  private static final String JMS_PREFIX = "jms.queue.";

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext context;

  @Resource(lookup = "java:/jms/queue/DLQ")
  Queue deadLetters;

  @Override
  public List<DeadLetter> browse(int max) {
    List<DeadLetter> found = new ArrayList<>();
    try (QueueBrowser browser = context.createBrowser(deadLetters)) {
      Enumeration<?> messages = browser.getEnumeration();
      while (messages.hasMoreElements() && found.size() < max) {
        found.add(describe((Message) messages.nextElement()));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("could not browse the DLQ: " + e.getMessage(), e);
    }
    return found;
  }

  static DeadLetter describe(Message message) throws JMSException {
    String reason = property(message, PartnerInboundListener.REASON);
    String original = property(message, ORIGINAL_ADDRESS);
    if (original == null && reason != null) {
      String partner = property(message, PartnerInboundListener.PARTNER);
      original = partner == null ? null : "partner." + partner + ".inbound";
    } else if (original != null && original.startsWith(JMS_PREFIX)) {
      original = original.substring(JMS_PREFIX.length());
    }
    return new DeadLetter(
        message.getJMSMessageID(),
        original,
        reason == null ? messageId(message) : null,
        message.getJMSType(),
        property(message, PartnerInboundListener.PARTNER),
        reason,
        property(message, PartnerInboundListener.REJECTION_ID),
        message.getJMSTimestamp() > 0 ? Instant.ofEpochMilli(message.getJMSTimestamp()) : null);
  }

  /**
   * Our messageId: the duplicate-detection id, or (should the copy lack it) the envelope's field.
   */
  private static String messageId(Message message) {
    String id = property(message, JmsPartnerQueue.DUPLICATE_ID);
    if (id != null || !(message instanceof TextMessage text)) {
      return id;
    }
    try (JsonReader reader = Json.createReader(new StringReader(text.getText()))) {
      JsonValue value = reader.readObject().get("messageId");
      return value instanceof JsonString string ? string.getString() : null;
    } catch (JMSException | RuntimeException e) {
      return null;
    }
  }

  private static String property(Message message, String name) {
    try {
      Object value = message.getObjectProperty(name);
      return value == null ? null : value.toString();
    } catch (JMSException | RuntimeException e) {
      return null;
    }
  }
}
