package com.meike.privacy.partner.infrastructure.messaging.jms;

import com.meike.privacy.partner.application.InboundReply;
import com.meike.privacy.partner.application.PartnerReplies;
import com.meike.privacy.partner.application.ReplyOutcome;
import jakarta.annotation.Resource;
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
 * Reads one partner's replies on its own queue {@code partner.<id>.inbound} (PTN-4) in a container
 * transaction. The broker lets only that partner's messaging user send to that queue
 * (configure-messaging.cli), so the queue proves the sender: the bean is declared once per partner
 * in {@code META-INF/ejb-jar.xml} with the queue and the {@value #PARTNER_ID_ENTRY} env-entry. A
 * reply whose {@code partner} property or field names anyone else is refused.
 *
 * <p>Error handling, chosen so the consumer never crashes or loops on a bad reply: a reply the
 * application refuses (malformed, unknown message id, wrong partner) is recorded with its reason
 * and copied to {@code DLQ} with the properties {@value #REASON} and {@value #REJECTION_ID}, in the
 * same transaction that consumes it — it acknowledges nothing and is not redelivered. Only a
 * failure of our own (database or broker unavailable) throws, so the transaction rolls back and the
 * broker redelivers with back-off; after five attempts it moves the reply to {@code DLQ} itself
 * (address settings of configure-messaging.cli).
 */
public class PartnerInboundListener implements MessageListener {

  /** The JMS string property a partner may name itself with (optional; must be its own id). */
  public static final String PARTNER = "partner";

  /** The env-entry of each declared bean: the partner whose inbound queue it reads. */
  static final String PARTNER_ID_ENTRY = "partnerId";

  /** Properties of the copy in DLQ: why it was refused, and the recorded rejection's id. */
  static final String REASON = "meike_rejection_reason";

  static final String REJECTION_ID = "meike_rejection_id";

  private static final Logger LOG = Logger.getLogger(PartnerInboundListener.class.getName());

  @Resource(name = PARTNER_ID_ENTRY)
  String partnerId;

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
          replies.receive(new InboundReply(partnerId, property(message, PARTNER), body));
      if (!outcome.accepted()) {
        LOG.log(
            Level.INFO,
            "Partner reply rejected ({0}), copied to DLQ as {1}",
            new Object[] {outcome.reason(), outcome.rejectionId()});
        Message copy = body != null ? context.createTextMessage(body) : context.createMessage();
        copy.setStringProperty(REASON, outcome.reason());
        copy.setStringProperty(REJECTION_ID, outcome.rejectionId());
        // The proven sender, not what the reply claimed (that is in the recorded rejection).
        copy.setStringProperty(PARTNER, partnerId);
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
