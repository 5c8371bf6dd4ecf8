package com.meike.privacy.partnerclient;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * One partner's connection to meike-privacy (docs/partners.md): receives from {@code
 * partner.<id>.outbound} and replies on {@code partner.<id>.inbound}, both in one local JMS
 * transaction per message, so a message is taken off the queue exactly when its reply is sent — a
 * crash in between leaves both undone and the message is received again.
 */
public final class PartnerClient implements AutoCloseable {

  /** WildFly's HTTP port carries the broker's protocol through an HTTP upgrade. */
  public static final String DEFAULT_URL =
      "tcp://localhost:8080?httpUpgradeEnabled=true&enable1xPrefixes=true";

  /** How a partner answers a message. */
  public enum Status {
    ACKNOWLEDGED,
    FAILED,
    DELIVERED
  }

  /** A message as received; {@code json} is null when the body is not one JSON object. */
  public record Received(String text, JsonObject json, String duplicateId) {

    public String messageId() {
      return json == null ? null : json.getString("messageId", null);
    }

    public String type() {
      return json == null ? null : json.getString("type", null);
    }

    public int version() {
      return json == null ? 0 : json.getInt("version", 0);
    }

    public JsonObject payload() {
      return json == null ? null : json.getJsonObject("payload");
    }
  }

  private final ActiveMQConnectionFactory factory;
  private final JMSContext context;
  private final JMSConsumer consumer;
  private final String partner;

  private PartnerClient(ActiveMQConnectionFactory factory, JMSContext context, String partner) {
    this.factory = factory;
    this.context = context;
    this.partner = partner;
    this.consumer = context.createConsumer(context.createQueue(outboundQueue(partner)));
  }

  /**
   * Connects as {@code partner} (the partner id is the user name).
   *
   * @throws JMSRuntimeException when the broker refuses (wrong password, no such partner)
   */
  public static PartnerClient connect(String url, String partner, String password) {
    Objects.requireNonNull(partner, "partner");
    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
    try {
      return new PartnerClient(
          factory,
          factory.createContext(partner, password, JMSContext.SESSION_TRANSACTED),
          partner);
    } catch (RuntimeException e) {
      factory.close();
      throw e;
    }
  }

  public static String outboundQueue(String partner) {
    return "partner." + partner + ".outbound";
  }

  /** The next message, or empty when none arrives within {@code timeout}. */
  public Optional<Received> receive(Duration timeout) {
    Message message = consumer.receive(Math.max(1, timeout.toMillis()));
    if (message == null) {
      return Optional.empty();
    }
    try {
      String text = message instanceof TextMessage t ? t.getText() : null;
      return Optional.of(
          new Received(text, parse(text), message.getStringProperty("_AMQ_DUPL_ID")));
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
  }

  /**
   * Receives, and settles without reply, messages until one matches; that one is returned still to
   * be settled with {@link #reply} or {@link #settle}.
   *
   * @throws AssertionError when none matches within {@code timeout} of silence
   */
  public Received receiveUntil(Predicate<Received> wanted, Duration timeout) {
    while (true) {
      Received received =
          receive(timeout).orElseThrow(() -> new AssertionError("no matching message arrived"));
      if (wanted.test(received)) {
        return received;
      }
      settle();
    }
  }

  /** Replies to {@code received} and settles it: one transaction. */
  public void reply(Received received, Status status, String reason) {
    // No "partner" property needed: the broker lets only this partner send to its inbound queue.
    TextMessage reply = context.createTextMessage(replyBody(received.messageId(), status, reason));
    context.createProducer().send(context.createQueue("partner." + partner + ".inbound"), reply);
    context.commit();
  }

  /** Takes what was received off the queue without replying. */
  public void settle() {
    context.commit();
  }

  /** Puts what was received back on the queue (it is redelivered). */
  public void giveBack() {
    context.rollback();
  }

  /** The JSON of a reply (docs/partners.md, "Replies"). */
  public static String replyBody(String messageId, Status status, String reason) {
    JsonObjectBuilder reply =
        Json.createObjectBuilder()
            .add("messageId", Objects.requireNonNull(messageId, "messageId"))
            .add("status", status.name());
    if (reason != null) {
      reply.add("reason", reason);
    }
    return reply.build().toString();
  }

  static JsonObject parse(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      factory.close();
    }
  }
}
