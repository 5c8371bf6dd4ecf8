package com.meike.privacy.partner.application.internal;

import com.meike.privacy.partner.application.DeletionOrderReplied;
import com.meike.privacy.partner.application.PartnerReplyAccepted;
import com.meike.privacy.partner.domain.deletion.DeletionOrder;
import com.meike.privacy.partner.domain.deletion.DeletionOrderRepository;
import com.meike.privacy.partner.domain.deletion.DeletionRecipient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Records a partner's answer to a deletion order on its recipient row, in the reply's transaction,
 * completes the order when the last partner acknowledged, and raises {@link DeletionOrderReplied}.
 * A DELIVERED status update says nothing about deletion and is ignored.
 */
@ApplicationScoped
public class DeletionOrderReplies {

  @Inject DeletionOrderRepository orders;
  @Inject Event<DeletionOrderReplied> replied;

  /** For the container. */
  public DeletionOrderReplies() {}

  /** Outside a container (tests). */
  public DeletionOrderReplies(DeletionOrderRepository orders, Event<DeletionOrderReplied> replied) {
    this.orders = orders;
    this.replied = replied;
  }

  void onReply(@Observes PartnerReplyAccepted reply) {
    record(reply);
  }

  /**
   * @return whether the reply answered a deletion order
   */
  public boolean record(PartnerReplyAccepted reply) {
    if (!DefaultPartnerDeletionOrders.TYPE.equals(reply.type())
        || !("ACKNOWLEDGED".equals(reply.status()) || "FAILED".equals(reply.status()))) {
      return false;
    }
    DeletionRecipient recipient = orders.recipientForMessage(reply.messageId()).orElse(null);
    if (recipient == null) {
      return false;
    }
    if ("ACKNOWLEDGED".equals(reply.status())) {
      recipient.acknowledged(reply.repliedAt());
    } else {
      recipient.failed(reply.reason(), reply.repliedAt());
    }
    boolean complete =
        orders.recipients(recipient.orderId()).stream()
            .allMatch(r -> r.status() == DeletionRecipient.Status.ACKNOWLEDGED);
    DeletionOrder order = orders.find(recipient.orderId()).orElseThrow();
    if (complete) {
      order.complete(reply.repliedAt());
    }
    replied.fire(
        new DeletionOrderReplied(
            order.id(), recipient.partnerId(), reply.status(), recipient.reason(), complete));
    return true;
  }
}
