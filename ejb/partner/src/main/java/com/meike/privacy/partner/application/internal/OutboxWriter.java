package com.meike.privacy.partner.application.internal;

import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes one envelope to the outbox in the caller's transaction and tells the relay after commit —
 * for the partner context's own messages (deletion orders), which pass no consent check: they
 * disclose nothing new, they ask the partner to delete what it holds.
 */
@ApplicationScoped
public class OutboxWriter {

  private static final JsonProvider JSON = JsonProvider.provider();

  @Inject OutboxRepository outbox;
  @Inject Event<OutboxWritten> written;

  /** For the container. */
  public OutboxWriter() {}

  /** Outside a container (tests). */
  public OutboxWriter(OutboxRepository outbox, Event<OutboxWritten> written) {
    this.outbox = outbox;
    this.written = written;
  }

  /**
   * @return the new message's id
   */
  public String write(
      String partnerId,
      String type,
      int version,
      String purpose,
      boolean needsAcknowledgement,
      JsonObject payload,
      Instant now) {
    return write(
        UUID.randomUUID().toString(),
        partnerId,
        type,
        version,
        purpose,
        needsAcknowledgement,
        payload,
        now);
  }

  /**
   * The same with the caller's message id — a name-based one for a message that must exist once
   * (the outbox's primary key refuses a second; callers look it up first).
   *
   * @return {@code messageId}
   */
  public String write(
      String messageId,
      String partnerId,
      String type,
      int version,
      String purpose,
      boolean needsAcknowledgement,
      JsonObject payload,
      Instant now) {
    String body =
        JSON.createObjectBuilder()
            .add("type", type)
            .add("version", version)
            .add("messageId", messageId)
            .add("occurredAt", now.toString())
            .add("payload", payload)
            .build()
            .toString();
    outbox.store(
        new OutboxMessage(
            messageId, partnerId, type, version, purpose, needsAcknowledgement, body, now));
    written.fire(new OutboxWritten(messageId));
    return messageId;
  }
}
