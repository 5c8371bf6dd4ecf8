package com.meike.privacy.consent.infrastructure.messaging.jms;

import com.meike.privacy.consent.domain.policy.ReconsentNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import java.time.temporal.ChronoUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends {@code push.notification} (version 1, template {@code policy-major-change}, see
 * docs/partners.md) to the push partner's queue ({@code meike.consent.reconsent-notice-partner},
 * {@code getui} by default; the recipient is the account id, which the app binds as its push
 * alias). Through the XA connection factory, so the message commits with its claim; the stable
 * notice id is the Artemis duplicate id, so a resend after a crash is dropped by the broker.
 */
@ApplicationScoped
public class JmsReconsentNotices implements ReconsentNotices {

  static final String TYPE = "push.notification";
  static final String TEMPLATE = "policy-major-change";
  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext context;

  @Inject
  @ConfigProperty(name = "meike.consent.reconsent-notice-partner", defaultValue = "getui")
  String partner;

  private volatile Queue queue;

  @Override
  public void send(Notice notice) {
    TextMessage message = context.createTextMessage(envelope(notice));
    try {
      message.setStringProperty(DUPLICATE_ID, notice.noticeId());
      message.setJMSType(TYPE);
    } catch (JMSException e) {
      throw new JMSRuntimeException("could not set message properties: " + e.getMessage());
    }
    context.createProducer().send(queue(), message);
  }

  private Queue queue() {
    if (queue == null) {
      try {
        queue = (Queue) new InitialContext().lookup("java:/jms/queue/partner." + partner + ".outbound");
      } catch (NamingException e) {
        throw new IllegalStateException("no outbound queue for push partner " + partner, e);
      }
    }
    return queue;
  }

  static String envelope(Notice notice) {
    return Json.createObjectBuilder()
        .add("type", TYPE)
        .add("version", 1)
        .add("messageId", notice.noticeId())
        .add("occurredAt", notice.occurredAt().truncatedTo(ChronoUnit.MILLIS).toString())
        .add(
            "payload",
            Json.createObjectBuilder()
                .add("recipient", notice.recipient())
                .add("template", TEMPLATE)
                .add("title", "隐私政策已更新")
                .add(
                    "body",
                    "美十每客隐私政策已发布新版本（" + notice.policyVersion()
                        + "），本次为重大变更。请打开应用阅读新政策并重新确认您的授权；在您确认前，"
                        + "相关可选功能将暂停处理您的个人信息。")
                .add(
                    "params",
                    Json.createObjectBuilder()
                        .add("policyVersion", notice.policyVersion())
                        .add("summary", notice.summary())
                        .add("forChild", !notice.recipient().equals(notice.subject()))))
        .build()
        .toString();
  }
}
