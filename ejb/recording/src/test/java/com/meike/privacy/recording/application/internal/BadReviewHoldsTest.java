package com.meike.privacy.recording.application.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.order.application.BadReviewReceived;
import com.meike.privacy.recording.application.RecordingRetention;
import org.junit.jupiter.api.Test;

class BadReviewHoldsTest {

  @Test
  void aBadReviewPutsTheOrdersRecordingsOnHoldWithTheReasonBadReview() {
    BadReviewHolds holds = new BadReviewHolds();
    holds.retention = mock(RecordingRetention.class);

    holds.onBadReview(new BadReviewReceived("MK2026112900000123", 1, "u-customer"));

    verify(holds.retention).placeHold(OrderNumber.of("MK2026112900000123"), "bad review", "system");
  }
}
