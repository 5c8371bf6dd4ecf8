package com.meike.privacy.order.application.internal;

import com.meike.privacy.order.application.OrderPayments;
import com.meike.privacy.partner.application.PartnerReplyAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The payment status flowing back (ORD-3): a payment partner's reply on its inbound queue, once the
 * partner context has accepted it (it came from the partner the request went to), settles the
 * payment in the reply's transaction.
 */
@ApplicationScoped
public class PaymentReplies {

  @Inject DefaultOrderPayments payments;

  void onReply(@Observes PartnerReplyAccepted reply) {
    if (OrderPayments.MESSAGE_TYPE.equals(reply.type())) {
      payments.settle(reply);
    }
  }
}
