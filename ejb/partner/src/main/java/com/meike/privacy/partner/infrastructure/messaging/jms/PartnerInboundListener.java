package com.meike.privacy.partner.infrastructure.messaging.jms;

import com.meike.privacy.partner.application.InboundReply;
import com.meike.privacy.partner.application.PartnerReplies;
import com.meike.privacy.partner.application.ReplyOutcome;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the partners' replies on {@code partner.inbound} (PTN-4) in a container transaction.
 *
 * <p>Error handling, chosen so the consumer never crashes or loops on a bad reply: a reply the
 * application refuses (malformed, unknown message id, wrong partner) is recorded with its reason
 * and copied to {@code DLQ} with the properties {@value #REASON} and {@value #REJECTION_ID}, in the
 * same transaction that consumes it — it acknowledges nothing and is not redelivered. Only a
 * failure of our own (database or broker unavailable) throws, so the transaction rolls back and the
 * broker redelivers with back-off; after five attempts it moves the reply to {@code DLQ} itself
 * (address settings of configure-messaging.cli).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/partner.inbound"),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
public class PartnerInboundListener implements MessageListener {

  /** The JMS string property a partner names itself with. */
  public static final String PARTNER = "partner";

  /** Properties of the copy in DLQ: why it was refused, and the recorded rejection's id. */
  static final String REASON = "meike_rejection_reason";

  static final String REJECTION_ID = "meike_rejection_id";

  /** Set by the broker to the authenticated user when it stamps validated users. */
  static final String USER_ID = "JMSXUserID";

  private static final Logger LOG = Logger.getLogger(PartnerInboundListener.class.getName());

  @Inject PartnerReplies replies;

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext context;

  @Resource(lookup = "java:/jms/queue/DLQ")
  Queue deadLetters;

  @Override
  public void onMessage(Message message) {
    try {
      String body = message instanceof TextMessage text ? text.getText() : null;
      ReplyOutcome outcome =
          replies.receive(
              new InboundReply(
                  property(message, USER_ID), property(message, PARTNER), body));
      if (!outcome.accepted()) {
        LOG.log(Level.INFO, "Partner reply rejected ({0}), copied to DLQ as {1}",
            new Object[] {outcome.reason(), outcome.rejectionId()});
        Message copy = body != null ? context.createTextMessage(body) : context.createMessage();
        copy.setStringProperty(REASON, outcome.reason());
        copy.setStringProperty(REJECTION_ID, outcome.rejectionId());
        String partner = property(message, PARTNER);
        if (partner != null) {
          copy.setStringProperty(PARTNER, partner);
        }
        context.createProducer().send(deadLetters, copy);
      }
    } catch (JMSException e) {
      throw new JMSRuntimeException("could not read or forward a partner reply: " + e.getMessage());
    }
  }

  private static String property(Message message, String name) {
    try {
      return message.getStringProperty(name);
    } catch (JMSException | RuntimeException e) {
      return null;
    }
  }
}
