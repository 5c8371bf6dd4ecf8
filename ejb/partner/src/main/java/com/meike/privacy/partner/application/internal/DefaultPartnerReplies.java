package com.meike.privacy.partner.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.partner.application.InboundReply;
import com.meike.privacy.partner.application.PartnerReplies;
import com.meike.privacy.partner.application.PartnerReplyAccepted;
import com.meike.privacy.partner.application.ReplyOutcome;
import com.meike.privacy.partner.domain.outbox.OutboxMessage;
import com.meike.privacy.partner.domain.outbox.OutboxRepository;
import com.meike.privacy.partner.domain.outbox.RejectedReply;
import com.meike.privacy.partner.domain.outbox.ReplyStatus;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@link PartnerReplies}. Who sent a reply is what the broker proved: the partner whose own inbound
 * queue it arrived on (only that partner may send there). A reply that names another partner (JMS
 * property or body field {@code partner}) is refused and kept for operations, as is one that did
 * not arrive on a partner's queue. A reply counts only for a message sent to that partner: the
 * message id is a random UUID only its recipient has seen, so naming another partner's message is
 * refused like an unknown one. Reasons recorded here are our own words and partner ids, never what
 * the reply carried.
 */
@Stateless
public class DefaultPartnerReplies implements PartnerReplies {

  /** Largest reply read, in characters. */
  static final int MAX_BODY_LENGTH = 16_384;

  private static final Pattern PARTNER_ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  @Inject OutboxRepository outbox;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;
  @Inject Event<PartnerReplyAccepted> accepted;

  @Override
  public ReplyOutcome receive(InboundReply reply) {
    Instant now = clock.instant();
    String body = reply.body();
    if (body == null) {
      return reject(reply, null, null, "not a text message", now);
    }
    if (body.length() > MAX_BODY_LENGTH) {
      return reject(reply, null, null, "larger than " + MAX_BODY_LENGTH + " characters", now);
    }
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readObject();
    } catch (RuntimeException e) {
      return reject(reply, null, null, "malformed JSON: not one JSON object", now);
    }
    String declared =
        reply.declaredPartner() != null ? reply.declaredPartner() : text(json, "partner");
    String messageId = text(json, "messageId");
    if (messageId == null || messageId.isBlank()) {
      return reject(reply, declared, null, "messageId missing or not a string", now);
    }
    Optional<ReplyStatus> status = status(text(json, "status"));
    if (status.isEmpty()) {
      return reject(
          reply, declared, messageId, "status must be ACKNOWLEDGED, FAILED or DELIVERED", now);
    }
    String reason = text(json, "reason");
    if (json.containsKey("reason") && reason == null && json.get("reason") != JsonValue.NULL) {
      return reject(reply, declared, messageId, "reason must be a string", now);
    }
    if (status.get() == ReplyStatus.FAILED && (reason == null || reason.isBlank())) {
      return reject(reply, declared, messageId, "a FAILED reply needs a reason", now);
    }
    String sender = reply.authenticatedUser();
    if (sender == null || !PARTNER_ID.matcher(sender).matches()) {
      return reject(
          reply, declared, messageId, "not received on a partner's own inbound queue", now);
    }
    if (declared != null && !declared.equals(sender)) {
      return reject(
          reply,
          declared,
          messageId,
          "claims to come from another partner than " + sender + ", whose queue it arrived on",
          now);
    }
    Optional<OutboxMessage> found = outbox.find(messageId);
    if (found.isEmpty()) {
      return reject(reply, declared, messageId, "unknown messageId", now);
    }
    OutboxMessage message = found.get();
    if (!message.partnerId().equals(sender)) {
      return reject(
          reply,
          declared,
          messageId,
          "reply from " + sender + " for a message not sent to it",
          now);
    }
    message.recordReply(status.get(), reason, now);
    auditTrail.record(
        new AuditEvent(
            "partner:" + sender,
            "partner.reply-received",
            "partner-message",
            message.messageId(),
            "status " + status.get()));
    accepted.fire(
        new PartnerReplyAccepted(
            message.messageId(),
            sender,
            message.type(),
            status.get().name(),
            message.replyReason(),
            now));
    return ReplyOutcome.accepted(message.messageId());
  }

  private ReplyOutcome reject(
      InboundReply reply, String declared, String messageId, String reason, Instant now) {
    RejectedReply rejection =
        new RejectedReply(
            UUID.randomUUID().toString(),
            now,
            declared,
            reply.authenticatedUser(),
            messageId,
            reason);
    outbox.store(rejection);
    String actor =
        reply.authenticatedUser() != null && PARTNER_ID.matcher(reply.authenticatedUser()).matches()
            ? "partner:" + reply.authenticatedUser()
            : "partner:unauthenticated";
    auditTrail.record(
        new AuditEvent(actor, "partner.reply-rejected", "partner-reply", rejection.id(), reason));
    return ReplyOutcome.rejected(rejection.id(), reason);
  }

  private static String text(JsonObject json, String field) {
    return json.get(field) instanceof JsonString string ? string.getString() : null;
  }

  private static Optional<ReplyStatus> status(String value) {
    for (ReplyStatus status : ReplyStatus.values()) {
      if (status.name().equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
