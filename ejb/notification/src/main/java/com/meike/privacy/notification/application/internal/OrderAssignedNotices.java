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
 * travels; the address and contact stay behind the service-contact view (ORD-2).
 */
@ApplicationScoped
public class OrderAssignedNotices {

  static final String TEMPLATE = "order-assigned";

  @Inject Notifications notifications;

  void onAssigned(@Observes OrderAssigned assigned) {
    notifications.tell(
        new Notice(
            SubjectId.of(assigned.beauticianId()),
            TEMPLATE,
            Map.of("orderNumber", assigned.orderNumber()),
            NoticeCategory.SERVICE));
  }
}
