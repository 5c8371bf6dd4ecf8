package com.meike.privacy.notification.application.internal;

import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.notification.application.Notice;
import com.meike.privacy.notification.application.NoticeCategory;
import com.meike.privacy.notification.application.Notifications;
import com.meike.privacy.order.application.OrderAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The order push to the beautician's app (ORD-3, PTN-4): when operations assigns an order, the
 * beautician is told (template {@code order-assigned}: push to their registered device, else SMS)
 * in the assignment's transaction, through the notification service and so through the partner
 * outbox — at least once, recorded, and followed by the partner's reply. Only the order number
 * travels to the beautician; the address and contact stay behind the service-contact view (ORD-2).
 *
 * <p>The customer who ordered for themselves gets the order SMS (template {@code order-confirmed},
 * purpose {@code communication.order-sms}) naming the service address, so a wrong address is seen
 * before the visit. The SMS partner's scope holds {@code params.serviceAddress} for it, so a
 * corrected address reaches the SMS partner as a {@code correction.notice} (DSR-2).
 */
@ApplicationScoped
public class OrderAssignedNotices {

  static final String TEMPLATE = "order-assigned";
  static final String CUSTOMER_TEMPLATE = "order-confirmed";

  @Inject Notifications notifications;

  void onAssigned(@Observes OrderAssigned assigned) {
    notifications.tell(
        new Notice(
            SubjectId.of(assigned.beauticianId()),
            TEMPLATE,
            Map.of("orderNumber", assigned.orderNumber()),
            NoticeCategory.SERVICE));
    if (assigned.serviceAddress() != null) {
      notifications.tell(
          new Notice(
              SubjectId.of(assigned.customerId()),
              CUSTOMER_TEMPLATE,
              Map.of(
                  "orderNumber", assigned.orderNumber(),
                  "serviceAddress", assigned.serviceAddress()),
              NoticeCategory.SERVICE));
    }
  }
}
