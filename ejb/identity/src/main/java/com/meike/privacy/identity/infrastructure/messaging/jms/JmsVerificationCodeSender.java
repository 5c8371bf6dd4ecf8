package com.meike.privacy.identity.infrastructure.messaging.jms;

import com.meike.privacy.identity.domain.verification.VerificationCodeSender;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Sends {@code sms.verification-code} (version 1, see docs/partners.md) to {@code
 * partner.sms.outbound} through the XA connection factory, so the message commits with the stored
 * code. Artemis duplicate detection ({@code _AMQ_DUPL_ID} = messageId) drops a resend of the same
 * message. The body is the only place the code exists in plaintext; nothing here logs.
 */
@ApplicationScoped
public class JmsVerificationCodeSender implements VerificationCodeSender {

  static final String TYPE = "sms.verification-code";
  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext context;

  @Resource(lookup = "java:/jms/queue/partner.sms.outbound")
  Queue queue;

  @Inject Clock clock;

  @Override
  public void send(String e164Phone, String code) {
    String messageId = UUID.randomUUID().toString();
    String body = envelope(messageId, clock.instant().truncatedTo(ChronoUnit.MILLIS).toString(), e164Phone, code);
    TextMessage message = context.createTextMessage(body);
    try {
      message.setStringProperty(DUPLICATE_ID, messageId);
      message.setJMSType(TYPE);
    } catch (jakarta.jms.JMSException e) {
      throw new jakarta.jms.JMSRuntimeException("could not set message properties: " + e.getMessage());
    }
    context.createProducer().send(queue, message);
  }

  static String envelope(String messageId, String occurredAt, String phone, String code) {
    return Json.createObjectBuilder()
        .add("type", TYPE)
        .add("version", 1)
        .add("messageId", messageId)
        .add("occurredAt", occurredAt)
        .add("payload", Json.createObjectBuilder()
            .add("phone", phone)
            .add("template", "verification-code")
            .add("params", Json.createObjectBuilder().add("code", code)))
        .build()
        .toString();
  }
}
