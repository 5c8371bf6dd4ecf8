package com.meike.privacy.benchmark;

import com.meike.privacy.consent.application.ConsentLedger;
import com.meike.privacy.consent.application.ConsentRequest;
import com.meike.privacy.consent.application.PolicyAcceptance;
import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.PartnerMessage;
import com.meike.privacy.partner.application.PartnerOutbound;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;

/**
 * The business change that the partner kill -9 test and the partner throughput benchmark drive,
 * made of the application's real services in ONE transaction: a new person accepts the policy in
 * the app's pop-up and binds a payment account ({@link ConsentLedger}, with its audit entries), and
 * {@value #MESSAGES} partners' messages about that person go out through {@link PartnerOutbound}
 * (scope cut, consent check, outbox row and disclosure log). Only in the benchmark EAR; the
 * application itself has no such operation.
 */
@Stateless
public class PartnerChanges {

  /** Partner messages per change. */
  static final int MESSAGES = 10;

  /** The partners the messages of one change go to, in order (some twice, for two purposes). */
  static final List<String> PARTNERS =
      List.of(
          "getui",
          "huawei-push",
          "amap",
          "sms",
          "email",
          "wechat-pay",
          "alipay",
          "wechat-pay",
          "alipay",
          "analytics");

  /** Thrown after everything was written, to roll the change back. */
  static final class RolledBack extends RuntimeException {
    RolledBack(String subject) {
      super("change " + subject + " rolled back on purpose");
    }
  }

  @EJB ConsentLedger ledger;
  @EJB PartnerOutbound outbound;

  /**
   * One change with its messages, committed when this returns; with {@code rollBack} everything is
   * written and then rolled back (the exception reaches the caller).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void change(String subject, boolean rollBack) {
    ledger.acceptPolicy(new PolicyAcceptance(SubjectId.of(subject), "POPUP", "SELF", ""), subject);
    ledger.give(ConsentRequest.of(subject, "payment.account", "SETTINGS", "SELF", ""), subject);
    for (PartnerMessage message : messages(subject)) {
      outbound.send(message);
    }
    if (rollBack) {
      throw new RolledBack(subject);
    }
  }

  /** The ten messages of one change; every field is in the partner's scope for its purpose. */
  static List<PartnerMessage> messages(String subject) {
    String order = "MK" + Math.abs(subject.hashCode());
    Map<String, Object> push =
        Map.of(
            "title",
            "欢迎使用美十每客",
            "body",
            "您的账户已开通，支付方式已绑定。",
            "orderNumber",
            order,
            "deviceId",
            "d-" + subject);
    Map<String, Object> account =
        Map.of("accountName", "张*", "orderNumber", order, "amount", "0.01", "currency", "CNY");
    Map<String, Object> payment =
        Map.of(
            "orderNumber",
            order,
            "amount",
            "0.01",
            "currency",
            "CNY",
            "paidAt",
            "2026-11-29T08:15:30Z",
            "status",
            "VERIFIED");
    return List.of(
        new PartnerMessage(
            "getui", subject, "device.identifiers", "push.notification", 1, push, false),
        new PartnerMessage(
            "huawei-push", subject, "device.identifiers", "push.notification", 1, push, false),
        new PartnerMessage(
            "amap",
            subject,
            "device.environment",
            "location.device-profile",
            1,
            Map.of("model", "Mate 60", "network", "wifi"),
            false),
        new PartnerMessage(
            "sms",
            subject,
            "communication.order-sms",
            "sms.order-reminder",
            1,
            Map.of(
                "phone",
                "+8613800000000",
                "template",
                "account-ready",
                "params",
                Map.of("orderNumber", order, "time", "10:00")),
            false),
        new PartnerMessage(
            "email",
            subject,
            "communication.customer-service",
            "email.notice",
            1,
            Map.of(
                "email",
                "user@example.com",
                "template",
                "account-ready",
                "params",
                Map.of("orderNumber", order)),
            false),
        new PartnerMessage(
            "wechat-pay", subject, "payment.account", "payment.account-bound", 1, account, false),
        new PartnerMessage(
            "alipay", subject, "payment.account", "payment.account-bound", 1, account, false),
        new PartnerMessage(
            "wechat-pay",
            subject,
            "payment.transactions",
            "payment.verification",
            1,
            payment,
            false),
        new PartnerMessage(
            "alipay", subject, "payment.transactions", "payment.verification", 1, payment, false),
        new PartnerMessage(
            "analytics",
            subject,
            "usage.logs",
            "analytics.event",
            1,
            Map.of(
                "event",
                "account-ready",
                "page",
                "welcome",
                "appVersion",
                "3.2.0",
                "durationSeconds",
                12),
            false));
  }
}
