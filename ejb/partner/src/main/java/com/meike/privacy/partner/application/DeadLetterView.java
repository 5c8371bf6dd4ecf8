package com.meike.privacy.partner.application;

import java.time.Instant;

/**
 * A message in {@code DLQ} as operations see it: where it was headed, which of our messages it is
 * (or which reply was refused and why). Never its body.
 */
public record DeadLetterView(
    String brokerId,
    String originalQueue,
    String messageId,
    String type,
    String partner,
    String rejectionReason,
    String rejectionId,
    Instant since) {}
