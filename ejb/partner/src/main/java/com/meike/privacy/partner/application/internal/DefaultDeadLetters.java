package com.meike.privacy.partner.application.internal;

import com.meike.privacy.partner.application.DeadLetterView;
import com.meike.privacy.partner.application.DeadLetters;
import com.meike.privacy.partner.domain.outbox.DeadLetterQueue;
import com.meike.privacy.partner.domain.outbox.OutboxRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;

/** {@link DeadLetters} on the outbox's dead letters and the broker's DLQ. */
@Stateless
public class DefaultDeadLetters implements DeadLetters {

  static final int MAX = 500;

  @Inject DeadLetterQueue queue;
  @Inject OutboxRepository outbox;

  @Override
  public List<DeadLetterView> deadLetters() {
    Stream<DeadLetterView> relayed =
        outbox.deadLetters(MAX).stream()
            .map(
                m ->
                    new DeadLetterView(
                        null,
                        "partner." + m.partnerId() + ".outbound",
                        m.messageId(),
                        m.type(),
                        m.partnerId(),
                        null,
                        null,
                        m.deadAt(),
                        m.relayAttempts(),
                        m.relayFailure()));
    Stream<DeadLetterView> broker =
        queue.browse(MAX).stream()
            .map(
                d ->
                    new DeadLetterView(
                        d.brokerId(),
                        d.originalQueue(),
                        d.messageId(),
                        d.type(),
                        d.partner(),
                        d.rejectionReason(),
                        d.rejectionId(),
                        d.since(),
                        null,
                        null));
    return Stream.concat(relayed, broker).toList();
  }
}
