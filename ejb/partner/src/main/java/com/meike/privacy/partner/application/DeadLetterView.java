package com.meike.privacy.partner.application;

import java.time.Instant;

/**
 * A dead letter as operations see it: where it was headed, which of our messages it is (or which
 * reply was refused and why). Never its body. Two kinds: a message in the broker's {@code DLQ}
 * ({@code brokerId} set; {@code since} when it was sent), or a message the relay gave up handing to
 * the broker after {@code attempts} failed hand-overs ({@code brokerId} null; {@code failure} the
 * cause of the last one; {@code since} when it gave up) — that one is still in our outbox.
 */
public record DeadLetterView(
    String brokerId,
    String originalQueue,
    String messageId,
    String type,
    String partner,
    String rejectionReason,
    String rejectionId,
    Instant since,
    Integer attempts,
    String failure) {}
