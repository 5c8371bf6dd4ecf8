package com.meike.privacy.partner.application.internal;

import com.meike.privacy.partner.application.DeadLetterView;
import com.meike.privacy.partner.application.DeadLetters;
import com.meike.privacy.partner.domain.outbox.DeadLetterQueue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** {@link DeadLetters} on the broker's DLQ. */
@Stateless
public class DefaultDeadLetters implements DeadLetters {

  static final int MAX = 500;

  @Inject DeadLetterQueue queue;

  @Override
  public List<DeadLetterView> deadLetters() {
    return queue.browse(MAX).stream()
        .map(d -> new DeadLetterView(d.brokerId(), d.originalQueue(), d.messageId(), d.type(), d.partner(),
            d.rejectionReason(), d.rejectionId(), d.since()))
        .toList();
  }
}
