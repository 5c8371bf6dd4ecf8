package com.meike.privacy.recording.application.internal;

import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.order.application.BadReviewReceived;
import com.meike.privacy.recording.application.RecordingRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A bad review puts the order's recordings on legal hold (ORD-4, REC-6). Observes the order
 * context's event synchronously, inside the review's transaction: the hold (and its audit entry)
 * commits with the review or not at all. Released like any hold, by legal or the privacy office.
 */
@ApplicationScoped
public class BadReviewHolds {

  /** The hold's reason, as legal and the privacy office see it. */
  static final String REASON = "bad review";

  @Inject RecordingRetention retention;

  void onBadReview(@Observes BadReviewReceived review) {
    retention.placeHold(OrderNumber.of(review.orderNumber()), REASON, "system");
  }
}
