package com.meike.privacy.notification.application.internal;

import com.meike.privacy.notification.domain.notice.Notification;
import com.meike.privacy.notification.domain.notice.NotificationRepository;
import com.meike.privacy.partner.application.PartnerReplyAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Follows the partners' replies onto the notices: ACKNOWLEDGED, DELIVERED or FAILED (with the
 * partner's reason), in the reply's transaction. Replies about anything else pass by untouched.
 */
@ApplicationScoped
public class DeliveryReports {

  @Inject NotificationRepository notifications;

  /** For the container. */
  public DeliveryReports() {}

  /** Outside a container (tests). */
  public DeliveryReports(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  void onReply(@Observes PartnerReplyAccepted reply) {
    record(reply);
  }

  /**
   * @return whether the reply was about a notice
   */
  public boolean record(PartnerReplyAccepted reply) {
    return notifications
        .forMessage(reply.messageId())
        .map(
            n -> {
              n.reported(
                  Notification.Status.valueOf(reply.status()), reply.reason(), reply.repliedAt());
              return true;
            })
        .orElse(false);
  }
}
