package com.meike.privacy.partner.application;

import java.time.Instant;

/**
 * A message to a partner as operations see it: no payload and no person, only what is needed to
 * chase it. {@code ageSeconds} counts from when it was written; {@code deliveredAt} is when the
 * broker took it (null while pending); {@code reason} is the partner's reason for a failure.
 */
public record PartnerMessageView(
    String messageId,
    String partner,
    String type,
    int version,
    String purpose,
    boolean needsAcknowledgement,
    String state,
    Instant createdAt,
    Instant deliveredAt,
    long ageSeconds,
    String replyStatus,
    String reason,
    Instant repliedAt) {}
